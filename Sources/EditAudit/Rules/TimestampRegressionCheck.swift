import ArticleText
/// `timestamp-regression`: the last stamp (`modified ?? published`) is earlier than the
/// previous revision's.
struct TimestampRegressionCheck: RevisionCheck {
    let rule = AuditRule.timestampRegression

    func check(_ context: RevisionContext) -> [String] {
        guard let old = context.previous?.lastStamp, let new = context.current.lastStamp, new < old else { return [] }
        let which = context.current.modified != nil ? "modified" : "published"
        return ["\(which) stamp \(new.iso8601) is earlier than revision \(context.previous!.revision)'s last stamp \(old.iso8601) (\(DurationText.format(seconds: Describe.seconds(from: old, to: new))))"]
    }
}
