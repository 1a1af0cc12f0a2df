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
