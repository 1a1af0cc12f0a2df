/// Splits text into word-diff tokens (design §4, notes-diff "Words"):
/// - a run of letters and digits is one token, never split;
/// - a run of whitespace is one token;
/// - a run of full stops is one token, so `...` compares with `…` by key;
/// - every other mark (punctuation, apostrophe, hyphen, symbol, emoji) is a token of its own,
///   so `l'État` is `l` `'` `État` and `a-t-il` is `a` `-` `t` `-` `il`;
/// - each CJK ideograph or kana is a token of its own;
/// - grapheme clusters are never cut: classification works on `Character`s, with a fast path
///   for ASCII bytes that are followed by another ASCII byte (always a cluster boundary,
///   except CR LF, which takes the slow path).
enum Tokenizer {
    private enum Unit: Equatable {
        case word, space, period, single
    }

    /// Token boundaries of `text`: `count + 1` indices for `count` tokens (`[startIndex]` when
    /// `text` is empty).
    static func boundaries(of text: String) -> [String.Index] {
        var bounds = [text.startIndex]
        let utf8 = text.utf8
        let end = text.endIndex
        var index = text.startIndex
        var previous: Unit?
        bounds.reserveCapacity(utf8.count / 3)
        while index < end {
            let unit: Unit
            let next: String.Index
            let byte = utf8[index]
            let afterByte = utf8.index(after: index)
            if byte < 0x80, byte != 0x0D, afterByte == end || utf8[afterByte] < 0x80 {
                unit = asciiUnit(byte)
                next = afterByte
            } else {
                unit = self.unit(of: text[index])
                next = text.index(after: index)
            }
            if let previous, unit != previous || unit == .single {
                bounds.append(index)
            }
            previous = unit
            index = next
        }
        if previous != nil { bounds.append(end) }
        return bounds
    }

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

    private static func unit(of character: Character) -> Unit {
        let scalar = character.unicodeScalars.first!
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
