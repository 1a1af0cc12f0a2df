import ArgumentParser
import ArticleArchive
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record a tree of revisions in one process: DIR/<id>/<revision files>.",
        discussion: """
            Each subdirectory is an article id; its files are recorded in lexical order. Hidden
            files and files directly in DIR are skipped. Every file of the tree is read and
            checked before anything is written, so a bad file leaves the archive as it was.
            Articles are then written in batches of about 2000 files, each stored as one git
            pack and made durable at once (one flush of the file system before the refs move,
            one after).
            """)

    @Argument(help: ArgumentHelp("Directory of article directories.", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("Capture time for every revision, ISO 8601 with offset (default: now).", valueName: "DATE"))
    var captured: String?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    /// Files recorded per batch (whole articles at a time): one pack and one durability barrier
    /// each; also how many checked files are kept in memory rather than read twice.
    static let batchSize = 2000

    func run() throws {
        let fm = FileManager.default
        let capturedAt = try TimeOption.parse(captured, option: "--captured")
        let recorder = try ArticleRecorder(archive: archive.open(), timeZone: zone.timezone)
        recorder.setupWarnings.forEach(Terminal.warn)
        guard let ids = try? fm.contentsOfDirectory(atPath: directory) else {
            throw CommandError("\(directory): cannot list this directory; give DIR holding one directory per article")
        }
        // The tree: (id, article directory, files in lexical order).
        var tree: [(id: String, directory: String, files: [String])] = []
        for name in ids.sorted() where !name.hasPrefix(".") {
            let articleDir = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: articleDir, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let files = (try? fm.contentsOfDirectory(atPath: articleDir)) ?? []
            tree.append((try ArticleID.validate(name), articleDir, files.sorted().filter { !$0.hasPrefix(".") }))
        }
        // Check every file first, named by its path in messages (warnings too): nothing is
        // written unless all read. The first batch is kept rather than read and parsed again.
        var captures: [ArticleRecorder.Capture] = []
        func capture(_ article: (id: String, directory: String, files: [String]), _ file: String) throws -> ArticleRecorder.Capture {
            let path = (article.directory as NSString).appendingPathComponent(file)
            var prepared = try recorder.prepare(bytes: InputFile.read(path), sourceName: path, format: nil, captured: capturedAt)
            prepared.sourceName = file  // stored as source/<file name>
            return ArticleRecorder.Capture(prepared, id: article.id)
        }
        for article in tree {
            for file in article.files {
                let read = try capture(article, file)
                if captures.count < Self.batchSize { captures.append(read) }
            }
        }
        var recorded = 0, unchanged = 0
        var batch: [ArticleRecorder.Capture] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            for outcome in try recorder.record(batch: batch) {
                outcome.warnings.forEach(Terminal.warn)
                if outcome.result.status == .recorded { recorded += 1 } else { unchanged += 1 }
            }
            batch = []
        }
        var position = 0
        for article in tree {
            for file in article.files {
                batch.append(position < captures.count ? captures[position] : try capture(article, file))
                position += 1
            }
            if position >= captures.count { captures = [] }  // what was kept is in `batch` now
            if batch.count >= Self.batchSize { try flush() }
        }
        try flush()
        Terminal.line("imported \(tree.count) articles: \(recorded) revisions recorded, \(unchanged) unchanged")
    }
}
