/// Whether ``ArticleArchive/record(_:summarize:)`` made a commit.
public enum RecordStatus: String, Sendable {
    /// A new revision was committed.
    case recorded
    /// Text and stamps equal the latest revision's: no commit was made.
    case unchanged
}

/// The outcome of recording one capture (the shape of `record --format json`).
public struct RecordResult: Sendable, Equatable {
    public var id: String
    public var status: RecordStatus
    /// The new revision's number when `recorded`; the latest existing one when `unchanged`. From 1.
    public var revision: Int
    /// That revision's commit id, 40 lower-case hex digits.
    public var commit: String
    /// The one-line change summary written to the new commit; nil when `unchanged`.
    public var summary: String?

    public init(id: String, status: RecordStatus, revision: Int, commit: String, summary: String? = nil) {
        self.id = id
        self.status = status
        self.revision = revision
        self.commit = commit
        self.summary = summary
    }
}
