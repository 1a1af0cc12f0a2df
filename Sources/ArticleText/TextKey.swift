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
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}":
                out.append("'")
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}":
                out.append("\"")
            case "\u{2026}":
                out.append(contentsOf: "...".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return UnicodeNormalization.nfc(String(out))
    }

    /// `text` with each run of whitespace reduced to one character and both ends trimmed.
    ///
    /// A run keeps its typographic space (U+00A0, U+202F, U+2009) if it has one, so that
    /// "space → no-break space" survives here and is told apart as `typography`, while doubled
    /// or trailing spaces vanish and are told apart as `whitespace`.
    public static func whitespaceFolded<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var run: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if run == nil || run == " " {
                    run = isTypographicSpace(scalar) ? scalar : " "
                }
                continue
            }
            if let pending = run, !out.isEmpty { out.append(pending) }
            run = nil
            out.append(scalar)
        }
        return UnicodeNormalization.nfc(String(out))
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
        scalar.properties.isWhitespace
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
