import ArticleText

/// Turns an input of any ``InputFormat`` into an ``ExtractedArticle``.
///
/// - `text`: the plain-text layout, through ``ArticleParser`` (design §2).
/// - `html`: parsed by libxml2's HTML parser. Headline: schema.org `headline` (JSON-LD),
///   else Open Graph `og:title`, else the first `<h1>`. Stamps: JSON-LD `datePublished` /
///   `dateModified`, else `article:published_time` / `article:modified_time`, else microdata,
///   else `<time datetime>`, else the visible dateline (through ``StampParser``); both the
///   structured and the visible sets are reported and a disagreement is flagged.
///   Paragraphs: the `<p>`, `<li>`, `<h2>`–`<h6>` and `<blockquote>` text of the `<article>`
///   (or `[itemprop=articleBody]`, `<main>`, `<body>`), in document order, without scripts,
///   navigation, asides, page header and footer, figures, forms, share bars, "read also"
///   blocks, ads, newsletter and subscription prompts; whitespace collapsed as a browser
///   does, U+00A0 kept, `<br>` as a line break, two `<br>` as a paragraph break.
/// - `json`: see ``JSONArticleReader``.
public struct ArticleExtractor: Sendable {
    /// Zone and capture time for stamps that name no zone.
    public var stamps: StampParser

    public init(stamps: StampParser) {
        self.stamps = stamps
    }

    /// Extracts the article from `bytes`, naming the input `input` (a path, or `stdin`) in
    /// errors and warnings.
    ///
    /// - Throws: `ExtractionError.article` for text-layout and decoding errors (empty, too
    ///   large, binary, double-encoded, …); for HTML `.noHeadline`, `.noParagraphs`,
    ///   `.unreadableHTML` and `.interstitial` (a paywall or consent page, to be fetched
    ///   again rather than recorded); for JSON `.invalidJSON`, `.missingField`, `.invalidField`.
    public func extract(_ bytes: [UInt8], format: InputFormat, input: String) throws(ExtractionError) -> ExtractedArticle {
        switch format {
        case .text:
            let result: ArticleParser.Result
            do { result = try ArticleParser(stamps: stamps).parse(bytes, input: input) } catch { throw .article(error) }
            let visible = result.article.dateline == nil ? nil : result.article.stamps
            return ExtractedArticle(article: result.article, visibleStamps: visible, warnings: result.warnings)
        case .html:
            return try HTMLArticleReader(stamps: stamps).read(bytes, input: input)
        case .json:
            return try JSONArticleReader(stamps: stamps).read(bytes, input: input)
        }
    }
}
