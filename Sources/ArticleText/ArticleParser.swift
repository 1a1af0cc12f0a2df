import Foundation

/// Parses the plain-text article layout (design §2): headline, blank line, dateline, blank
/// line, then paragraphs separated by blank lines.
///
/// Line ends CRLF and CR count as LF; a line of only whitespace (NBSP included) is blank; one
/// or more blank lines separate blocks. Texts are normalized to NFC.
public struct ArticleParser: Sendable {
    /// Zone for stamps that name none.
    public var stamps: StampParser
    /// How many blocks after the headline may hold the dateline (bylines or kickers can come
    /// first on some sites).
    public var datelineSearchDepth = 3

    public init(stamps: StampParser) {
        self.stamps = stamps
    }

    /// A parsed article plus the warnings a user should see.
    public struct Result: Sendable, Equatable {
        public var article: Article
        public var warnings: [String]
    }

    /// Parses `text`, naming it `input` in errors.
    ///
    /// - Throws: `ArticleError.empty` when the text has no visible character;
    ///   `ArticleError.noHeadline` when the first block is a dateline, not a headline; `ArticleError.invalidStamp` when the dateline names an impossible date
    ///   (`31 juin`), so that no made-up instant is ever recorded.
    public func parse(_ text: String, input: String) throws(ArticleError) -> Result {
        var blocks = Self.blocks(of: UnicodeNormalization.nfc(text))
        guard !blocks.isEmpty else { throw .empty(input: input) }
        let headline = blocks.removeFirst()
        // A headline wrapped over several lines is one line of text: commit subjects, `list`
        // and `log` print it on one line.
        let headlineText = headline.joined(separator: " ")
        if stamps.parseDateline(headlineText) != nil {
            // Stamps first: the headline is missing, and guessing one would misfile the revision.
            throw .noHeadline(input: input)
        }

        var warnings: [String] = []
        var dateline: String?
        var found = DatelineStamps()
        for index in 0..<min(datelineSearchDepth, blocks.count) {
            let block = blocks[index].joined(separator: "\n")
            guard let parsed = stamps.parseDateline(block) else { continue }
            if let bad = parsed.invalid.first {
                throw .invalidStamp(input: input, stamp: bad.text, reason: bad.reason)
            }
            dateline = block
            found = parsed
            warnings += parsed.warnings.map { "\(input): \($0)" }
            blocks.remove(at: index)
            break
        }
        if dateline == nil {
            warnings.append("\(input): no dateline with publication stamps found; the revision has no published or modified time")
        }

        var paragraphs: [String] = []
        for block in blocks {
            paragraphs.append(contentsOf: Self.paragraphs(of: block))
        }
        if paragraphs.isEmpty {
            warnings.append("\(input): no paragraph after the headline; the layout is a headline, a blank line, the dateline, a blank line, then paragraphs separated by blank lines")
        }
        let article = Article(headline: headlineText, dateline: dateline, stamps: found, paragraphs: paragraphs)
        return Result(article: article, warnings: warnings)
    }

    /// Decodes `bytes` (see ``ArticleDecoder``) and parses the text; decoding warnings come
    /// first in the result's warnings.
    ///
    /// - Throws: every `ArticleError` of ``ArticleDecoder/decode(_:input:)`` and ``parse(_:input:)``.
    public func parse(_ bytes: [UInt8], input: String, decoder: ArticleDecoder = ArticleDecoder()) throws(ArticleError) -> Result {
        let decoded = try decoder.decode(bytes, input: input)
        var result = try parse(decoded.text, input: input)
        result.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return result
    }

