/// What an input holds: the plain-text layout (design §2), an HTML page, or a JSON object.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, json

    /// Guesses the format from the first bytes, as `--input` does when absent.
    ///
    /// After an optional UTF-8 BOM and whitespace: `{` is JSON; `<!doctype html`, `<html`,
    /// `<!--` or `<?xml` followed by HTML, or a `<head`, `<body`, `<article` or `<p>` tag within
    /// the first 1 024 bytes (ASCII case-insensitive) is HTML; anything else is text. A text
    /// article that merely mentions `<p>` in its first kilobyte is therefore read as HTML;
    /// give `--input text` for such files.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        guard start < bytes.endIndex else { return .text }
        if bytes[start] == UInt8(ascii: "{") { return .json }
        let head = String(decoding: bytes[start..<min(bytes.endIndex, start + 1024)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        for tag in ["<head", "<body", "<article", "<p>", "<p "] where head.contains(tag) {
            return .html
        }
        return .text
    }
}
