import ArticleText
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

    /// The id of an article known by its URL: a readable slug, then `-` and a hash of the URL,
    /// so that two different URLs never share an id (and so an archive).
    ///
    /// The slug is the host without `www.`, the path and the query, lowercased, accents folded
    /// (`é` → `e`), `.` and `..` path segments dropped, every run of other characters turned
    /// into one `-`; the fragment is ignored. The hash is FNV-1a, 32 bits (Fowler, Noll, Vo;
    /// IETF draft-eastlake-fnv), of the lowercased URL without scheme, `www.` and fragment,
    /// in 8 hex digits. E.g. `https://www.lemonde.fr/international/article/x_123.html?a=1` →
    /// `lemonde.fr-international-article-x_123.html-a-1-` + 8 hex digits.
    /// - Throws: `ArchiveError.invalidArticleID` when the URL has no usable character.
    public static func fromURL(_ url: String) throws(ArchiveError) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var identity = rest.lowercased()
        if identity.hasPrefix("www.") { identity.removeFirst(4) }
        let readable = identity.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." && $0 != ".." }
            .joined(separator: "/")
            .folding(options: .diacriticInsensitive, locale: nil)
        var slug = ""
        var pendingDash = false
        for scalar in readable.unicodeScalars {
            if isAllowed(scalar) && scalar != "-" {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while slug.contains("..") { slug = slug.replacingOccurrences(of: "..", with: ".") }
        slug = String(slug.prefix(maximumLength - 9))
        while let first = slug.first, first == "." || first == "_" || first == "-" { slug.removeFirst() }
        while let last = slug.last, last == "." || last == "_" || last == "-" { slug.removeLast() }
        if slug.isEmpty { throw .invalidArticleID(url, reason: "it is empty") }
        return slug + "-" + fnv1a32Hex(identity)
    }

    /// FNV-1a, 32 bits, of `text`'s UTF-8 bytes, as 8 lower-case hex digits.
    static func fnv1a32Hex(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
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
            let shown = bad.properties.generalCategory == .control || bad == " " || VisibleText.escape(String(bad), oneLine: true) != String(bad)
                ? "U+\(String(bad.value, radix: 16, uppercase: true))" : "\"\(bad)\""
            return "it contains \(shown)"
        }
        if id.contains("..") { return "it contains \"..\"" }
        if id.hasPrefix(".") || id.hasPrefix("-") { return "it starts with \"\(id.first!)\"" }
        if id.hasSuffix(".") || id.hasSuffix(".lock") { return "it ends with \".\" or \".lock\"" }
        return nil
    }
}
