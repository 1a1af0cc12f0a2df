import ArticleHTML
import ArticleText
import Foundation
import RevisionDiff

/// The whole `record` path as a library call: read an input (plain text, HTML or JSON),
/// extract the article, and commit it to its article's chain with a one-line summary of the
/// change.
///
/// Stamps without a zone are read in `timeZone` (`--timezone`), else the archive's configured
/// zone, else UTC with a warning (design §2).
public struct ArticleRecorder {
    public let archive: ArticleArchive
    public var timeZone: TimeZone
    /// Warnings about the set-up, e.g. that UTC was assumed.
    public private(set) var setupWarnings: [String] = []

    /// - Throws: `ArchiveError.invalidTimeZone` when `timeZone` or the archive's setting is not
    ///   an IANA zone name.
    public init(archive: ArticleArchive, timeZone explicitZone: String?) throws(ArchiveError) {
        self.archive = archive
        if let name = explicitZone ?? archive.defaultTimeZone {
            guard let zone = TimeZone(identifier: name) else { throw .invalidTimeZone(name) }
            timeZone = zone
        } else {
            timeZone = TimeZone(identifier: "UTC")!
            setupWarnings.append("no --timezone given and the archive has none set: stamps without a zone are read as UTC (set one with `palimpsest init --timezone ZONE` or --timezone)")
        }
    }

    /// One input, read and extracted but not yet recorded.
    public struct Prepared: Sendable {
        public var extracted: ExtractedArticle
        public var bytes: [UInt8]
        public var sourceName: String
        public var captured: Date
    }

    /// What one recorded input produced.
    public struct Outcome: Sendable {
        public var result: RecordResult
        public var warnings: [String]
        /// The one-line change summary written to the commit; nil when unchanged.
        public var summary: String?
    }

    /// Reads one input without recording it, so that a batch can be checked before any of it
    /// is written.
    ///
    /// - Parameters:
    ///   - bytes: the input exactly as received; stored later under `source/<sourceName>`.
    ///   - sourceName: the file's base name, also naming the input in messages.
    ///   - format: the input's format; nil detects it (``InputFormat/detect(_:)``).
    ///   - captured: capture time, also the reference for relative stamps (`il y a 2 heures`).
    /// - Throws: `ArchiveError.article` / `.extraction` for unreadable input.
    public func prepare(bytes: [UInt8], sourceName: String, format: InputFormat?, captured: Date) throws(ArchiveError) -> Prepared {
        let extractor = ArticleExtractor(stamps: StampParser(timeZone: timeZone, captured: captured))
        do {
            let extracted = try extractor.extract(bytes, format: format ?? InputFormat.detect(bytes), input: sourceName)
            return Prepared(extracted: extracted, bytes: bytes, sourceName: sourceName, captured: captured)
        } catch {
            if case .article(let articleError) = error { throw .article(articleError) }
            throw .extraction(error)
        }
    }

    /// Records a prepared input as the next revision of `id` (``ArticleID``), unless its text
    /// and stamps equal the latest revision's (status `unchanged`, no commit).
    ///
    /// - Parameter url: the article's URL; defaults to the page's canonical URL.
    /// - Throws: the archive's errors; nothing is half-written.
    public func record(_ prepared: Prepared, id: String, url: String?) throws(ArchiveError) -> Outcome {
        let extracted = prepared.extracted
        let article = extracted.article
        let input = RevisionInput(
            id: id, url: url ?? extracted.url, headline: article.headline, canonicalText: article.canonicalText,
            published: article.stamps.published, modified: article.stamps.modified,
            captured: Stamp(instant: prepared.captured, in: timeZone), paragraphCount: article.paragraphs.count,
            sources: [SourceFile(name: prepared.sourceName, bytes: prepared.bytes)],
            byline: extracted.byline, visibleStamps: extracted.stampMismatch ? extracted.visibleStamps : nil)
        let parser = ArticleParser(stamps: StampParser(timeZone: timeZone, captured: prepared.captured))
        var summary: String?
        let result = try archive.record(input) { previousText in
            // Called again on a compare-and-swap retry, with the tip that won meanwhile.
            var line = "first revision"
            if let previousText, let previous = try? parser.parse(previousText, input: "tip").article {
                line = RevisionDiff(old: previous, new: article).summaryLine
            }
            summary = line
            return line
        }
        return Outcome(result: result, warnings: extracted.warnings, summary: result.status == .recorded ? summary : nil)
    }

    /// ``prepare(bytes:sourceName:format:captured:)`` then ``record(_:id:url:)``.
    public func record(bytes: [UInt8], sourceName: String, id: String, url: String?, format: InputFormat? = nil, captured: Date) throws(ArchiveError) -> Outcome {
        try record(prepare(bytes: bytes, sourceName: sourceName, format: format, captured: captured), id: id, url: url)
    }
}
