import ArticleText

/// Splits text into word-diff tokens (design §4, notes-diff "Words"):
/// - a run of letters and digits is one token, never split;
/// - a run of whitespace is one token;
/// - a run of full stops is one token, so `...` compares with `…` by key;
/// - every other mark (punctuation, apostrophe, hyphen, symbol, emoji) is a token of its own,
///   so `l'État` is `l` `'` `État` and `a-t-il` is `a` `-` `t` `-` `il`;
/// - a figure is one token: a `,` `.` `:` or no-break or thin space between two ASCII digits
///   joins them (`1,200`, `12,5`, `17:04`, `3 000` with U+202F), so a changed figure is
///   replaced whole;
/// - each CJK ideograph or kana is a token of its own;
/// - grapheme clusters are never cut: a token boundary is always a `Character` boundary.
///
/// Works on UTF-8 bytes. A scalar from ``isSimple(_:)`` followed by another simple scalar (or
/// the end) is a grapheme cluster of its own (UAX #29: no rule joins them), so it is
/// classified from a small table; anything else (combining marks, emoji sequences, CR LF,
/// Hangul jamo) takes the `Character` path.
struct Tokenizer {
    enum Unit: UInt8 {
        case word, space, period, single
    }

    /// Unit of each scalar below ``tableSize``, filled on first use (0xFF: not yet known).
    private var table = [UInt8](repeating: 0xFF, count: Self.tableSize)
    private static let tableSize = 0x3000

    /// Token boundaries of `text`: `count + 1` indices for `count` tokens (`[startIndex]` when
    /// `text` is empty).
    static func boundaries(of text: String) -> [String.Index] {
        var tokenizer = Tokenizer()
        var offsets: [Int32] = []
        var copy = text
        copy.withUTF8 { tokenizer.boundaries(of: $0, in: text, into: &offsets) }
        return offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: Int($0)) }
    }

    /// Appends the token boundaries of `bytes` (the UTF-8 of `text`) to `offsets`, as byte
    /// offsets: `count + 1` of them for `count` tokens.
    mutating func boundaries(of bytes: UnsafeBufferPointer<UInt8>, in text: String, into offsets: inout [Int32]) {
        offsets.append(0)
        var index = 0
        let end = bytes.count
        var previous: Unit?
        var decoded = end > 0 ? UTF8Scalars.decode(bytes, at: 0) : (value: 0, width: 0)
        while index < end {
            // An ASCII letter or digit followed by another is a cluster of its own, a word unit,
            // so the run up to its last byte needs no classifying: one boundary at most, at its
            // start. The last byte, which a combining mark may follow, takes the general path.
            if decoded.width == 1, UTF8Scalars.isASCIIAlphanumeric(bytes[index]), index + 1 < end, UTF8Scalars.isASCIIAlphanumeric(bytes[index + 1]) {
                if let previous, previous != .word { offsets.append(Int32(index)) }
                previous = .word
                index += 1
                while index + 1 < end, UTF8Scalars.isASCIIAlphanumeric(bytes[index + 1]) { index += 1 }
                decoded = (UInt32(bytes[index]), 1)
            }
            let next = index + decoded.width
            let following = next < end ? UTF8Scalars.decode(bytes, at: next) : (value: 0, width: 0)
            var unit: Unit
            var after = next
            if Self.isSimple(decoded.value) && (next == end || Self.isSimple(following.value)) {
                unit = self.unit(decoded.value)
                if unit != .word, previous == .word, Self.joinsFigures(decoded.value), index > 0, next < end,
                   Self.isASCIIDigit(bytes[index - 1]), Self.isASCIIDigit(bytes[next]) {
                    unit = .word
                }
                decoded = following
            } else {
                // The cluster may span several scalars: let `String` find its end.
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: index)
                let clusterEnd = text.index(after: start)
                after = utf8.distance(from: utf8.startIndex, to: clusterEnd)
                unit = self.unit(text.unicodeScalars[start].value)
                if after < end { decoded = UTF8Scalars.decode(bytes, at: after) }
            }
            if let previous, unit != previous || unit == .single {
                offsets.append(Int32(index))
            }
            previous = unit
            index = after
        }
        if previous != nil { offsets.append(Int32(end)) }
    }

    /// `,` `.` `:` U+00A0 U+202F U+2009: separators inside a figure.
    @inline(__always)
    private static func joinsFigures(_ value: UInt32) -> Bool {
        value == 0x2C || value == 0x2E || value == 0x3A || value == 0xA0 || value == 0x202F || value == 0x2009
    }

    @inline(__always)
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Scalars that never join a neighbour into one grapheme cluster: ASCII but CR, U+0080…U+02FF
    /// (Latin-1, Latin Extended, spacing modifiers), U+2000…U+206F but ZWNJ and ZWJ (general
    /// punctuation), and CJK ideographs U+4E00…U+9FFF.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x0D }
        return (0x2000...0x206F).contains(value) && value != 0x200C && value != 0x200D || (0x4E00...0x9FFF).contains(value)
    }

    @inline(__always)
    private mutating func unit(_ value: UInt32) -> Unit {
        if value < 0x80 { return Self.asciiUnit(UInt8(value)) }
        if value < Self.tableSize {
            let known = table[Int(value)]
            if known != 0xFF { return Unit(rawValue: known)! }
            let unit = Self.classify(Unicode.Scalar(value)!)
            table[Int(value)] = unit.rawValue
            return unit
        }
        return Unicode.Scalar(value).map(Self.classify) ?? .single
    }

    @inline(__always)
    private static func asciiUnit(_ byte: UInt8) -> Unit {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .word
        case 0x09...0x0D, 0x20:
            return .space
        case UInt8(ascii: "."):
            return .period
        default:
            return .single
        }
    }

    /// The unit of a cluster, from its first scalar.
    private static func classify(_ scalar: Unicode.Scalar) -> Unit {
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if scalar == "." { return .period }
        if isCJK(scalar) { return .single }
        if properties.isAlphabetic { return .word }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return .word
        default: return .single
        }
    }

    /// Ideographs, kana and CJK symbols: scripts written without spaces between words.
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }
}
