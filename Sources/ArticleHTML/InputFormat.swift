/// What an input holds: the plain-text layout (design §2), an HTML page, or a JSON object.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, json

    /// Guesses the format from the first bytes, as `--input` does when absent.
    ///
    /// After an optional UTF-8 BOM and whitespace: `{` is JSON; markup is HTML: `<` followed by
    /// a letter, `!` or `?` (a tag, `<!doctype html>`, `<!--`, `<?xml`); anything else is text.
    /// A plain-text article starts with its headline, never with a tag, so a text that
    /// mentions `<p>` further down is still text.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        guard start < bytes.endIndex else { return .text }
        if bytes[start] == UInt8(ascii: "{") { return .json }
        guard bytes[start] == UInt8(ascii: "<"), start + 1 < bytes.endIndex else { return .text }
        let next = bytes[start + 1]
        let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20)
        return isLetter || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") ? .html : .text
    }
}
