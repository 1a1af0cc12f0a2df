import ArgumentParser
import ArticleArchive
import ArticleHTML
import ArticleText
import DiffRender
import Foundation
import RevisionDiff

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Explain what changed between two revisions.",
        discussion: """
            Either two files (OLD NEW, plain-text layout) or two revisions of an
            archived article (--id, default: the latest against the one before).
            Paragraphs are paired by content: equal, insert, delete, change, move,
            split, merge, each with word-level edits and a class (substantive,
            typography, whitespace).
            """)

    @Argument(help: ArgumentHelp("Old and new article files.", valueName: "FILE"))
    var files: [String] = []

    @Option(help: "Diff revisions of this archived article instead of files.")
    var id: String?

    @Option(help: "Old revision number (default: the one before --to).")
    var from: Int?

    @Option(help: "New revision number (default: the latest).")
    var to: Int?

    @Option(help: "Format of OLD and NEW: text, html or json (default: detected).")
    var input: InputFormat?

    @Option(help: "Output format: terminal, word-diff, json or html.")
    var format: DiffFormat = .terminal

    @Option(help: "Colour in the terminal format: auto (a terminal and NO_COLOR unset), always or never.")
    var color: ColorMode = .auto

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    func validate() throws {
        if id == nil && files.count != 2 { throw ValidationError("give two files (OLD NEW) or --id ID") }
        if id != nil && !files.isEmpty { throw ValidationError("give either files or --id, not both") }
        if id == nil && (from != nil || to != nil) { throw ValidationError("--from and --to need --id") }
        if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("`-` (standard input) can be given only once") }
    }

    func run() throws {
        let (old, new) = try id == nil ? readFiles() : readArchive()
        let diff = RevisionDiff(old: old, new: new)
        switch format {
        case .json: Terminal.write(JSONDiffRenderer.render(diff))
        case .wordDiff: WordDiffRenderer.write(diff, to: Terminal.write)
        case .terminal: Terminal.write(TerminalRenderer.render(diff, color: Terminal.useColor(color)))
        case .html: Terminal.write(HTMLRenderer.render(diff, title: id ?? "\(files[0]) → \(files[1])"))
        }
    }

    func readFiles() throws -> (Article, Article) {
        let zoneName = zone.timezone ?? "UTC"
        let extractor = ArticleExtractor(stamps: StampParser(timeZone: TimeZone(identifier: zoneName)!))
        // Both files are read and parsed at once, one per core; warnings and errors are
        // reported in argument order.
        let files = files, input = input
        let results = Concurrently.map(files.count) { index in
            Result {
                let bytes = try InputFile.read(files[index])
                return try extractor.extract(bytes, format: input ?? InputFormat.detect(bytes), input: files[index])
            }
        }
        let extracted = try results.map { try $0.get() }
        // Warned only once both files are read: a failed diff prints its one error line.
        if zone.timezone == nil {
            Terminal.warn("no --timezone given: stamps without a zone are read as UTC")
        }
        extracted.forEach { $0.warnings.forEach(Terminal.warn) }
        return (extracted[0].article, extracted[1].article)
    }

    func readArchive() throws -> (Article, Article) {
        let store = try archive.open()
        let articleID = try ArticleID.validate(id!)
        let history = try store.history(id: articleID)
        let count = history.count
        if count < 2 && from == nil && to == nil {
            throw CommandError("article '\(articleID)' has only one revision, nothing to compare yet; `palimpsest show --id \(articleID)` prints it")
        }
        let newNumber = to ?? count
        let oldNumber = from ?? max(1, newNumber - 1)
        for number in [oldNumber, newNumber] where !(1...count).contains(number) {
            throw ArchiveError.unknownRevision(id: articleID, revision: number, latest: count)
        }
        // `--to 1` alone has no revision before it (an explicit `--from 1 --to 1` is honoured).
        if from == nil && newNumber == 1 {
            throw CommandError("revision 1 is the first revision of '\(articleID)', nothing before it to compare; give --to 2 or later (latest: \(count))")
        }
        return (try store.article(history[oldNumber - 1], id: articleID), try store.article(history[newNumber - 1], id: articleID))
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal
    case wordDiff = "word-diff"
    case json
    case html
}

extension ColorMode: ExpressibleByArgument {}
