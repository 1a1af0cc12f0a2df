import ArticleArchive
import ArticleText
import RevisionDiff

/// One revision as the auditor holds it while walking an article's chain: its record, its
/// parsed text, and what was computed once from it.
struct RevisionState: Sendable {
    let record: RevisionRecord
    let article: Article
    /// Duplicated paragraphs of this revision (``DuplicateFinder``).
    let duplicates: [Duplicate]
    /// Paragraphs repeating the headline.
    let echoes: [Int]
    /// `meta.json`'s capture time, parsed once.
    let captured: Stamp?

    var revision: Int { record.revision }
    var commit: String { record.commit }
    var published: Stamp? { article.stamps.published }
    var modified: Stamp? { article.stamps.modified }
    /// `modified ?? published`.
    var lastStamp: Stamp? { article.lastStamp }

    /// Headline and paragraphs, without the dateline: what "the text" means for flip-flop.
    var body: String { ([article.headline] + article.paragraphs).joined(separator: "\n\n") }
}
