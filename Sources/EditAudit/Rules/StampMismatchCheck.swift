/// `stamp-mismatch`: the page's visible dateline said other times than its metadata, which
/// `record` kept as the revision's stamps (the visible ones are in `meta.json`).
struct StampMismatchCheck: RevisionCheck {
    let rule = AuditRule.stampMismatch

    func check(_ context: RevisionContext) -> [String] {
        let meta = context.current.record.meta
        guard meta.hasStampMismatch else { return [] }
        func pair(_ published: String?, _ modified: String?) -> String {
            "published \(published ?? "none"), modified \(modified ?? "none")"
        }
        return ["the page's visible dateline says \(pair(meta.visiblePublished, meta.visibleModified)) but its metadata says \(pair(meta.published, meta.modified))"]
    }
}
