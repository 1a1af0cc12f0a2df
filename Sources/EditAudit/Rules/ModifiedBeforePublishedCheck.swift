/// `modified-before-published`: the modified stamp is earlier than the published stamp.
/// Reported on the revision where it starts: not again while both stamps stay the same.
struct ModifiedBeforePublishedCheck: RevisionCheck {
    let rule = AuditRule.modifiedBeforePublished

    func check(_ context: RevisionContext) -> [String] {
        let current = context.current
        guard let published = current.published, let modified = current.modified, modified < published else { return [] }
        if let previous = context.previous, previous.published == published, previous.modified == modified { return [] }
        return ["modified stamp \(modified.iso8601) is \(Describe.duration(Describe.seconds(from: modified, to: published)).dropFirst()) before the published stamp \(published.iso8601)"]
    }
}
