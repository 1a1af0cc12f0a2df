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
                paragraphCount: record.meta.paragraphs, input: "refs/articles/\(id) revision \(record.revision)")
        } catch {
            throw .article(error)
        }
    }

    /// An archived revision's article: `canonicalText` read back, with the stamps its
    /// `meta.json` holds, which win over what the dateline text says (a saved page keeps its
    /// metadata stamps; a relative stamp was resolved at capture time).
    ///
    /// `article.txt` is canonical (design §3): headline, the dateline when there is one, then
    /// the paragraphs, one blank line between blocks, ending in LF, no blank line inside a
    /// block. So with `paragraphCount` (from `meta.json`) its blocks are split directly, which
    /// an audit of many revisions needs; when the counts disagree (a hand-made revision) or no
    /// count is given, ``ArticleParser`` reads it.
    /// - Throws: `ArticleError` from the parser.
    public static func restoredArticle(_ canonicalText: String, published: Stamp?, modified: Stamp?,
                                       paragraphCount: Int?, input: String) throws(ArticleError) -> Article {
        let stamps = DatelineStamps(published: published, modified: modified)
        var body = Substring(canonicalText)
        if body.hasSuffix("\n") { body = body.dropLast() }
        if let paragraphCount, !body.utf8.contains(13) {
            let blocks = body.split(separator: "\n\n", omittingEmptySubsequences: false)
            if let headline = blocks.first, !headline.isEmpty,
               !blocks.contains(where: { $0.isEmpty || $0.first == "\n" || $0.last == "\n" }) {
                switch blocks.count - 1 - paragraphCount {
                case 0:
                    return Article(headline: String(headline), stamps: stamps, paragraphs: blocks.dropFirst().map(String.init))
                case 1:
                    return Article(headline: String(headline), dateline: String(blocks[1]), stamps: stamps,
                                   paragraphs: blocks.dropFirst(2).map(String.init))
                default:
                    break
                }
            }
        }
        // The zone only matters for stamps, and the recorded ones replace them.
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        var article = try parser.parse(canonicalText, input: input).article
        article.stamps = stamps
        return article
    }
}
