import ArgumentParser
import ArticleArchive
import ArticleText
import DiffRender

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show an article's revisions: headline, stamps, capture time, deltas.",
        discussion: """
            Deltas: modified − published within a revision; the last stamp (modified,
            else published) against the previous revision's; and the capture delay,
            captured − last stamp. Text shows them as +3 h 11 min, JSON in seconds.
            """)

    @Option(help: "The article's id.")
    var id: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let history = try archive.open().history(id: ArticleID.validate(id))
        let rows = LogRow.rows(history)
        switch format {
        case .json:
            Terminal.line(JSONText.encode(LogJSON(id: id, revisions: rows)))
        case .text:
            Terminal.write(rows.map(\.text).joined())
        }
    }
}

/// One revision as `log` shows it (design §6 fields plus the three deltas of issue 4).
struct LogRow: Encodable {
    let revision: Int
    let commit: String
    let headline: String
    let published: String?
    let modified: String?
    let captured: String
    let paragraphs: Int
    let modified_minus_published_seconds: Int?
    let stamp_delta_seconds: Int?
    let capture_delay_seconds: Int?

    enum CodingKeys: String, CodingKey {
        case revision, commit, headline, published, modified, captured, paragraphs
        case modified_minus_published_seconds, stamp_delta_seconds, capture_delay_seconds
    }

    /// Absent stamps and deltas are written as null, never dropped (design §6).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(revision, forKey: .revision)
        try c.encode(commit, forKey: .commit)
        try c.encode(headline, forKey: .headline)
        try c.encode(published, forKey: .published)
        try c.encode(modified, forKey: .modified)
        try c.encode(captured, forKey: .captured)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(modified_minus_published_seconds, forKey: .modified_minus_published_seconds)
        try c.encode(stamp_delta_seconds, forKey: .stamp_delta_seconds)
        try c.encode(capture_delay_seconds, forKey: .capture_delay_seconds)
    }

    static func rows(_ history: [RevisionRecord]) -> [LogRow] {
        var previousLast: Stamp?
        return history.map { record in
            let m = record.meta
            let published = m.publishedStamp, modified = m.modifiedStamp, captured = m.capturedStamp
            let last = modified ?? published
            defer { previousLast = last }
            return LogRow(
                revision: record.revision, commit: record.commit, headline: m.headline,
                published: m.published, modified: m.modified, captured: m.captured, paragraphs: m.paragraphs,
                modified_minus_published_seconds: seconds(published, modified),
                stamp_delta_seconds: seconds(previousLast, last),
                capture_delay_seconds: seconds(last, captured))
        }
    }

    static func seconds(_ from: Stamp?, _ to: Stamp?) -> Int? {
        guard let from, let to else { return nil }
        return Int(to.instant.timeIntervalSince(from.instant).rounded())
    }

    var text: String {
        func human(_ s: Int?) -> String { s.map(DurationText.format) ?? "n/a" }
        var out = "revision \(revision)  \(commit.prefix(12))  captured \(captured)\n"
        out += "  \(VisibleText.escape(headline, oneLine: true))\n"
        out += "  published \(published ?? "none")\n"
        out += "  modified  \(modified ?? "none")"
        if modified != nil { out += "  (\(human(modified_minus_published_seconds)) after published)" }
        out += "\n"
        if revision > 1 { out += "  stamps    \(human(stamp_delta_seconds)) since revision \(revision - 1)\n" }
        out += "  capture   \(human(capture_delay_seconds)) after the last stamp\n"
        out += "  \(CountText.phrase(paragraphs, "paragraph"))\n\n"
        return out
    }
}

struct LogJSON: Encodable {
    let id: String
    let revisions: [LogRow]
}
