/// `flip-flop`: the text (headline and paragraphs) returns to an earlier revision's text after
/// a different one, A → B → A. The auditor finds the earlier revision (``RevisionContext/restores``).
struct FlipFlopCheck: RevisionCheck {
    let rule = AuditRule.flipFlop

    func check(_ context: RevisionContext) -> [String] {
        guard let earlier = context.restores, let previous = context.previous else { return [] }
        return ["text returns to revision \(earlier)'s text, undoing revision \(previous.revision)"]
    }
}
