import ArticleText

/// One revision as the diff sees it, in one ``DiffWorkspace``: its paragraphs keyed (tokens and
/// fingerprints follow on demand), its duplicated paragraphs and its headline echoes. Prepared
/// once, it serves every diff it takes part in (``RevisionChainDiffer``).
final class PreparedRevision {
    let article: Article
    let side: ParagraphSide
    let duplicates: [Duplicate]
    /// Paragraphs repeating the headline (``DuplicateFinder/headlineEchoes(headline:paragraphs:)``).
    let headlineEchoes: [Int]
    /// Each paragraph of a duplicate pair mapped to the other one: a later copy to the earliest
    /// it repeats; an earlier one to its first later copy.
    let duplicateOf: [Int: Int]

    /// `prepared`, made in `other`, as a revision of `workspace` (``DiffWorkspace/adopt(_:from:)``):
    /// its duplicates and headline echoes are paragraph indices, true in any workspace.
    private init(adopting prepared: PreparedRevision, from other: DiffWorkspace, into workspace: DiffWorkspace) {
        article = prepared.article
        side = workspace.adopt(prepared.side, from: other)
        duplicates = prepared.duplicates
        headlineEchoes = prepared.headlineEchoes
        duplicateOf = prepared.duplicateOf
    }

    /// Text, in both revisions together, from which ``pair(_:_:options:)`` prepares them at once:
    /// 1 MiB. Measured with `scripts/bench diff` (docs/benchmarks.md): the 100k-word pairs
    /// (1.5 MB) gain about 12 ms, while the 10k-word pairs (150 KB) lose a few to the second
    /// workspace; an audit's diffs of articles of usual length never pay for a thread.
    static let concurrentMinimumBytes = 1 << 20

    /// `old` and `new` prepared in one new workspace, returned with it. Long revisions are
    /// prepared side by side, the new one in a workspace of its own that the shared one then
    /// adopts (keys, duplicates and the diff are the same as one after the other).
    /// - Parameter concurrentFrom: the bar in bytes, ``concurrentMinimumBytes`` but in tests.
    static func pair(_ old: Article, _ new: Article, options: DiffOptions,
                     concurrentFrom: Int = concurrentMinimumBytes) -> (DiffWorkspace, PreparedRevision, PreparedRevision) {
        let bytes = [old, new].reduce(0) { total, article in article.paragraphs.reduce(total) { $0 + $1.utf8.count } }
        guard bytes >= concurrentFrom, Concurrently.cores > 1 else {
            let workspace = DiffWorkspace(options: options)
            return (workspace, PreparedRevision(old, workspace: workspace), PreparedRevision(new, workspace: workspace))
        }
        // Each lane makes its own workspace: nothing is shared until both are done.
        let lanes = Concurrently.map(2) { lane in
            let workspace = DiffWorkspace(options: options)
            return (workspace, PreparedRevision(lane == 0 ? old : new, workspace: workspace))
        }
        let (workspace, preparedOld) = lanes[0]
        return (workspace, preparedOld, PreparedRevision(adopting: lanes[1].1, from: lanes[1].0, into: workspace))
    }

    init(_ article: Article, workspace: DiffWorkspace) {
        self.article = article
        side = workspace.side(article.paragraphs)
        duplicates = DuplicateFinder.duplicates(in: side, workspace: workspace)
        headlineEchoes = DuplicateFinder.headlineEchoes(headline: article.headline, side: side, workspace: workspace)
        var partner: [Int: Int] = [:]
        for duplicate in duplicates {
            let first = duplicate.paragraphs[0], second = duplicate.paragraphs[1]
            partner[second] = first
            if partner[first] == nil { partner[first] = second }
        }
        duplicateOf = partner
    }
}
