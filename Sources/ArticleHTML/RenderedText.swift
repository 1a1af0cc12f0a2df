import Foundation
import ArticleText

/// Text as a browser renders it (WHATWG HTML, CSS `white-space: normal`): each run of ASCII
/// whitespace is one space, U+00A0 and the other typographic spaces are kept as written,
/// line breaks come only from `<br>`. C0 control characters are dropped, as browsers do not
/// render them.
enum RenderedText {
    /// One piece of inline content.
    enum Piece: Sendable, Equatable {
        case text(String)
        case lineBreak
    }

    /// Collapses `pieces` into lines: spaces around a line break vanish, both ends are trimmed.
    /// Two `<br>` in a row leave a blank line, which ``blocks(_:)`` reads as a paragraph break.
    static func collapse(_ pieces: [Piece]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreaks = 0
        for piece in pieces {
            switch piece {
            case .lineBreak:
                pendingBreaks += 1
                pendingSpace = false
            case .text(let text):
                for scalar in text.unicodeScalars {
                    if isASCIIWhitespace(scalar) {
                        pendingSpace = pendingBreaks == 0
                        continue
                    }
                    if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                    if !out.isEmpty {
                        if pendingBreaks > 0 {
                            out.append(contentsOf: String(repeating: "\n", count: pendingBreaks).unicodeScalars)
                        } else if pendingSpace {
                            out.append(" ")
                        }
                    }
                    pendingSpace = false
                    pendingBreaks = 0
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// `text` on one line: every run of ASCII whitespace, line breaks included, as one space,
    /// trimmed. For headlines, bylines and datelines, which are one line in the text layout.
    static func oneLine(_ text: String) -> String {
        collapse([.text(text)])
    }

    /// Splits `text` at blank lines (lines of only whitespace, U+00A0 included: design §2), so
    /// that each result reads back as exactly one block of the text layout. Lines are joined
    /// with LF; blank results are dropped; results are NFC.
    static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            if line.unicodeScalars.allSatisfy(TextKey.isWhitespace) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks.map(\.precomposedStringWithCanonicalMapping)
    }

    /// Space, tab, LF, FF, CR: the whitespace HTML collapses (WHATWG Infra "ASCII whitespace").
    static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r"
    }
}
