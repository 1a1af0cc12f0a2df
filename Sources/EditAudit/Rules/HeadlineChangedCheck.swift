/// `headline-changed`: the headline differs from the previous revision's.
struct HeadlineChangedCheck: RevisionCheck {
    let rule = AuditRule.headlineChanged

    func check(_ context: RevisionContext) -> [String] {
        guard let headline = context.diff?.headline, headline.changed else { return [] }
        var message = "headline changed from \(Describe.quote(headline.old, limit: 120)) to \(Describe.quote(headline.new, limit: 120))"
        if let kind = headline.changeClass, kind != .substantive { message += " (\(kind.rawValue) only)" }
        return [message]
    }
}
