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
        // Every file in order, with its article.
        let files = tree.flatMap { article in
            article.files.map { (id: article.id, path: (article.directory as NSString).appendingPathComponent($0), name: $0) }
        }
        // Reads and extracts files on every core; throws the first failure in file order. Files
        // are named by their path in messages (warnings too) and stored as source/<file name>.
        func prepared(_ range: Range<Int>) throws -> [ArticleRecorder.Capture] {
            let slice = files[range]
            let reads = slice.map { file in Result { try InputFile.read(file.path) } }
            let extracted = recorder.prepare(zip(slice, reads).map { file, read in ((try? read.get()) ?? [], file.path) },
                                             captured: capturedAt)
            return try zip(slice, zip(reads, extracted)).map { file, outcome in
                _ = try outcome.0.get()
                var prepared = try outcome.1.get()
                prepared.sourceName = file.name
                return ArticleRecorder.Capture(prepared, id: file.id)
            }
        }
        // Check every file first: nothing is written unless all read. The first batch is kept
        // rather than read and parsed again.
        var kept: [ArticleRecorder.Capture] = []
        for start in stride(from: 0, to: files.count, by: Self.batchSize) {
            let chunk = try prepared(start..<min(start + Self.batchSize, files.count))
            if start == 0 { kept = chunk }
        }
        var recorded = 0, unchanged = 0
        func record(_ range: Range<Int>) throws {
            guard !range.isEmpty else { return }
            let keptEnd = min(range.upperBound, kept.count)
            var batch = range.lowerBound < keptEnd ? Array(kept[range.lowerBound..<keptEnd]) : []
            batch += try prepared(max(keptEnd, range.lowerBound)..<range.upperBound)
            kept = []  // later batches start past it
            for outcome in try recorder.record(batch: batch) {
                outcome.warnings.forEach(Terminal.warn)
                if outcome.result.status == .recorded { recorded += 1 } else { unchanged += 1 }
            }
        }
        // Batches of whole articles, of at least batchSize files (but the last).
        var batchStart = 0, position = 0
        for article in tree {
            position += article.files.count
            if position - batchStart >= Self.batchSize {
                try record(batchStart..<position)
                batchStart = position
            }
        }
        try record(batchStart..<position)
        Terminal.line("imported \(tree.count) articles: \(recorded) revisions recorded, \(unchanged) unchanged")
    }
}
