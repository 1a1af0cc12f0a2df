import ArticleText

/// One revision of an article as read back from the archive.
public struct RevisionRecord: Sendable, Equatable {
    /// Position in the article's chain, from 1 (oldest).
    public var revision: Int
    /// Commit id, 40 lower-case hex digits.
    public var commit: String
    /// The revision's `meta.json`.
    public var meta: RevisionMeta
    /// The commit's author date: the article's own last stamp (modified, else published, else
    /// capture time), to the second, with its offset.
    public var authorTime: Stamp
    /// The commit's committer date: the capture time, to the second, with its offset.
    public var committerTime: Stamp
    /// The one-line change summary from the commit message.
    public var summary: String

    public init(revision: Int, commit: String, meta: RevisionMeta, authorTime: Stamp, committerTime: Stamp, summary: String) {
        self.revision = revision
        self.commit = commit
        self.meta = meta
        self.authorTime = authorTime
        self.committerTime = committerTime
        self.summary = summary
    }
}
