import Foundation

/// A text hashed and compared by its UTF-8 bytes, made NFC first when it might not be.
///
/// Swift hashes and compares strings up to canonical equivalence, which walks a normalizing
/// iterator over every non-ASCII string: on long French paragraphs that costs more than the
/// rest of the diff. Normalizing the rare texts that may not be NFC and then hashing bytes
/// gives the same equality at memory speed.
struct ByteKey: Hashable {
    let text: Substring

    init<S: StringProtocol>(_ text: S) {
        self.text = Self.mayNeedNormalization(text) ? String(text).precomposedStringWithCanonicalMapping[...] : Substring(text)
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var a = lhs.text, b = rhs.text
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// False when `text` is surely NFC: every scalar below U+0300 (Latin, before the combining
    /// marks), or a starter outside the scripts whose starters compose (Indic, Myanmar, Hangul
    /// jamo).
    private static func mayNeedNormalization<S: StringProtocol>(_ text: S) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            if scalar.properties.canonicalCombiningClass != .notReordered { return true }
            switch scalar.value {
            case 0x0900...0x0DFF, 0x1000...0x109F, 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7A3: return true
            default: continue
            }
        }
        return false
    }
}
