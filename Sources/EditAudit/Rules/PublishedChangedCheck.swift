import ArticleText
/// `published-changed`: the published stamp differs from the previous revision's: another
/// instant, or removed, or added where the previous revision stated none.
struct PublishedChangedCheck: RevisionCheck {
    let rule = AuditRule.publishedChanged

    func check(_ context: RevisionContext) -> [String] {
        guard let previous = context.previous else { return [] }
        switch (previous.published, context.current.published) {
        case let (old?, new?) where old.instant != new.instant:
            return ["published stamp changed from \(old.iso8601) to \(new.iso8601) (\(DurationText.format(seconds: Describe.seconds(from: old, to: new))))"]
        case let (old?, nil):
            return ["published stamp removed (it was \(old.iso8601))"]
        case let (nil, new?):
            return ["published stamp added: \(new.iso8601)"]
        default:
            return []
        }
    }
}
