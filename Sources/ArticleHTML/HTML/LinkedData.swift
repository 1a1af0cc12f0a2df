import Foundation

/// What a page's schema.org JSON-LD (`<script type="application/ld+json">`) says about its
/// article: the first node whose `@type` (a string or an array; `schema:`/URL prefixes
/// ignored) is `Article` or a subtype ending in `Article` (`NewsArticle`,
/// `ReportageNewsArticle`, …), `BlogPosting`, `LiveBlogPosting` or `Report`. Nodes are
/// searched in top-level arrays and `@graph` arrays. Authors given as `{"@id": …}`
/// references are resolved against the page's other nodes.
struct LinkedData: Sendable, Equatable {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String]
    var url: String?

    /// Reads the article node out of `scripts` (each one script element's text). Blocks that
    /// are not JSON are skipped with a warning (appended to `warnings`, without input name).
    static func read(scripts: [String], warnings: inout [String]) -> LinkedData? {
        var nodes: [[String: Any]] = []
        for script in scripts {
            let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let json = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) else {
                warnings.append("a JSON-LD block is not valid JSON and was ignored")
                continue
            }
            collect(json, into: &nodes)
        }
        guard let article = nodes.first(where: { types(of: $0).contains(where: isArticleType) }) else { return nil }
        var byID: [String: [String: Any]] = [:]
        for node in nodes { if let id = node["@id"] as? String { byID[id] = node } }
        return LinkedData(
            headline: (article["headline"] as? String).map(RenderedText.oneLine),
            datePublished: article["datePublished"] as? String,
            dateModified: article["dateModified"] as? String,
            authors: names(article["author"], byID: byID),
            url: (article["url"] as? String) ?? pageID(article["mainEntityOfPage"]))
    }

    private static func collect(_ json: Any, into nodes: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for item in array { collect(item, into: &nodes) }
        } else if let object = json as? [String: Any] {
            nodes.append(object)
            if let graph = object["@graph"] { collect(graph, into: &nodes) }
        }
    }

    private static func types(of node: [String: Any]) -> [String] {
        let raw = (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? [node["@type"] as? String].compactMap { $0 }
        return raw.map { String($0.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last ?? "") }
    }

    private static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("Article") || type == "BlogPosting" || type == "LiveBlogPosting" || type == "Report"
    }

    /// `author` as a string, a Person/Organization object, an `@id` reference, or an array of these.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        switch value {
        case let name as String:
            let line = RenderedText.oneLine(name)
            return line.isEmpty ? [] : [line]
        case let array as [Any]:
            return array.flatMap { names($0, byID: byID) }
        case let object as [String: Any]:
            if let name = object["name"] { return names(name, byID: byID) }
            if let id = object["@id"] as? String, let target = byID[id], target["name"] != nil {
                return names(target["name"], byID: byID)
            }
            return []
        default:
            return []
        }
    }

    private static func pageID(_ value: Any?) -> String? {
        (value as? String) ?? ((value as? [String: Any])?["@id"] as? String)
    }
}
