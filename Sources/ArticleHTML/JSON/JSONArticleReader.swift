import ArticleText
import Foundation

/// Reads the JSON input (`--input json`): one object with
///
/// - `headline` (string, required);
/// - `paragraphs` (array of strings) or `body` (string, paragraphs split at blank lines), one
///   of them required; a paragraph string holding a blank line becomes several paragraphs,
///   so that the stored text reads back the same;
/// - `published`, `modified` (optional strings or null): ISO 8601 (see ``ISOStampReader``),
///   or a dateline text such as `Updated June 16, 2021 5:04 PM ET` read by ``StampParser``;
/// - `dateline` (optional string): the visible dateline, kept as the article's dateline; its
///   stamps are used where `published`/`modified` are absent;
/// - `url`, `byline` (optional strings).
///
/// Other fields are ignored.
struct JSONArticleReader {
    var stamps: StampParser

    func read(_ bytes: [UInt8], input: String) throws(ExtractionError) -> ExtractedArticle {
        let decoded: ArticleDecoder.Decoded
        do { decoded = try ArticleDecoder().decode(bytes, input: input) } catch { throw .article(error) }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(decoded.text.utf8))
        } catch {
            throw .invalidJSON(input: input, detail: "it does not parse as JSON")
        }
        guard let object = json as? [String: Any] else {
            throw .invalidJSON(input: input, detail: "the top level is not an object")
        }
        var warnings = decoded.warnings

        func string(_ field: String) throws(ExtractionError) -> String? {
            guard let value = object[field], !(value is NSNull) else { return nil }
            guard let text = value as? String else {
                throw .invalidField(input: input, field: field, reason: "must be a string")
            }
            return text
        }

        guard let rawHeadline = try string("headline") else { throw .missingField(input: input, field: "headline") }
        let headline = RenderedText.oneLine(rawHeadline).precomposedStringWithCanonicalMapping
        if headline.isEmpty { throw .invalidField(input: input, field: "headline", reason: "is blank; give the article's headline") }

        let paragraphs: [String]
        switch (object["paragraphs"], try string("body")) {
        case (.some, .some):
            throw .invalidField(input: input, field: "body", reason: "cannot be given together with \"paragraphs\"; give one of them")
        case (.some(let value), nil):
            guard let items = value as? [Any], let texts = items as? [String] else {
                throw .invalidField(input: input, field: "paragraphs", reason: "must be an array of strings")
            }
            paragraphs = texts.flatMap { RenderedText.blocks($0) }
        case (nil, .some(let body)):
            paragraphs = RenderedText.blocks(body)
        case (nil, nil):
            throw .missingField(input: input, field: "paragraphs")
        }
        if paragraphs.isEmpty {
            throw .invalidField(input: input, field: object["paragraphs"] == nil ? "body" : "paragraphs", reason: "holds no text; give the article's paragraphs")
        }

        let datelineText = try string("dateline").map(RenderedText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        let visible = datelineText.flatMap(stamps.parseDateline).map { DatelineStamps(published: $0.published, modified: $0.modified) }
        let published = try stamp("published", try string("published"), input: input, warnings: &warnings) { $0.published ?? $0.modified }
        let modified = try stamp("modified", try string("modified"), input: input, warnings: &warnings) { $0.modified ?? $0.published }
        let structured = published == nil && modified == nil ? nil : DatelineStamps(published: published, modified: modified)
        let mismatch = HTMLArticleReader.disagree(structured, visible)
        if mismatch {
            warnings.append("\(input): \"published\"/\"modified\" disagree with the dateline's stamps; recorded \"published\"/\"modified\"")
        }

        let article = Article(
            headline: headline, dateline: datelineText?.precomposedStringWithCanonicalMapping,
            stamps: DatelineStamps(published: published ?? visible?.published, modified: modified ?? visible?.modified),
            paragraphs: paragraphs)
        return ExtractedArticle(
            article: article, url: try string("url"), byline: try string("byline").map(RenderedText.oneLine),
            structuredStamps: structured, visibleStamps: visible, stampMismatch: mismatch, warnings: warnings)
    }

    /// Reads one stamp field: ISO 8601 first, then a dateline text, from which `pick` chooses.
    private func stamp(
        _ field: String, _ text: String?, input: String, warnings: inout [String], pick: (DatelineStamps) -> Stamp?
    ) throws(ExtractionError) -> Stamp? {
        guard let text else { return nil }
        if let reading = ISOStampReader(timeZone: stamps.timeZone).read(text) {
            if let warning = reading.warning { warnings.append("\(input): \(field) \(warning)") }
            return reading.stamp
        }
        if let parsed = stamps.parseDateline(text), parsed.invalid.isEmpty, let stamp = pick(parsed) {
            warnings += parsed.warnings.map { "\(input): \(field): \($0)" }
            return stamp
        }
        throw .invalidField(
            input: input, field: field,
            reason: "is \"\(text)\", neither an ISO 8601 date-time nor a dateline with an existing date; write e.g. 2021-06-16T17:04:00+02:00")
    }
}
