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
    /// Headline and paragraphs, without the dateline: what "the text" means for flip-flop.
    let body: BodyText

    init(record: RevisionRecord, article: Article, duplicates: [Duplicate], echoes: [Int], captured: Stamp?) {
        self.record = record
        self.article = article
        self.duplicates = duplicates
        self.echoes = echoes
        self.captured = captured
        body = BodyText(([article.headline] + article.paragraphs).joined(separator: "\n\n"))
    }

    var revision: Int { record.revision }
    var commit: String { record.commit }
    var published: Stamp? { article.stamps.published }
    var modified: Stamp? { article.stamps.modified }
    /// `modified ?? published`.
    var lastStamp: Stamp? { article.lastStamp }
}

/// A revision's text as a dictionary key, hashed once: equal, like `String`, when canonically
/// equivalent, but hashed over its NFC bytes rather than by `String`'s hash, which normalizes
/// on every lookup.
struct BodyText: Hashable, Sendable {
    let text: String
    /// Of the NFC UTF-8 bytes, so canonically equivalent texts hash alike.
    private let nfcHash: Int

    init(_ text: String) {
        self.text = text
        var copy = text
        nfcHash = copy.withUTF8 { bytes in
            if UnicodeNormalization.isKnownNFC(bytes) { return Self.hash(bytes) }
            var normalized = UnicodeNormalization.nfc(text)
            return normalized.withUTF8(Self.hash)
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    static func == (lhs: BodyText, rhs: BodyText) -> Bool { lhs.nfcHash == rhs.nfcHash && lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { hasher.combine(nfcHash) }
}
