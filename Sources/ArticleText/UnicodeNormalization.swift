import Foundation

/// NFC (Unicode Standard Annex #15) with a fast path: most news text is already NFC, and
/// Foundation's normalizer costs a full copy of a multi-megabyte article.
public enum UnicodeNormalization {
    /// `text` in NFC. Returns `text` itself when every scalar is below U+0300 or in
    /// U+2000…U+20CF (Latin, Latin-1 punctuation, general punctuation such as `’ “ ” …`,
    /// U+202F): none of those has NFC_Quick_Check = No or Maybe, so the text is NFC already
    /// (UAX #15 §9, "Detecting Normalization Forms").
    public static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.allSatisfy(isQuickCheckYes) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    static func isQuickCheckYes(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2002...0x20CF).contains(scalar.value)
    }
}
