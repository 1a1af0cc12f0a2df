import ArticleText
import DiffRender

/// Escaping for XML 1.0 (W3C XML 1.0 §2.2, §2.4, §3.3.3).
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute: `&`, `<`, `>`, `"` and `'`
    /// as entities; tab, LF and CR as character references (so attribute normalization keeps
    /// them); characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) written as
    /// visible `<U+XXXX>` text, since no reference can carry them, and so are DEL, C1 and bidi
    /// controls (``VisibleText``), which a CI page would otherwise obey.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case _ where VisibleText.isUnsafe(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += escape(VisibleText.codePoint(scalar))
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
