import ArticleText
import Foundation

/// Reads an article out of an HTML page (see ``ArticleExtractor`` for the rules' summary).
struct HTMLArticleReader {
    var stamps: StampParser
    var decoder = ArticleDecoder()

    func read(_ bytes: [UInt8], input: String) throws(ExtractionError) -> ExtractedArticle {
        var warnings: [String] = []
        let page = try parse(bytes, input: input, warnings: &warnings)
        let body = page.first { $0.name == "body" } ?? page
        let metadata = PageMetadata(page: page)

        var linkedDataWarnings: [String] = []
        let scripts = page.descendants { $0.name == "script" && Self.isJSONLD($0["type"]) }.map(\.rawText)
        let linkedData = LinkedData.read(scripts: scripts, warnings: &linkedDataWarnings)
        warnings += linkedDataWarnings.map { "\(input): \($0)" }

        let headline = [linkedData?.headline, metadata.meta["og:title"].map(RenderedText.oneLine),
                        body.first { $0.name == "h1" }.map { RenderedText.oneLine($0.rawText) }]
            .compactMap { $0 }.first { !$0.isEmpty }
        guard let headline else { throw .noHeadline(input: input) }

        let (root, rootIsArticle) = Self.articleRoot(in: body)
        let finder = VisibleDateline(stamps: stamps)
        let dateline = finder.find(in: root) ?? finder.find(in: body)
        if let bad = dateline?.stamps.invalid.first {
            warnings.append("\(input): the visible stamp \"\(bad.text)\" names a date or time that does not exist (\(bad.reason)); ignored")
        }
        let visible = dateline.map { DatelineStamps(published: $0.stamps.published, modified: $0.stamps.modified) }
        warnings += dateline?.stamps.warnings.map { "\(input): \($0)" } ?? []

        let structured = structuredStamps(linkedData: linkedData, metadata: metadata, root: root, input: input, warnings: &warnings)
        let mismatch = Self.disagree(structured, visible)
        if mismatch, let structured, let visible {
            warnings.append("\(input): the page's metadata says \(Self.describe(structured)) but its visible dateline says \(Self.describe(visible)); recorded the metadata's stamps")
        }

        let byline = linkedData.flatMap { $0.authors.isEmpty ? nil : Self.unique($0.authors).joined(separator: ", ") }
            ?? metadata.meta["author"].map(RenderedText.oneLine)
            ?? metadata.authorLink
            ?? body.first { $0.classAndID.contains("byline") }.map { RenderedText.oneLine($0.rawText) }

        var excluded: Set<String> = []
        if let dateline { excluded.insert(dateline.text) }
        let paragraphs = BodyText(excluded: excluded).paragraphs(in: root, rootIsArticle: rootIsArticle)

        let detector = InterstitialDetector()
        if let kind = detector.kind(page: body, paragraphs: paragraphs) { throw .interstitial(input: input, kind: kind) }
        if paragraphs.isEmpty { throw .noParagraphs(input: input) }
        if detector.isTruncated(page: body) {
            warnings.append("\(input): the page says part of the article is for subscribers only; the recorded text may be cut short")
        }

        let article = Article(
            headline: headline.precomposedStringWithCanonicalMapping, dateline: dateline?.text,
            stamps: structured ?? visible ?? DatelineStamps(), paragraphs: paragraphs)
        if structured == nil && visible == nil {
            warnings.append("\(input): no publication stamps found (no schema.org dates, article:published_time, <time datetime> or visible dateline)")
        }
        // A page can be valid UTF-8 and still carry text that was encoded twice upstream.
        do { _ = try decoder.decode(Array(article.canonicalText.utf8), input: input) } catch { throw .article(error) }

        return ExtractedArticle(
            article: article,
            url: metadata.canonical ?? metadata.meta["og:url"] ?? linkedData?.url,
            byline: byline.flatMap { $0.isEmpty ? nil : $0 },
            structuredStamps: structured, visibleStamps: visible, stampMismatch: mismatch, warnings: warnings)
    }

