import ArticleText
import Foundation

extension ArticleArchive {
    /// The article of one revision of `id`, as ``history(id:)`` listed it: its `article.txt`
    /// parsed again, with the stamps exactly as its `meta.json` recorded them (so a later
    /// change of zone setting or a relative stamp never alters history).
    /// - Throws: `ArchiveError` when the revision cannot be read.
    public func article(_ record: RevisionRecord, id: String) throws(ArchiveError) -> Article {
        let text = try canonicalText(commit: record.commit, id: id)
        do {
            return try Self.restoredArticle(
                text, published: record.meta.publishedStamp, modified: record.meta.modifiedStamp,
                input: "refs/articles/\(id) revision \(record.revision)")
        } catch {
            throw .article(error)
        }
    }

    /// An archived revision's article: `canonicalText` parsed again, with the stamps its
    /// `meta.json` holds, which win over what the dateline text says (a saved page keeps its
    /// metadata stamps; a relative stamp was resolved at capture time).
    static func restoredArticle(_ canonicalText: String, published: Stamp?, modified: Stamp?, input: String) throws(ArticleError) -> Article {
        // The zone only matters for stamps, and the recorded ones replace them.
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        var article = try parser.parse(canonicalText, input: input).article
        article.stamps = DatelineStamps(published: published, modified: modified)
        return article
    }
}
