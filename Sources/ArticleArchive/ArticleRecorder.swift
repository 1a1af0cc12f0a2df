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
        /// Also carries the one-line change summary written to the commit.
        public var result: RecordResult
        public var warnings: [String]
    }

    /// One input of ``record(batch:)``.
    public struct Capture: Sendable {
        public var prepared: Prepared
        /// A validated article id (``ArticleID``).
        public var id: String
        /// The article's URL; defaults to the page's canonical URL.
        public var url: String?

        public init(_ prepared: Prepared, id: String, url: String? = nil) {
            self.prepared = prepared
            self.id = id
            self.url = url
        }
    }

    /// Records many prepared inputs, of one article or many, in the given order, through
    /// ``ArticleArchive/record(batch:lanes:seen:summarize:)``: one durability barrier for the whole batch
    /// instead of an fsync per object. Prepare every input first, so that an unreadable one
    /// stops the batch before anything is written.
    ///
    /// - Parameter seen: each article's tip when the captures were chosen, as for
    ///   ``ArticleArchive/record(batch:lanes:seen:summarize:)``.
    /// - Returns: one outcome per capture, in order.
    /// - Throws: the archive's errors.
    public func record(batch captures: [Capture], seen: [String: String]? = nil) throws(ArchiveError) -> [Outcome] {
        // Each capture's previous capture of the same article in the batch, if any.
        var lastIndex: [String: Int] = [:]
        let previousInBatch: [Int?] = captures.indices.map { index in
            defer { lastIndex[captures[index].id] = index }
            return lastIndex[captures[index].id]
        }
        let inputs = captures.map { input($0.prepared, id: $0.id, url: $0.url) }
        let articles = captures.map(\.prepared.extracted.article)
        // A revision usually follows the batch's previous capture of its article: diff those
        // pairs ahead, each article's chain on one core (each revision prepared once for both
        // its diffs), as the diffs are most of an import's work.
        let chains = Array(Dictionary(grouping: captures.indices) { captures[$0].id }.values)
        let ahead = Dictionary(uniqueKeysWithValues: Concurrently.map(chains.count) { chain in
            let differ = RevisionChainDiffer()
            let indices = chains[chain]
            return zip(indices, indices.dropFirst()).map { previous, index in
                (index, differ.diff(old: articles[previous], new: articles[index]).summaryLine)
            }
        }.joined())
        let results = try archive.record(batch: inputs, seen: seen) { index, tip in
            guard let tip else { return "first revision" }
            if let previous = previousInBatch[index], inputs[previous].canonicalText == tip.canonicalText,
               inputs[previous].published == tip.published, inputs[previous].modified == tip.modified,
               let known = ahead[index] {
                return known
            }
            guard let previous = try? ArticleArchive.restoredArticle(tip.canonicalText, published: tip.published, modified: tip.modified, paragraphCount: nil, input: "tip") else {
                return "first revision"
            }
            return RevisionDiff(old: previous, new: articles[index]).summaryLine
        }
        return results.indices.map {
            Outcome(result: results[$0], warnings: captures[$0].prepared.extracted.warnings)
        }
    }

    private func input(_ prepared: Prepared, id: String, url: String?) -> RevisionInput {
        let extracted = prepared.extracted
        let article = extracted.article
        return RevisionInput(
            id: id, url: url ?? extracted.url, headline: article.headline, canonicalText: article.canonicalText,
            published: article.stamps.published, modified: article.stamps.modified,
            captured: Stamp(instant: prepared.captured, in: timeZone), paragraphCount: article.paragraphs.count,
            sources: [SourceFile(name: prepared.sourceName, bytes: prepared.bytes)],
            byline: extracted.byline, visibleStamps: extracted.stampMismatch ? extracted.visibleStamps : nil)
    }

    /// ``prepare(bytes:sourceName:format:captured:)`` for many inputs at once, on every core
    /// (formats detected), so that a whole tree can be checked before any of it is written.
    ///
    /// - Parameter inputs: each input's bytes and its name in messages (also its stored name).
    /// - Returns: one result per input, in order; a failure does not stop the others, so the
    ///   caller can report the first failure in input order.
    public func prepare(_ inputs: [(bytes: [UInt8], sourceName: String)], captured: Date) -> [Result<Prepared, ArchiveError>] {
        let zone = timeZone
        return Concurrently.map(inputs.count) { index in
            let input = inputs[index]
            return Result { () throws(ArchiveError) in
                try Self.prepare(bytes: input.bytes, sourceName: input.sourceName, format: nil, captured: captured, timeZone: zone)
            }
        }
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
        try Self.prepare(bytes: bytes, sourceName: sourceName, format: format, captured: captured, timeZone: timeZone)
    }

    /// The recorder-free (thread-safe) part of ``prepare(bytes:sourceName:format:captured:)``.
    private static func prepare(bytes: [UInt8], sourceName: String, format: InputFormat?, captured: Date,
                                timeZone: TimeZone) throws(ArchiveError) -> Prepared {
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
        let input = input(prepared, id: id, url: url)
        let result = try archive.record(input) { tip in
            // Called again on a compare-and-swap retry, with the tip that won meanwhile.
            guard let tip, let previous = try? ArticleArchive.restoredArticle(tip.canonicalText, published: tip.published, modified: tip.modified, paragraphCount: nil, input: "tip") else {
                return "first revision"
            }
            return RevisionDiff(old: previous, new: article).summaryLine
        }
        return Outcome(result: result, warnings: extracted.warnings)
    }

    /// ``prepare(bytes:sourceName:format:captured:)`` then ``record(_:id:url:)``.
    public func record(bytes: [UInt8], sourceName: String, id: String, url: String?, format: InputFormat? = nil, captured: Date) throws(ArchiveError) -> Outcome {
        try record(prepare(bytes: bytes, sourceName: sourceName, format: format, captured: captured), id: id, url: url)
    }
}
