import ArgumentParser
import ArticleArchive
import ArticleText
import DiffRender
import Foundation

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record revisions of one article, in the order given.",
        discussion: """
            Every file is read and checked first; if one is unreadable nothing is recorded.
            A revision whose text and stamps equal the article's latest makes no commit
            (status "unchanged"). With --format json, one object per file, one per line.
            """)

    @Argument(help: ArgumentHelp("Article files (plain-text layout); - reads standard input.", valueName: "FILE"))
    var files: [String]

    @Option(help: "The article's id (letters, digits, '-', '_', '.').")
    var id: String?

    @Option(help: "The article's URL; also gives the id when --id is absent.")
    var url: String?

    @Option(help: ArgumentHelp("Capture time, ISO 8601 with offset (default: now).", valueName: "DATE"))
    var captured: String?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE to record") }
        if id == nil && url == nil { throw ValidationError("give --id ID or --url URL to name the article") }
    }

    func run() throws {
        let articleID = try id.map(ArticleID.validate) ?? ArticleID.fromURL(url!)
        let capturedAt = try CaptureTime.parse(captured)
        let recorder = try ArticleRecorder(archive: archive.open(), timeZone: zone.timezone)
        recorder.setupWarnings.forEach(Terminal.warn)

        let inputs = try files.map { path in (path, try InputFile.read(path)) }
        for (path, bytes) in inputs {
            _ = try recorder.parse(bytes: bytes, sourceName: InputFile.sourceName(path), captured: capturedAt)
        }
        for (path, bytes) in inputs {
            let outcome = try recorder.record(
                bytes: bytes, sourceName: InputFile.sourceName(path), id: articleID, url: url, captured: capturedAt)
            outcome.warnings.forEach(Terminal.warn)
            let r = outcome.result
            switch format {
            case .json:
                print(JSONText.encode(RecordJSON(r), pretty: false))
            case .text:
                let what = r.status == .recorded ? "recorded" : "unchanged"
                let summary = r.status == .recorded ? outcome.summary.map { ": \($0)" } ?? "" : ""
                print("\(what) \(r.id) revision \(r.revision) (\(r.commit.prefix(12)))\(summary)")
            }
        }
    }
}

/// `record --format json`, design §6.
struct RecordJSON: Encodable {
    let id: String
    let status: String
    let revision: Int
    let commit: String
    init(_ r: RecordResult) {
        id = r.id; status = r.status.rawValue; revision = r.revision; commit = r.commit
    }
}

/// `--captured`: ISO 8601 with an offset (`2021-06-16T20:30:00+02:00` or `…Z`).
enum CaptureTime {
    static func parse(_ text: String?) throws -> Date {
        guard let text else { return Date() }
        guard let stamp = Stamp(iso8601: text) else {
            throw CommandError("--captured \(text): not an ISO 8601 time with offset; write e.g. 2021-06-16T20:30:00+02:00")
        }
        return stamp.instant
    }
}
