import ArticleText

/// One capture of an article, as a caller hands it to ``ArticleArchive/record(_:summarize:)``.
public struct RevisionInput: Sendable {
    /// The article id: one reference-name component (no `/`, no `..`, no `~^:?*[\`, not
    /// starting with `.`, not ending in `.lock`); the ref is `refs/articles/<id>`.
    public var id: String
    /// Where the article was fetched from, if known.
    public var url: String?
    /// The headline, one line; the commit message's first line.
    public var headline: String
    /// `article.txt`: UTF-8, LF line ends (no CR), ending in LF.
    public var canonicalText: String
    /// The publisher's "published" stamp, if the article states one.
    public var published: Stamp?
    /// The publisher's latest "modified" stamp, if the article states one.
    public var modified: Stamp?
    /// When the capture was made, with the offset it was made in: the committer date.
    public var captured: Stamp
    /// Number of paragraphs (headline and dateline excluded), stored in `meta.json`; ≥ 0.
    public var paragraphCount: Int
    /// Input files, stored under `source/<name>` byte for byte. Names are unique, non-empty,
    /// without `/` or NUL, and not `.`, `..` or `.git`.
    public var sources: [SourceFile]
    /// The author line, when the input had one (HTML pages).
    public var byline: String?
    /// The stamps the page's visible dateline shows, when they disagree with `published` and
    /// `modified` (taken from its metadata); kept in `meta.json` for audit.
    public var visibleStamps: DatelineStamps?

    public init(id: String, url: String? = nil, headline: String, canonicalText: String,
                published: Stamp? = nil, modified: Stamp? = nil, captured: Stamp,
                paragraphCount: Int, sources: [SourceFile] = [], byline: String? = nil,
                visibleStamps: DatelineStamps? = nil) {
        self.id = id
        self.url = url
        self.headline = headline
        self.canonicalText = canonicalText
        self.published = published
        self.modified = modified
        self.captured = captured
        self.paragraphCount = paragraphCount
        self.sources = sources
        self.byline = byline
        self.visibleStamps = visibleStamps
    }
}

/// An input file kept beside a revision, e.g. the scraped `.txt` or `.html`.
public struct SourceFile: Sendable, Equatable {
    /// File name inside the revision's `source/` directory.
    public var name: String
    /// The file's bytes, exactly as read.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