    /// Parses the page. Valid UTF-8 is read as UTF-8 whatever the page declares (a declared
    /// legacy charset on valid UTF-8 is almost always stale); otherwise the declared charset
    /// is used, else Windows-1252 (WHATWG Encoding's default for such pages), with a warning.
    private func parse(_ bytes: [UInt8], input: String, warnings: inout [String]) throws(ExtractionError) -> HTMLElement {
        if bytes.count > decoder.byteLimit {
            throw .article(.tooLarge(input: input, bytes: bytes.count, limit: decoder.byteLimit))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ RenderedText.isASCIIWhitespace(Unicode.Scalar($0)) }) { throw .article(.empty(input: input)) }
        if String(validating: body, as: UTF8.self) != nil {
            guard let parsed = HTMLTreeParser.parse(Array(body), encoding: "UTF-8") else { throw .unreadableHTML(input: input) }
            return parsed.root
        }
        if let parsed = HTMLTreeParser.parse(bytes, encoding: nil), let declared = parsed.encoding {
            warnings.append("\(input): not UTF-8; decoded as \(declared), as the page declares")
            return parsed.root
        }
        guard let parsed = HTMLTreeParser.parse(bytes, encoding: "windows-1252") else { throw .unreadableHTML(input: input) }
        warnings.append("\(input): not UTF-8 and no charset declared; decoded as Windows-1252")
        return parsed.root
    }

    /// `type="application/ld+json"`, ASCII case-insensitive, parameters ignored.
    private static func isJSONLD(_ type: String?) -> Bool {
        type?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == "application/ld+json"
    }

    /// The element holding the article: of the `<article>` and `[itemprop=articleBody]`
    /// elements, the one with the most `<p>` text (the outer one on a tie); else `<main>`;
    /// else `body`. The flag tells whether the root is itself the article, whose own header
    /// and footer then count as article.
    static func articleRoot(in body: HTMLElement) -> (HTMLElement, Bool) {
        let candidates = body.descendants { $0.name == "article" || $0["itemprop"] == "articleBody" }
        func weight(_ element: HTMLElement) -> Int {
            element.descendants { $0.name == "p" }.reduce(0) { $0 + RenderedText.oneLine($1.rawText).count }
        }
        var best: (element: HTMLElement, weight: Int)?
        for candidate in candidates {
            let w = weight(candidate)
            if w > (best?.weight ?? 0) { best = (candidate, w) }
        }
        if let best { return (best.element, true) }
        if let main = body.first(where: { $0.name == "main" || $0["role"] == "main" }) { return (main, false) }
        return (body, false)
    }

    /// Stamps from metadata, each of `published` and `modified` from the first source that
    /// gives it: schema.org JSON-LD, Open Graph article times, microdata `itemprop` dates.
    /// Only when none gives either, the first two `<time datetime>` in the article (published,
    /// then modified when it differs). A value that does not read is skipped with a warning.
    private func structuredStamps(
        linkedData: LinkedData?, metadata: PageMetadata, root: HTMLElement, input: String, warnings: inout [String]
    ) -> DatelineStamps? {
        let reader = ISOStampReader(timeZone: stamps.timeZone)
        func read(_ candidates: [(String?, String)]) -> Stamp? {
            for case (let text?, let source) in candidates where !text.isEmpty {
                guard let reading = reader.read(text) else {
                    warnings.append("\(input): \(source) \"\(text)\" is not an ISO 8601 date-time; ignored")
                    continue
                }
                if let warning = reading.warning { warnings.append("\(input): \(source) \(warning)") }
                return reading.stamp
            }
            return nil
        }
        var published = read([
            (linkedData?.datePublished, "schema.org datePublished"), (metadata.meta["article:published_time"], "article:published_time"),
            (metadata.itemprops["datePublished"], "itemprop datePublished"),
        ])
        var modified = read([
            (linkedData?.dateModified, "schema.org dateModified"), (metadata.meta["article:modified_time"], "article:modified_time"),
            (metadata.itemprops["dateModified"], "itemprop dateModified"),
        ])
        if published == nil && modified == nil {
            let times = root.descendants { $0.name == "time" && $0["datetime"] != nil }.compactMap { $0["datetime"] }
            published = read([(times.first, "<time datetime>")])
            modified = read([(times.dropFirst().first, "second <time datetime>")])
        }
        if published == nil && modified == nil { return nil }
        if let p = published, modified?.instant == p.instant { modified = nil }
        return DatelineStamps(published: published, modified: modified)
    }

    /// True when both sets give `published` (or both give `modified`) and those name
    /// different minutes, both as instants and as wall-clock times in their own offsets. A
    /// visible "2:00 PM" read in the archive's zone against metadata "14:00Z" is the same
    /// time with its zone unstated (a page's `<time>` text, a US page in a Paris archive),
    /// not a disagreement.
    static func disagree(_ a: DatelineStamps?, _ b: DatelineStamps?) -> Bool {
        guard let a, let b else { return false }
        func minute(_ stamp: Stamp, local: Bool) -> Double {
            floor((stamp.instant.timeIntervalSince1970 + (local ? Double(stamp.utcOffsetSeconds) : 0)) / 60)
        }
        func differ(_ x: Stamp?, _ y: Stamp?) -> Bool {
            guard let x, let y else { return false }
            return minute(x, local: false) != minute(y, local: false) && minute(x, local: true) != minute(y, local: true)
        }
        return differ(a.published, b.published) || differ(a.modified, b.modified)
    }

    private static func describe(_ stamps: DatelineStamps) -> String {
        [stamps.published.map { "published \($0.iso8601)" }, stamps.modified.map { "modified \($0.iso8601)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
