import ArticleText
import Foundation
import RevisionDiff

/// The whole `record` path as a library call: decode an input's bytes, parse the article,
/// and commit it to its article's chain with a one-line summary of the change.
///
/// Stamps without a zone are read in `timeZone` (`--timezone`), else the archive's configured
/// zone, else UTC with a warning (design §2).
public struct ArticleRecorder {
    public let archive: ArticleArchive
    public var timeZone: TimeZone
    /// Warnings about the set-up, e.g. that UTC was assumed.
    public private(set) var setupWarnings: [String] = []
    public var decoder = ArticleDecoder()

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

    /// Decodes and parses an input without recording it, so that a batch can be checked
    /// before any of it is written.
    /// - Throws: `ArchiveError.article` wrapping the `ArticleError`.
    public func parse(bytes: [UInt8], sourceName: String, captured: Date) throws(ArchiveError) -> ArticleParser.Result {
        do {
            return try parser(captured: captured).parse(bytes, input: sourceName, decoder: decoder)
        } catch {
            throw .article(error)
        }
    }

    func parser(captured: Date) -> ArticleParser {
        ArticleParser(stamps: StampParser(timeZone: timeZone, captured: captured))
    }

    /// What one recorded input produced.
    public struct Outcome: Sendable {
        public var result: RecordResult
        public var warnings: [String]
        public var summary: String?
    }

    /// One input of ``record(batch:captured:)``.
    public struct Capture: Sendable {
        /// The input exactly as received; stored under `source/<sourceName>`.
        public var bytes: [UInt8]
        /// The file's base name, also used to name the input in messages.
        public var sourceName: String
        /// A validated article id (``ArticleID``).
        public var id: String
        public var url: String?

        public init(bytes: [UInt8], sourceName: String, id: String, url: String? = nil) {
            self.bytes = bytes
            self.sourceName = sourceName
            self.id = id
            self.url = url
        }
    }

    /// Records many inputs, of one article or many, in the given order, through
    /// ``ArticleArchive/record(batch:summarize:)``: one durability barrier for the whole batch.
    /// Every input is decoded and parsed before anything is written.
    ///
    /// - Returns: one outcome per capture, in order.
    /// - Throws: `ArchiveError.article` for the first unreadable input (nothing is written), or
    ///   the archive's errors.
    public func record(batch captures: [Capture], captured: Date) throws(ArchiveError) -> [Outcome] {
        let parser = self.parser(captured: captured)
        var parsed: [ArticleParser.Result] = []
        var previousInBatch: [Int?] = []
        var lastIndex: [String: Int] = [:]
        for (index, capture) in captures.enumerated() {
            parsed.append(try parse(bytes: capture.bytes, sourceName: capture.sourceName, captured: captured))
            previousInBatch.append(lastIndex[capture.id])
            lastIndex[capture.id] = index
        }
        let inputs = zip(captures, parsed).map { capture, result in
            input(result.article, capture: capture, captured: captured)
        }
        // A revision usually follows the batch's previous capture of its article: diff those
        // pairs ahead, on every core, as the diffs are most of an import's work.
        let ahead = Summaries()
        let articles = parsed.map(\.article), follows = previousInBatch
        DispatchQueue.concurrentPerform(iterations: captures.count) { index in
            guard let previous = follows[index] else { return }
            ahead[index] = RevisionDiff(old: articles[previous], new: articles[index]).summaryLine
        }
        var summaries = [String?](repeating: nil, count: captures.count)
        let results = try archive.record(batch: inputs) { index, previousText in
            var line = "first revision"
            if let previousText {
                if let previous = previousInBatch[index], inputs[previous].canonicalText == previousText, let known = ahead[index] {
                    line = known
                } else if let previous = try? parser.parse(previousText, input: "tip").article {
                    line = RevisionDiff(old: previous, new: parsed[index].article).summaryLine
                }
            }
            summaries[index] = line
            return line
        }
        return results.indices.map { Outcome(result: results[$0], warnings: parsed[$0].warnings, summary: summaries[$0]) }
    }

    private func input(_ article: Article, capture: Capture, captured: Date) -> RevisionInput {
        RevisionInput(
            id: capture.id, url: capture.url, headline: article.headline, canonicalText: article.canonicalText,
            published: article.stamps.published, modified: article.stamps.modified,
            captured: Stamp(instant: captured, in: timeZone), paragraphCount: article.paragraphs.count,
            sources: [SourceFile(name: capture.sourceName, bytes: capture.bytes)])
    }

    /// Records one input.
    ///
    /// - Parameters:
    ///   - bytes: the input exactly as received; stored under `source/<sourceName>`.
    ///   - sourceName: the file's base name, also used to name the input in messages.
    ///   - id: a validated article id (``ArticleID``).
    ///   - captured: capture time; its offset is `timeZone`'s at that instant.
    /// - Throws: `ArchiveError.article` for unreadable input (nothing is written), or the
    ///   archive's errors.
    public func record(bytes: [UInt8], sourceName: String, id: String, url: String?, captured: Date) throws(ArchiveError) -> Outcome {
        let parser = self.parser(captured: captured)
        let parsed = try parse(bytes: bytes, sourceName: sourceName, captured: captured)
        let article = parsed.article
        let input = input(article, capture: Capture(bytes: bytes, sourceName: sourceName, id: id, url: url), captured: captured)
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
        return Outcome(result: result, warnings: parsed.warnings, summary: summary)
    }
}

/// Summary lines computed ahead by several threads, by input index.
private final class Summaries: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [Int: String] = [:]

    subscript(index: Int) -> String? {
        get { lock.lock(); defer { lock.unlock() }; return lines[index] }
        set { lock.lock(); lines[index] = newValue; lock.unlock() }
    }
}
