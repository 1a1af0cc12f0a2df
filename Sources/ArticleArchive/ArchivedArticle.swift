import ArticleText
import Foundation

extension ArticleArchive {
    /// The article of one revision of `id`, as ``history(id:)`` listed it: its `article.txt`
    /// parsed again, with the stamps exactly as its `meta.json` recorded them (so a later
    /// change of zone setting or a relative stamp never alters history).
    /// - Throws: `ArchiveError` when the revision cannot be read.
    public func article(_ record: RevisionRecord, id: String) throws(ArchiveError) -> Article {
        let bytes = try canonicalBytes(commit: record.commit, id: id)
        let stamps = DatelineStamps(published: record.meta.publishedStamp, modified: record.meta.modifiedStamp)
        // Split straight from the blob's bytes: no String of the whole text unless the parser needs one.
        if let article = bytes.withUnsafeBufferPointer({ Self.splitCanonical($0, paragraphCount: record.meta.paragraphs, stamps: stamps) }) {
            return article
        }
        do {
            return try Self.parsedArticle(String(decoding: bytes, as: UTF8.self), stamps: stamps,
                                          input: "refs/articles/\(id) revision \(record.revision)")
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
        if let paragraphCount {
            var text = canonicalText
            if let article = text.withUTF8({ splitCanonical($0, paragraphCount: paragraphCount, stamps: stamps) }) {
                return article
            }
        }
        return try parsedArticle(canonicalText, stamps: stamps, input: input)
    }

    /// Canonical text `bytes` split into headline, dateline and `paragraphCount` paragraphs at
    /// its blank lines; nil when it is not plainly canonical (a CR, an empty block or headline,
    /// a block starting or ending with LF, or another number of blocks), for the parser to read.
    ///
    /// Works on UTF-8 bytes: LF never joins a neighbour into one `Character` (only CR LF does,
    /// and CR sends the text to the parser), so the blocks are those `split(separator: "\n\n")`
    /// finds, leftmost first, and cutting at LF leaves each block valid UTF-8 when the text is.
    static func splitCanonical(_ bytes: UnsafeBufferPointer<UInt8>, paragraphCount: Int, stamps: DatelineStamps) -> Article? {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var end = bytes.count
        if bytes[end - 1] == lf { end -= 1 }
        if memchr(base, Int32(cr), end) != nil { return nil }
        var blocks: [Range<Int>] = []
        blocks.reserveCapacity(paragraphCount + 2)
        var start = 0
        var from = 0
        while from < end, let found = memchr(base + from, Int32(lf), end - from) {
            let index = from + (UnsafeRawPointer(found) - UnsafeRawPointer(base + from))
            if index + 1 < end, bytes[index + 1] == lf {
                blocks.append(start..<index)
                start = index + 2
                from = start
            } else {
                from = index + 1
            }
        }
        blocks.append(start..<end)
        for block in blocks where block.isEmpty || bytes[block.lowerBound] == lf || bytes[block.upperBound - 1] == lf {
            return nil
        }
        func text(_ block: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[block]), as: UTF8.self) }
        switch blocks.count - 1 - paragraphCount {
        case 0:
            return Article(headline: text(blocks[0]), stamps: stamps, paragraphs: blocks.dropFirst().map(text))
        case 1:
            return Article(headline: text(blocks[0]), dateline: text(blocks[1]), stamps: stamps,
                           paragraphs: blocks.dropFirst(2).map(text))
        default:
            return nil
        }
    }

    /// `canonicalText` read by ``ArticleParser``, with the recorded `stamps`.
    static func parsedArticle(_ canonicalText: String, stamps: DatelineStamps, input: String) throws(ArticleError) -> Article {
        // The zone only matters for stamps, and the recorded ones replace them.
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        var article = try parser.parse(canonicalText, input: input).article
        article.stamps = stamps
        return article
    }
}
