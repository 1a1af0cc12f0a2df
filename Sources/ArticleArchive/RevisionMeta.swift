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
        // History reads one per revision: JSONDecoder only for what the plain reader declines.
        if let meta = Self.plain(bytes) {
            self = meta
            return
        }
        guard let meta = try? JSONDecoder().decode(RevisionMeta.self, from: Data(bytes)) else { return nil }
        self = meta
    }

    /// The meta object of `bytes` read by ``FlatJSONObject``; nil when it declines them or a
    /// field is missing or of another type. What it accepts, `JSONDecoder` decodes alike.
    static func plain(_ bytes: [UInt8]) -> RevisionMeta? {
        guard let fields = bytes.withUnsafeBufferPointer({ FlatJSONObject.fields($0) }) else { return nil }
        var mistyped = false
        func optional(_ key: String) -> String? {
            switch fields[key] {
            case .string(let text)?: return text
            case .integer?: mistyped = true; return nil
            case .null?, nil: return nil
            }
        }
        func required(_ key: String) -> String? {
            guard case .string(let text)? = fields[key] else { return nil }
            return text
        }
        func integer(_ key: String) -> Int? {
            guard case .integer(let value)? = fields[key] else { return nil }
            return value
        }
        guard let id = required("id"), let headline = required("headline"), let captured = required("captured"),
              let revision = integer("revision"), let digest = required("digest"), let paragraphs = integer("paragraphs")
        else { return nil }
        let meta = RevisionMeta(
            id: id, url: optional("url"), headline: headline, published: optional("published"), modified: optional("modified"),
            captured: captured, revision: revision, digest: digest, paragraphs: paragraphs, byline: optional("byline"),
            visiblePublished: optional("visible_published"), visibleModified: optional("visible_modified"))
        return mistyped ? nil : meta
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

/// A strict reader for one flat JSON object (RFC 8259) whose values are strings, integers or
/// `null`: enough for ``RevisionMeta/plain(_:)``. It declines anything else (nesting, numbers
/// with a fraction or exponent, repeated keys, surrogate escapes, invalid UTF-8), which then
/// goes to `JSONDecoder`.
enum FlatJSONObject {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case null
    }

    /// Each key's value; nil when `bytes` are not such an object.
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Value]? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }
        func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            // Most strings have no escape: their bytes are the text.
            let start = index
            var ascii = true
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                ascii = ascii && bytes[index] < 0x80
                index += 1
            }
            if ascii, index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            var text = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    // Repaired bytes would not be what JSONDecoder reads: decline invalid UTF-8.
                    let decoded = String(decoding: text, as: UTF8.self)
                    return decoded.utf8.elementsEqual(text) ? decoded : nil
                case UInt8(ascii: "\\"):
                    guard let escaped = escape() else { return nil }
                    text += escaped
                case ..<0x20:
                    return nil
                default:
                    text.append(byte)
                }
            }
            return nil
        }
        func escape() -> [UInt8]? {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [byte]
            case UInt8(ascii: "b"): return [0x08]
            case UInt8(ascii: "f"): return [0x0C]
            case UInt8(ascii: "n"): return [0x0A]
            case UInt8(ascii: "r"): return [0x0D]
            case UInt8(ascii: "t"): return [0x09]
            case UInt8(ascii: "u"):
                guard index + 4 <= bytes.count,
                      let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + 4)]), as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(value) else { return nil }
                index += 4
                return Array(String(Character(scalar)).utf8)
            default: return nil
            }
        }
        func integer() -> Int? {
            let start = index
            _ = take(UInt8(ascii: "-"))
            let digits = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            // JSON: at least one digit, no leading zero.
            guard index > digits, bytes[digits] != UInt8(ascii: "0") || index == digits + 1 else { return nil }
            return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        func value() -> Value? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "n"):
                let null = "null".utf8
                guard bytes[index...].starts(with: null) else { return nil }
                index += null.count
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return integer().map(Value.integer)
            default:
                return nil
            }
        }

        var fields: [String: Value] = [:]
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let value = value(), fields.updateValue(value, forKey: key) == nil else { return nil }
                skipSpace()
                if take(UInt8(ascii: "}")) { break }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }
        skipSpace()
        return index == bytes.count ? fields : nil
    }
}
