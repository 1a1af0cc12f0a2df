/// The page's `<meta>` and `<link>` metadata: Open Graph (ogp.me: `og:title`, `og:url`,
/// `article:published_time`, `article:modified_time`), HTML's standard `<meta name=author>`,
/// `<link rel=canonical>` (RFC 6596) and `rel=author`, and microdata `itemprop` values.
struct PageMetadata: Sendable, Equatable {
    /// `<meta property|name=… content=…>`, first value of each lower-cased key.
    var meta: [String: String] = [:]
    var canonical: String?
    /// Text of the first `<a rel=author>`.
    var authorLink: String?
    /// First value of each microdata `itemprop`: `content`, else `datetime`, else the text.
    var itemprops: [String: String] = [:]

    init(page: HTMLElement) {
        visit(page)
    }

    private mutating func visit(_ element: HTMLElement) {
        for child in element.elements {
            let rel = child["rel"]?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
            switch child.name {
            case "meta":
                if let key = (child["property"] ?? child["name"])?.lowercased(), let content = child["content"], meta[key] == nil {
                    meta[key] = content
                }
            case "link" where rel.contains("canonical"):
                if canonical == nil, let href = child["href"], !href.isEmpty { canonical = href }
            case "a" where rel.contains("author"):
                if authorLink == nil { authorLink = RenderedText.oneLine(child.rawText) }
            default:
                break
            }
            if let itemprop = child["itemprop"], itemprops[itemprop] == nil {
                itemprops[itemprop] = child["content"] ?? child["datetime"] ?? RenderedText.oneLine(child.rawText)
            }
            visit(child)
        }
    }
}
