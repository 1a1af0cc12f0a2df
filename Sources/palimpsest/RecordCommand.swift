import ArgumentParser
import ArticleArchive
import ArticleHTML
import ArticleText
import DiffRender
import Foundation

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record revisions of one article, in the order given.",
        discussion: """
            Inputs are the plain-text layout, a saved web page (HTML) or a JSON object
            ({"headline", "published", "modified", "url", "paragraphs" or "body"}); the
            format is detected unless --input names it. Every file is read and checked
            first; if one is unreadable nothing is recorded. A revision whose text and
            stamps equal the article's latest makes no commit (status "unchanged"). With
            --format json, one object per file, one per line.
            The id is --id, else made from --url, else from the page's canonical URL.
            Exit status: 0 recorded or unchanged; 2 bad input or archive error; 3 the
            page is a paywall or consent prompt (fetch it again; nothing recorded).
            """)

    @Argument(help: ArgumentHelp("Article files (plain-text layout); - reads standard input.", valueName: "FILE"))
    var files: [String]

    @Option(help: "The article's id (letters, digits, '-', '_', '.').")
    var id: String?

    @Option(help: "The article's URL; also gives the id when --id is absent.")
    var url: String?

    @Option(help: "Input format: text, html or json (default: detected).")
    var input: InputFormat?

    @Option(help: ArgumentHelp("Capture time, ISO 8601 with offset (default: now).", valueName: "DATE"))
    var captured: String?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE to record") }
        if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("`-` (standard input) can be given only once") }
    }

    func run() throws {
        if let id { _ = try ArticleID.validate(id) }
        let capturedAt = try TimeOption.parse(captured, option: "--captured")
        let recorder = try ArticleRecorder(archive: archive.open(), timeZone: zone.timezone)
        recorder.setupWarnings.forEach(Terminal.warn)

        let prepared = try files.map { path in
            try recorder.prepare(bytes: InputFile.read(path), sourceName: InputFile.sourceName(path), format: input, captured: capturedAt)
        }
        guard let idSource = id ?? url ?? prepared.compactMap(\.extracted.url).first else {
            throw CommandError("\(files[0]): no article id: give --id ID or --url URL")
        }
        let articleID = id == nil ? try ArticleID.fromURL(idSource) : idSource
        for item in prepared {
            let outcome = try recorder.record(item, id: articleID, url: url)
            outcome.warnings.forEach(Terminal.warn)
            let r = outcome.result
            switch format {
            case .json:
                Terminal.line(JSONText.encode(RecordJSON(r), pretty: false))
            case .text:
                let what = r.status == .recorded ? "recorded" : "unchanged"
                let summary = outcome.result.summary.map { ": \($0)" } ?? ""
                Terminal.line("\(what) \(r.id) revision \(r.revision) (\(r.commit.prefix(12)))\(summary)")
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

extension InputFormat: ExpressibleByArgument {}
