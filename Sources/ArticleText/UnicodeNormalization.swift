import Foundation

/// NFC (Unicode Standard Annex #15) with a fast path: most news text is already NFC, and
/// Foundation's normalizer costs a full copy of a multi-megabyte article.
public enum UnicodeNormalization {
    /// `text` in NFC. Returns `text` itself when ``isKnownNFC(_:)`` says it is NFC already.
    public static func nfc(_ text: String) -> String {
        var copy = text
        let known = copy.withUTF8 { isKnownNFC($0) }
        return known ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when the UTF-8 `bytes` are surely NFC: every scalar has NFC_Quick_Check = Yes and
    /// combining class 0 (UAX #15 §9, "Detecting Normalization Forms"), which holds for scalars
    /// below U+0300 (Latin, Latin-1), U+2002…U+20CF (general punctuation such as `’ “ ” …`,
    /// U+202F), CJK ideographs U+4E00…U+9FFF, Hangul syllables U+AC00…U+D7A3 and the emoji
    /// planes U+1F000…U+1FAFF. False means "maybe not": the caller normalizes.
    public static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Eight bytes at a time while none is 0xCC or above: a byte's top bit and its low
            // seven bits plus 0x34 carrying into bit 7 (never into the next byte).
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if word & high & ((word & ~high) &+ 0x3434_3434_3434_3434) == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            // Lead bytes below 0xCC encode scalars below U+0300; continuation bytes pass too.
            if lead < 0xCC { index += 1; continue }
            let (scalar, width) = UTF8Scalars.decode(bytes, at: index)
            switch scalar {
            case 0x2002...0x20CF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F000...0x1FAFF: index += width
            default: return false
            }
        }
        return true
    }
}

/// Decoding scalars straight from UTF-8 bytes, for scans that must not pay for `Character`.
public enum UTF8Scalars {
    /// True for the bytes of ASCII letters and digits (`A`–`Z`, `a`–`z`, `0`–`9`).
    @inlinable @inline(__always)
    public static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// The scalar value starting at `index` of valid UTF-8 `bytes`, and its width in bytes (1…4).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}
