import Foundation
import ArticleArchive
import ArticleText

/// Turns a revision's `article.txt` back into an ``Article`` with the stamps its `meta.json`
/// recorded.
///
/// `article.txt` is canonical (design §3): the headline, the dateline when there is one, then
/// the paragraphs, joined by one blank line, ending in LF; no block holds a blank line. So
/// its blocks are split directly, and `meta.json`'s paragraph count says whether block 2 is
/// the dateline. When the counts disagree (a hand-made or older revision), the full
/// `ArticleParser` reads it instead.
struct RevisionText {
    let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))

    /// - Throws: `ArticleError` from the parser fallback.
    func article(_ text: String, meta: RevisionMeta, stamps: DatelineStamps, input: String) throws -> Article {
        var body = Substring(text)
        if body.hasSuffix("\n") { body = body.dropLast() }
        let blocks = body.split(separator: "\n\n", omittingEmptySubsequences: false)
        if !body.utf8.contains(13), let headline = blocks.first, !headline.isEmpty, !blocks.contains(where: { $0.isEmpty || $0.first == "\n" || $0.last == "\n" }) {
            switch blocks.count - 1 - meta.paragraphs {
            case 0:
                return Article(headline: String(headline), dateline: nil, stamps: stamps,
                               paragraphs: blocks.dropFirst().map(String.init))
            case 1:
                return Article(headline: String(headline), dateline: String(blocks[1]), stamps: stamps,
                               paragraphs: blocks.dropFirst(2).map(String.init))
            default:
                break
            }
        }
        var article = try parser.parse(text, input: input).article
        article.stamps = stamps
        return article
    }
}
