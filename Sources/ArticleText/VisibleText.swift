/// Makes article text safe to print on a terminal.
///
/// Scraped text may carry terminal control sequences (ESC, CSI/OSC, C1 controls) or bidi
/// overrides (U+202E "Trojan Source", CVE-2021-42574) that would repaint or reorder what a
/// reader sees. Every such scalar is replaced by a visible `<U+XXXX>` so it is reported, not obeyed.
public enum VisibleText {
    /// `text` with C0 controls (except tab and line feed), DEL, C1 controls, and the bidi
    /// embedding, override and isolate controls (U+061C, U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069) written as `<U+XXXX>`.
    ///
    /// - Parameter oneLine: also write tab and line feed as `<U+XXXX>`, for fields printed on
    ///   one line (ids, headlines in `list`), so a value can never break a line-based format.
    public static func escape<S: StringProtocol>(_ text: S, oneLine: Bool = false) -> String {
        replacing(text, where: { isUnsafe($0) || (oneLine && ($0 == "\t" || $0 == "\n")) }, with: codePoint)
    }

    /// `text` with every scalar that `unsafe` picks replaced by `replacement` of it (`text`
    /// itself when there is none).
    public static func replacing<S: StringProtocol>(
        _ text: S, where unsafe: (Unicode.Scalar) -> Bool, with replacement: (Unicode.Scalar) -> String
    ) -> String {
        guard text.unicodeScalars.contains(where: unsafe) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if unsafe(scalar) {
                out.append(contentsOf: replacement(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `<U+001B>` style name of a scalar.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// True for the scalars ``escape(_:oneLine:)`` replaces (tab and line feed aside).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
