import ArticleText

/// The revision a new one is recorded on top of, as `summarize` sees it.
public struct PreviousRevision: Sendable, Equatable {
    /// Its `article.txt`.
    public var canonicalText: String
    /// The stamps its `meta.json` recorded: they win over what its dateline text says (for a
    /// saved page, the metadata stamps were kept).
    public var published: Stamp?
    public var modified: Stamp?

    public init(canonicalText: String, published: Stamp?, modified: Stamp?) {
        self.canonicalText = canonicalText
        self.published = published
        self.modified = modified
    }
}
