/// Comparison keys for article text (design §2).
///
/// Texts keep their original characters; comparisons use a key in which differences a reader
/// would call typographic vanish:
/// - NFC (Unicode Standard Annex #15), which Swift's `String` comparison already honours;
/// - every run of whitespace (space, tab, line breaks, U+00A0, U+202F, U+2009 and the other
///   Unicode `White_Space` characters) as one space, trimmed at both ends;
/// - `'` `’` `‘` `‚` `‛` `ʼ` `′` as one apostrophe class; `"` `“` `”` `„` `‟` `«` `»` `″` as
///   one double-quote class; `…` as `...`.
public enum TextKey {
    /// The comparison key of `text`. Equal keys mean "the same words and punctuation".
    public static func key<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}":
                out.append(0x27)
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}":
                out.append(0x22)
            case "\u{2026}":
                out.append(contentsOf: [0x2E, 0x2E, 0x2E])
            default:
                append(scalar, to: &out)
            }
        }
        return UnicodeNormalization.nfc(String(decoding: out, as: UTF8.self))
    }

    /// `text` with each run of whitespace reduced to one character and both ends trimmed.
    ///
    /// A run keeps its typographic space (U+00A0, U+202F, U+2009) if it has one, so that
    /// "space → no-break space" survives here and is told apart as `typography`, while doubled
    /// or trailing spaces vanish and are told apart as `whitespace`.
    public static func whitespaceFolded<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var run: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if run == nil || run == " " {
                    run = isTypographicSpace(scalar) ? scalar : " "
                }
                continue
            }
            if let pending = run, !out.isEmpty { append(pending, to: &out) }
            run = nil
            append(scalar, to: &out)
        }
        return UnicodeNormalization.nfc(String(decoding: out, as: UTF8.self))
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// How two texts differ: nil when they are identical character for character.
    public static func changeClass<S: StringProtocol, T: StringProtocol>(_ old: S, _ new: T) -> ChangeClass? {
        // Swift's `==` is canonical equivalence: NFC and NFD spellings are the same text.
        if String(old) == String(new) { return nil }
        if whitespaceFolded(old) == whitespaceFolded(new) { return .whitespace }
        if key(old) == key(new) { return .typography }
        return .substantive
    }

    /// True for the Unicode `White_Space` scalars (tab, LF, CR, space, U+00A0, U+2000–U+200A,
    /// U+202F, U+205F, U+3000, …).
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        // Answer the common scalars without the Unicode property table lookup (hot path).
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value == 0xA0 || value == 0x202F || value == 0x2009 { return true }
        if value < 0x1680 { return value == 0x85 }
        return scalar.properties.isWhitespace
    }

    static func isTypographicSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\u{2007}"
    }
}

/// What kind of difference separates two texts (design §4).
public enum ChangeClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only the amount or place of ordinary whitespace differs (doubled, trailing spaces, tabs).
    case whitespace
    /// The keys are equal: only quotes, apostrophes, ellipses, no-break spaces or Unicode form differ.
    case typography
    /// Words or punctuation differ.
    case substantive
}
