import ArticleText
import Foundation

extension ArticleArchive {
    /// Revision `revision` (1-based) of article `id`, parsed back from its `article.txt`, with
    /// the stamps exactly as `meta.json` recorded them (so a later change of zone setting or a
    /// relative stamp never alters history).
    /// - Throws: `ArchiveError` when the article or revision does not exist or cannot be read.
    public func article(id: String, revision: Int) throws(ArchiveError) -> Article {
        let records = try history(id: id)
        guard revision >= 1, revision <= records.count else {
            throw .unknownRevision(id: id, revision: revision, latest: records.count)
        }
        let text = try canonicalText(id: id, revision: revision)
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        var article: Article
        do {
            article = try parser.parse(text, input: "refs/articles/\(id) revision \(revision)").article
        } catch {
            throw .article(error)
        }
        let meta = records[revision - 1].meta
        article.stamps = DatelineStamps(published: meta.publishedStamp, modified: meta.modifiedStamp)
        return article
    }
}
