/// `headline-changed`: the headline differs from the previous revision's, beyond whitespace
/// (a trailing or doubled space is invisible to a reader).
struct HeadlineChangedCheck: RevisionCheck {
    let rule = AuditRule.headlineChanged

    func check(_ context: RevisionContext) -> [String] {
        guard let headline = context.diff?.headline, headline.changed, headline.changeClass != .whitespace else { return [] }
        var message = "headline changed from \(Describe.quote(headline.old, limit: 120)) to \(Describe.quote(headline.new, limit: 120))"
        if let kind = headline.changeClass, kind != .substantive { message += " (\(kind.rawValue) only)" }
        return [message]
    }
}