    /// Splits text into blocks of non-blank lines. Works on UTF-8 bytes so that CRLF (one
    /// `Character` in Swift) and lone CR both end a line, as do U+0085, U+2028 and U+2029.
    static func blocks(of text: String) -> [[String]] {
        // Lines as UTF-8 offsets, found on bytes; then copied out of `text` as substrings,
        // which are valid UTF-8 already (a line break is always a `Character` boundary, UAX #29
        // GB4/GB5), so the copy is not validated again.
        var blocks: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var copy = text
        copy.withUTF8 { bytes in
            var lineStart = 0
            var index = 0
            func endLine(_ lineEnd: Int, next: Int) {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if isBlank(line) {
                    if !current.isEmpty { blocks.append(current); current = [] }
                } else {
                    current.append(lineStart..<lineEnd)
                }
                lineStart = next
            }
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A:
                    endLine(index, next: index + 1)
                    index += 1
                case 0x0D:
                    let next = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                    endLine(index, next: next)
                    index = next
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:  // U+0085
                    endLine(index, next: index + 2)
                    index += 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    endLine(index, next: index + 3)  // U+2028, U+2029
                    index += 3
                default:
                    index += 1
                }
            }
            endLine(bytes.count, next: bytes.count)
        }
        if !current.isEmpty { blocks.append(current) }
        let utf8 = copy.utf8
        return blocks.map { lines in
            lines.map { String(copy[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]) }
        }
    }

    /// Whether a line holds only whitespace (``TextKey/isWhitespace(_:)``).
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count {
            let (value, width) = UTF8Scalars.decode(line, at: index)
            guard let scalar = Unicode.Scalar(value), TextKey.isWhitespace(scalar) else { return false }
            index += width
        }
        return true
    }

    /// A block is one paragraph, except that each bullet line starts a paragraph of its own.
    static func paragraphs(of block: [String]) -> [String] {
        if block.count == 1 { return block }
        var result: [[String]] = []
        for line in block {
            if isBullet(line) || result.isEmpty {
                result.append([line])
            } else {
                result[result.count - 1].append(line)
            }
        }
        return result.map { $0.joined(separator: "\n") }
    }

    /// Openings of "read also" cross-references that interrupt article text, lower-cased.
    public static let readMoreMarkers = [
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi",
        "read more", "read also", "also read", "related", "see also", "more on this story",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
    ]

    /// Whether `paragraph` is a "read also" line of plain text: a marker of
    /// ``readMoreMarkers`` alone or followed by `:`, `|`, `-`, `–`, `—`, `›` or `»`
    /// (`Lire aussi : Les épisodes cévenols…`). A sentence that merely opens with "Related"
    /// has no such separator.
    public static func isReadMore(_ paragraph: String) -> Bool {
        guard let rest = afterReadMoreMarker(TrimmedText.trimmed(paragraph)) else { return false }
        guard let next = rest.first(where: { !$0.isWhitespace }) else { return true }
        return ":|-–—›»".contains(next)
    }

    /// `text`, lower-cased, after the ``readMoreMarkers`` marker it opens with; nil when it
    /// opens with none.
    public static func afterReadMoreMarker(_ text: String) -> Substring? {
        let lowered = text.lowercased()
        guard let marker = readMoreMarkers.first(where: { lowered.hasPrefix($0) }) else { return nil }
        return lowered.dropFirst(marker.count)
    }

    /// A line whose first visible character is `•`, `-`, `*` (or `–`, `‣`, `◦`) followed by
    /// whitespace.
    public static func isBullet<S: StringProtocol>(_ line: S) -> Bool {
        // Most lines start with an ASCII letter or digit, never a bullet: no `Character` walk.
        if let byte = line.utf8.first, UTF8Scalars.isASCIIAlphanumeric(byte) { return false }
        return bulletBody(line) != nil
    }

    /// The text after a leading bullet marker, or nil when `line` is not a bullet line.
    public static func bulletBody<S: StringProtocol>(_ line: S) -> S.SubSequence? {
        guard let first = line.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        guard "•-*–‣◦".contains(line[first]) else { return nil }
        let after = line.index(after: first)
        guard after < line.endIndex, line[after].isWhitespace else { return nil }
        return line[after...]
    }
}
