import ArticleText
/// `published-changed`: both revisions state a published stamp and the instants differ.
struct PublishedChangedCheck: RevisionCheck {
    let rule = AuditRule.publishedChanged

    func check(_ context: RevisionContext) -> [String] {
        guard let old = context.previous?.published, let new = context.current.published,
              old.instant != new.instant else { return [] }
        return ["published stamp changed from \(old.iso8601) to \(new.iso8601) (\(DurationText.format(seconds: Describe.seconds(from: old, to: new))))"]
    }
}
