/// One revision of an article, parsed (design §2).
///
/// Texts are NFC with LF line ends and otherwise keep their original characters (no-break
/// spaces, typographic quotes, leading bullet indentation); compare them through ``TextKey``.
public struct Article: Sendable, Equatable {
    /// Block 1 of the input, its lines joined by one space.
    public var headline: String
    /// The block that holds the publisher's stamps, as written; nil when none was found.
    public var dateline: String?
    /// What the dateline says.
    public var stamps: DatelineStamps
    /// Every other block, in order, indexed from 0. A bullet line (`•`, `-`, `*`) is a paragraph
    /// of its own.
    public var paragraphs: [String]

    public init(headline: String, dateline: String? = nil, stamps: DatelineStamps = DatelineStamps(), paragraphs: [String]) {
        self.headline = headline
        self.dateline = dateline
        self.stamps = stamps
        self.paragraphs = paragraphs
    }

    /// The canonical text stored as `article.txt` (design §3): headline, dateline, paragraphs,
    /// one blank line between blocks, LF line ends, NFC, ending in one LF.
    public var canonicalText: String {
        var blocks = [headline]
        if let dateline { blocks.append(dateline) }
        blocks.append(contentsOf: paragraphs)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The last stamp the publisher admits to: modified, else published.
    public var lastStamp: Stamp? { stamps.modified ?? stamps.published }
}
