import Foundation

/// One lexical unit of a dateline: a run of letters, a run of ASCII digits, or one other
/// non-space character. Whitespace (space, tab, LF, U+00A0, U+202F, U+2009, …) only separates
/// tokens; `spaceBefore` remembers whether any preceded the token, because `17:04` and
/// `17 : 04` or `+0200` and `- 02` must be told apart.
struct StampToken: Sendable {
    enum Kind: Sendable { case word, number, punct }

    let kind: Kind
    /// The characters as written.
    let raw: Substring
    /// Words: lower case without diacritics, `’` as `'` (`MODIFIÉ` → `modifie`). Others: `raw`.
    let folded: String
    let range: Range<String.Index>
    let spaceBefore: Bool
    /// True when the whitespace before the token held a line break.
    let lineBreakBefore: Bool

    /// The value of a number token (nil for other kinds, or when it overflows `Int`).
    var value: Int? { kind == .number ? Int(raw) : nil }
    /// How many digits a number token has (`06` has 2).
    var digits: Int { kind == .number ? raw.count : 0 }
    /// True when a word is written in capitals only (`EDT`, not `Et`).
    var isCapitals: Bool { kind == .word && raw.allSatisfy { $0.isUppercase } }

    func isPunct(_ characters: String) -> Bool {
        kind == .punct && characters.contains(raw)
    }

    func isWord(_ word: String) -> Bool { kind == .word && folded == word }
}

enum StampTokenizer {
    /// Splits `text` into tokens. Letters and digits never share a token (`17h04` is `17`, `h`,
    /// `04`; `T17` is `T`, `17`), so compact forms need no special lexing. An apostrophe between
    /// letters stays inside the word (`aujourd’hui`).
    static func tokenize(_ text: String) -> [StampToken] {
        var tokens: [StampToken] = []
        var index = text.startIndex
        var sawSpace = true
        var sawLineBreak = false
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                sawSpace = true
                if character.isNewline { sawLineBreak = true }
                index = text.index(after: index)
                continue
            }
            let start = index
            let kind: StampToken.Kind
            if isDigit(character) {
                kind = .number
                while index < text.endIndex, isDigit(text[index]) { index = text.index(after: index) }
            } else if character.isLetter {
                kind = .word
                while index < text.endIndex {
                    let c = text[index]
                    if c.isLetter && !isDigit(c) {
                        index = text.index(after: index)
                    } else if c == "'" || c == "’", index > start,
                              let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex),
                              next < text.endIndex, text[next].isLetter {
                        index = next
                    } else {
                        break
                    }
                }
            } else {
                kind = .punct
                index = text.index(after: index)
            }
            let raw = text[start..<index]
            let folded = kind == .word ? fold(raw) : String(raw)
            tokens.append(StampToken(kind: kind, raw: raw, folded: folded, range: start..<index,
                                     spaceBefore: sawSpace, lineBreakBefore: sawLineBreak))
            sawSpace = false
            sawLineBreak = false
        }
        return tokens
    }

    /// Lower case, diacritics removed, typographic apostrophe made straight.
    static func fold<S: StringProtocol>(_ word: S) -> String {
        // ASCII words (most of them) need only their capitals lowered; Foundation's folding
        // costs a bridge to NSString per word.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        let folded = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.contains("’") ? folded.replacingOccurrences(of: "’", with: "'") : folded
    }

    private static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }
}
