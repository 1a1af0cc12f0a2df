import Foundation

/// Article ids: the `<id>` of `refs/articles/<id>`.
///
/// An id given by the user must already be a safe, single ref component; an id derived from a
/// URL is sanitized deterministically. The rules are git's `check-ref-format` ones, narrowed:
/// only ASCII letters, digits, `-`, `_` and `.`; no `..`; no leading `.` or `-`; no trailing
/// `.` or `.lock`; at most 200 characters. So an id can never leave `refs/articles/`.
public enum ArticleID {
    public static let maximumLength = 200

    /// Returns `id` unchanged when it is a valid article id.
    /// - Throws: `ArchiveError.invalidArticleID` naming the offending character or rule.
    public static func validate(_ id: String) throws(ArchiveError) -> String {
        if let problem = problem(with: id) { throw .invalidArticleID(id, reason: problem) }
        return id
    }

    /// The id of an article known by its URL: host without `www.`, then the path, lowercased,
    /// every run of other characters turned into one `-`, e.g.
    /// `https://www.lemonde.fr/international/article/2021/06/16/x_123.html` →
    /// `lemonde.fr-international-article-2021-06-16-x_123.html`. Query and fragment are dropped.
    /// - Throws: `ArchiveError.invalidArticleID` when nothing usable is left.
    public static func fromURL(_ url: String) throws(ArchiveError) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var lowered = rest.lowercased()
        if lowered.hasPrefix("www.") { lowered.removeFirst(4) }
        var id = ""
        var pendingDash = false
        for scalar in lowered.unicodeScalars {
            if isAllowed(scalar) && scalar != "-" {
                if pendingDash && !id.isEmpty { id.append("-") }
                pendingDash = false
                id.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while id.contains("..") { id = id.replacingOccurrences(of: "..", with: ".") }
        while let last = id.last, last == "." || last == "_" { id.removeLast() }
        while let first = id.first, first == "." || first == "_" { id.removeFirst() }
        if id.hasSuffix(".lock") { id.removeLast(5) }
        if id.count > maximumLength { id = String(id.prefix(maximumLength)) }
        while let last = id.last, last == "." || last == "-" { id.removeLast() }
        if let problem = problem(with: id) { throw .invalidArticleID(url, reason: problem) }
        return id
    }

    /// `text` (a rejected id or URL) safe to print in an error line: control characters (Cc:
    /// C0, DEL, C1, tab included) and the bidi embedding, override and isolate controls
    /// (Unicode TR36; CVE-2021-42574) written as `<U+XXXX>`.
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += codePoint(scalar)
            default:
                if scalar.properties.generalCategory == .control { out += codePoint(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `<U+001B>`: four hex digits at least, upper case.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": return true
        default: return false
        }
    }

    static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.count > maximumLength { return "it is longer than \(maximumLength) characters" }
        if let bad = id.unicodeScalars.first(where: { !isAllowed($0) }) {
            let shown = bad.properties.generalCategory == .control || bad == " " || visible(String(bad)) != String(bad)
                ? "U+\(String(bad.value, radix: 16, uppercase: true))" : "\"\(bad)\""
            return "it contains \(shown)"
        }
        if id.contains("..") { return "it contains \"..\"" }
        if id.hasPrefix(".") || id.hasPrefix("-") { return "it starts with \"\(id.first!)\"" }
        if id.hasSuffix(".") || id.hasSuffix(".lock") { return "it ends with \".\" or \".lock\"" }
        return nil
    }
}
