import ArticleText
import Foundation

/// A revision's `meta.json`.
///
/// On disk: one JSON object, keys sorted, two-space indent, LF line ends, a final LF; every key
/// below is present and absent values are `null`. Three keys appear only for inputs that have
/// them (HTML pages): `byline`, and `visible_published` / `visible_modified` when the stamps
/// shown in the page's text disagree with its metadata (JSON-LD, meta tags), which win.
///
/// ```json
/// {
///   "captured": "2021-06-17T08:00:00+02:00",
///   "digest": "sha1:…",
///   "headline": "…",
///   "id": "…",
///   "modified": "2021-06-16T20:04:00+02:00",
///   "paragraphs": 7,
///   "published": "2021-06-16T17:04:00+02:00",
///   "revision": 2,
///   "url": null
/// }
/// ```
public struct RevisionMeta: Codable, Sendable, Equatable {
    public var id: String
    public var url: String?
    public var headline: String
    /// ISO 8601 with seconds and offset (``Stamp/iso8601``), or nil.
    public var published: String?
    /// ISO 8601 with seconds and offset, or nil.
    public var modified: String?
    /// ISO 8601 with seconds and offset: when this revision was captured.
    public var captured: String
    /// Position in the article's chain, from 1.
    public var revision: Int
    /// `sha1:` + the git blob id of `article.txt` (what `git hash-object article.txt` prints).
    public var digest: String
    /// Number of paragraphs, headline and dateline excluded.
    public var paragraphs: Int
    /// The author line of an HTML page, if it had one.
    public var byline: String?
    /// The visible dateline's stamps, kept only when they disagree with `published`/`modified`.
    public var visiblePublished: String?
    public var visibleModified: String?

    public init(id: String, url: String?, headline: String, published: String?, modified: String?,
                captured: String, revision: Int, digest: String, paragraphs: Int,
                byline: String? = nil, visiblePublished: String? = nil, visibleModified: String? = nil) {
        self.id = id
        self.url = url
        self.headline = headline
        self.published = published
        self.modified = modified
        self.captured = captured
        self.revision = revision
        self.digest = digest
        self.paragraphs = paragraphs
        self.byline = byline
        self.visiblePublished = visiblePublished
        self.visibleModified = visibleModified
    }

    /// True when the page's visible stamps disagreed with its metadata stamps.
    public var hasStampMismatch: Bool { visiblePublished != nil || visibleModified != nil }

    public var publishedStamp: Stamp? { published.flatMap { Stamp(iso8601: $0) } }
    public var modifiedStamp: Stamp? { modified.flatMap { Stamp(iso8601: $0) } }
    public var capturedStamp: Stamp? { Stamp(iso8601: captured) }

    enum CodingKeys: String, CodingKey {
        case id, url, headline, published, modified, captured, revision, digest, paragraphs, byline
        case visiblePublished = "visible_published", visibleModified = "visible_modified"
    }

    /// Encodes nil as `null` (not as a missing key), like ``jsonText``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(headline, forKey: .headline)
        try container.encode(published, forKey: .published)
        try container.encode(modified, forKey: .modified)
        try container.encode(captured, forKey: .captured)
        try container.encode(revision, forKey: .revision)
        try container.encode(digest, forKey: .digest)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encodeIfPresent(byline, forKey: .byline)
        try container.encodeIfPresent(visiblePublished, forKey: .visiblePublished)
        try container.encodeIfPresent(visibleModified, forKey: .visibleModified)
    }

    /// The exact `meta.json` text. Written by hand so that its bytes, and so commit ids, do not
    /// depend on a Foundation version's JSON formatting.
    public var jsonText: String {
        var fields: [(String, String)] = [
            ("captured", Self.quoted(captured)),
            ("digest", Self.quoted(digest)),
            ("headline", Self.quoted(headline)),
            ("id", Self.quoted(id)),
            ("modified", modified.map(Self.quoted) ?? "null"),
            ("paragraphs", String(paragraphs)),
            ("published", published.map(Self.quoted) ?? "null"),
            ("revision", String(revision)),
            ("url", url.map(Self.quoted) ?? "null"),
        ]
        if let byline { fields.append(("byline", Self.quoted(byline))) }
        if hasStampMismatch {
            fields.append(("visible_modified", visibleModified.map(Self.quoted) ?? "null"))
            fields.append(("visible_published", visiblePublished.map(Self.quoted) ?? "null"))
        }
        fields.sort { $0.0 < $1.0 }
        return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// Parses `meta.json` bytes; nil when they are not a meta object.
    init?(json bytes: [UInt8]) {
        guard let meta = try? JSONDecoder().decode(RevisionMeta.self, from: Data(bytes)) else { return nil }
        self = meta
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
