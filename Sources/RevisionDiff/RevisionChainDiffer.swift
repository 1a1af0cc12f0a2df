import ArticleText

/// Diffs the revisions of one article in sequence (r1 → r2, r2 → r3, …), preparing each
/// revision once: the new revision of one diff is the old one of the next, with its keys,
/// tokens, fingerprints, duplicates and headline echoes already computed. Every result equals
/// ``RevisionDiff/init(old:new:options:)`` of the same pair.
///
/// For one thread at a time (an audit walks each article on one thread). The workspace is
/// started afresh every ``workspaceRevisions`` revisions, so memory stays bounded on long
/// histories; its token interner is kept until it holds ``tokenLimit`` tokens, because the
/// next articles of an audit worker mostly reuse the same words, which are then not keyed and
/// stored again.
public final class RevisionChainDiffer {
    /// Revisions one workspace holds before it is started afresh.
    static let workspaceRevisions = 32
    /// Distinct tokens (about 60 bytes each) an interner may hold and still be kept.
    static let tokenLimit = 1 << 16

    private let options: DiffOptions
    private let tokenLimit: Int
    private var workspace: DiffWorkspace
    private var prepared = 0
    /// The new revision of the last diff.
    private var last: PreparedRevision?

    /// A differ with no revision prepared yet.
    public convenience init(options: DiffOptions = DiffOptions()) {
        self.init(options: options, tokenLimit: Self.tokenLimit)
    }

    /// - Parameter tokenLimit: see ``tokenLimit``; tests make it small.
    init(options: DiffOptions, tokenLimit: Int) {
        self.options = options
        self.tokenLimit = tokenLimit
        workspace = DiffWorkspace(options: options)
    }

    /// The diff of `old` into `new`; `old` is reused as prepared when it is the previous call's
    /// `new`.
    public func diff(old: Article, new: Article) -> RevisionDiff {
        if prepared + 2 > Self.workspaceRevisions {
            let interner = workspace.interner.tokenCount < tokenLimit ? workspace.interner : TokenInterner()
            workspace = DiffWorkspace(options: options, interner: interner)
            prepared = 0
            last = nil
        }
        let oldRevision: PreparedRevision
        if let last, last.article == old {
            oldRevision = last
        } else {
            oldRevision = PreparedRevision(old, workspace: workspace)
            prepared += 1
        }
        let newRevision = PreparedRevision(new, workspace: workspace)
        prepared += 1
        last = newRevision
        return RevisionDiff(old: oldRevision, new: newRevision, workspace: workspace)
    }
}
