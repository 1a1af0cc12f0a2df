@testable import ArticleArchive
import ArticleText
import Foundation
import Testing

/// Reading history on bytes (splitting `article.txt`, the summary line, `meta.json`) gives
/// exactly what the `String` and `JSONDecoder` readings it replaced gave.
@Suite struct ByteReadingTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func text(_ pieces: [String], maxPieces: Int) -> String {
            (0..<next(maxPieces + 1)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    /// The split `restoredArticle` made before it worked on bytes.
    static func characterSplit(_ canonicalText: String, paragraphCount: Int, stamps: DatelineStamps) -> Article? {
        var body = Substring(canonicalText)
        if body.hasSuffix("\n") { body = body.dropLast() }
        guard !body.utf8.contains(13) else { return nil }
        let blocks = body.split(separator: "\n\n", omittingEmptySubsequences: false)
        guard let headline = blocks.first, !headline.isEmpty,
              !blocks.contains(where: { $0.isEmpty || $0.first == "\n" || $0.last == "\n" }) else { return nil }
        switch blocks.count - 1 - paragraphCount {
        case 0: return Article(headline: String(headline), stamps: stamps, paragraphs: blocks.dropFirst().map(String.init))
        case 1: return Article(headline: String(headline), dateline: String(blocks[1]), stamps: stamps,
                               paragraphs: blocks.dropFirst(2).map(String.init))
        default: return nil
        }
    }

    @Test("splitting canonical text on bytes finds the blocks Substring.split found")
    func splitMatchesCharacterSplit() {
        let stamps = DatelineStamps(published: Stamp(iso8601: "2021-06-16T17:04:00+02:00"), modified: nil)
        let pieces = ["a", "é", "e\u{301}", "\n", "\n", "\n\n", "\r", "\r\n", " ", "漢", "\u{1F600}", "\n\u{301}"]
        var generator = Generator(state: 5)
        var split = 0
        for _ in 0..<20_000 {
            var text = generator.text(pieces, maxPieces: 10)
            let count = generator.next(4)
            let expected = Self.characterSplit(text, paragraphCount: count, stamps: stamps)
            let actual = text.withUTF8 { ArticleArchive.splitCanonical($0, paragraphCount: count, stamps: stamps) }
            #expect(actual == expected, "\(Array(text.unicodeScalars)) with \(count) paragraphs")
            if actual != nil { split += 1 }
        }
        #expect(split > 1000)
    }

    @Test("splitting bytes that are not UTF-8 gives what splitting their repaired text gave")
    func splitOfInvalidUTF8() {
        let bytes: [UInt8] = [0x61, 0x0A, 0x0A, 0x0A, 0x0D, 0xC3, 0xA9, 0xE2, 0x82, 0xFF, 0x80, 0xF0]
        var generator = Generator(state: 11)
        for _ in 0..<20_000 {
            let blob = (0..<generator.next(12)).map { _ in bytes[generator.next(bytes.count)] }
            let count = generator.next(3)
            let expected = Self.characterSplit(String(decoding: blob, as: UTF8.self), paragraphCount: count, stamps: DatelineStamps())
            let actual = blob.withUnsafeBufferPointer { ArticleArchive.splitCanonical($0, paragraphCount: count, stamps: DatelineStamps()) }
            #expect(actual == expected, "\(blob) with \(count) paragraphs")
        }
    }

    @Test("the summary line is the message's second paragraph, as components(separatedBy:) finds it")
    func summaryMatchesComponents() {
        let pieces = ["a", "é", "\n", "\n", "\r", "\r\n", "Source: x"]
        var generator = Generator(state: 7)
        for _ in 0..<20_000 {
            let message = generator.text(pieces, maxPieces: 10)
            let paragraphs = message.components(separatedBy: "\n\n")
            let expected = paragraphs.count > 2 ? paragraphs[1] : ""
            #expect(ArticleArchive.summary(ofMessage: message) == expected, "\(Array(message.unicodeScalars))")
        }
    }

    static let metas = [
        RevisionMeta(id: "x", url: nil, headline: "« Quote \" back\\slash »\nnew line\ttab\u{1}\u{0}\u{7F} é 漢 \u{1F600}",
                     published: nil, modified: "2021-06-16T20:04:00+02:00", captured: "2021-06-17T08:00:00+02:00",
                     revision: 3, digest: "sha1:0123", paragraphs: 0),
        RevisionMeta(id: "article-1", url: "https://example.org/a?b=\"c\"", headline: "Titre", published: "2021-06-16T17:04:00+02:00",
                     modified: nil, captured: "2021-06-17T08:00:00+02:00", revision: 12, digest: "sha1:ab", paragraphs: 7,
                     byline: "Par A. B.", visiblePublished: nil, visibleModified: "2021-06-16T21:00:00+02:00"),
    ]

    @Test("meta.json as written is read without JSONDecoder, to the same value")
    func writtenMetaIsReadPlainly() throws {
        for meta in Self.metas {
            let bytes = Array(meta.jsonText.utf8)
            #expect(RevisionMeta.plain(bytes) == meta)
            #expect(RevisionMeta(json: bytes) == meta)
        }
    }

    @Test("any other meta.json reads as JSONDecoder reads it")
    func otherMetaReadsAsJSONDecoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var texts = try Self.metas.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let base = #""id": "x", "headline": "h", "captured": "2021-06-17T08:00:00+02:00", "digest": "sha1:0", "url": null"#
        for extra in [
            #""revision": 1, "paragraphs": 2"#,
            #""revision": 1, "paragraphs": 2, "extra": "x", "published": null"#,
            #""revision": 1, "paragraphs": 2, "extra": {"a": [1, 2.5]}"#,
            #""revision": "1", "paragraphs": 2"#,
            #""revision": 1.0, "paragraphs": 2"#,
            #""revision": 1e0, "paragraphs": 2"#,
            #""revision": 01, "paragraphs": 2"#,
            #""revision": -0, "paragraphs": 2"#,
            #""revision": -, "paragraphs": 2"#,
            #""revision": 99999999999999999999, "paragraphs": 2"#,
            #""revision": 1, "paragraphs": 2, "modified": 5"#,
            #""revision": 1, "paragraphs": 2, "byline": true"#,
            #""revision": 1, "paragraphs": 2, "revision": 3"#,
            #""revision": 1"#,
            #""revision": 1, "paragraphs": null"#,
            #""revision": 1, "paragraphs": 2, "published": "\ud83d\ude00 \u00e9\/\b\f\r""#,
            #""revision": 1, "paragraphs": 2, "published": "\x""#,
            #""revision": 1, "paragraphs": 2, "published": "\u12""#,
            #""revision": 1, "paragraphs": 2, "pub\u006cished": "p""#,
        ] {
            texts.append("{" + base + ", " + extra + "}")
            texts.append("\n\t{ \r\n" + base + " ,\n" + extra + "\n}\n ")
        }
        texts += ["", "{}", "[]", "{\"id\": \"x\"} x", "{" + base + ", \"revision\": 1, \"paragraphs\": 2,}", "\u{FEFF}" + texts[0]]
        var blobs = texts.map { Array($0.utf8) }
        var invalid = Array(Self.metas[1].jsonText.utf8)
        invalid.insert(0xFF, at: invalid.firstIndex(of: UInt8(ascii: "T"))!)
        blobs.append(invalid)
        var plain = 0
        for bytes in blobs {
            let decoded = try? JSONDecoder().decode(RevisionMeta.self, from: Data(bytes))
            #expect(RevisionMeta(json: bytes) == decoded, "\(String(decoding: bytes, as: UTF8.self))")
            if let read = RevisionMeta.plain(bytes) {
                plain += 1
                #expect(read == decoded, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        #expect(plain >= 8)
    }
}
