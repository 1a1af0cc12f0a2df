/// `flip-flop`: the text (headline and paragraphs) returns to an earlier revision's text after
/// a different one, A → B → A, undoing a substantive change (quotes retyped and back, or spaces
/// added and dropped again by a scraper, are not). The auditor finds the earlier revision
/// (``RevisionContext/restores``).
struct FlipFlopCheck: RevisionCheck {
    let rule = AuditRule.flipFlop

    func check(_ context: RevisionContext) -> [String] {
        guard let earlier = context.restores, let previous = context.previous, context.diff?.isSubstantive ?? true else { return [] }
        return ["text returns to revision \(earlier)'s text, undoing revision \(previous.revision)"]
    }
}
