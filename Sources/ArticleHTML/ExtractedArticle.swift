import ArticleText

/// An article read from any input format, with what the page said about itself.
public struct ExtractedArticle: Sendable, Equatable {
    /// The article to record. Its `canonicalText` holds text only, never markup; `dateline`
    /// is the page's visible dateline as shown, nil when the page shows none (never
    /// synthesized); `stamps` are the chosen stamps (see ``structuredStamps``).
    public var article: Article
    /// The page's canonical URL: `<link rel=canonical>`, else Open Graph `og:url`, else the
    /// schema.org `url`; for JSON, its `url` field.
    public var url: String?
    /// Author name(s), comma-separated: schema.org `author`, else `<meta name=author>`, else a
    /// `rel=author` link, else an element of class `byline`.
    public var byline: String?
    /// Stamps from machine-readable metadata: schema.org JSON-LD, else Open Graph
    /// `article:published_time`/`article:modified_time`, else `<time datetime>`. When present,
    /// these are `article.stamps`.
    public var structuredStamps: DatelineStamps?
    /// Stamps read from the visible dateline text.
    public var visibleStamps: DatelineStamps?
    /// True when both stamp sets exist and name a different minute for `published`, or for
    /// `modified` when both give one. Visible datelines show minutes, so seconds are ignored.
    public var stampMismatch: Bool
    /// Remarks a user should see, each starting with the input's name.
    public var warnings: [String]

    public init(
        article: Article, url: String? = nil, byline: String? = nil, structuredStamps: DatelineStamps? = nil,
        visibleStamps: DatelineStamps? = nil, stampMismatch: Bool = false, warnings: [String] = []
    ) {
        self.article = article
        self.url = url
        self.byline = byline
        self.structuredStamps = structuredStamps
        self.visibleStamps = visibleStamps
        self.stampMismatch = stampMismatch
        self.warnings = warnings
    }
}
