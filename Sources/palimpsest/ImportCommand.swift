import ArgumentParser
import ArticleArchive
import ArticleText
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record a tree of revisions in one process: DIR/<id>/<revision files>.",
        discussion: """
            Each subdirectory is an article id; its files are recorded in lexical order.
            Hidden files and directories are skipped, and so, with a warning, are files
            directly in DIR, directories inside article directories, symbolic links
            (never followed), and files whose name is not UTF-8.
            A file already recorded (its article holds a source/<name> with the same
            bytes) is skipped, so running import again, e.g. after it was killed,
            records only what is missing (a kill while refs move can leave a ref lock
            file, which the error names).
            Every file of the tree is read and checked before anything is written, so a
            bad file leaves the archive as it was.
            Articles are then written in batches of about 2000 files, each stored as one
            git pack per core in use (objects whole; `git gc` compacts them) and made
            durable at once: one flush of the file system before the refs move, one after.
            """)

    @Argument(help: ArgumentHelp("Directory of article directories.", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("Capture time for every revision, ISO 8601 with offset (default: now).", valueName: "DATE"))
    var captured: String?

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    /// Files recorded per batch (whole articles at a time): a pack per writer and one durability
    /// barrier each; also how many checked files are kept in memory rather than read twice.
    static let batchSize = 2000

    /// A file of the tree once checked: to record, or recorded by an earlier import (with the
    /// blob id of the `article.txt` it became).
    private enum Entry {
        case capture(ArticleRecorder.Capture)
        case alreadyRecorded(text: String)
    }

    /// The file type of `path` itself (a link is not followed); nil when nothing is there.
    private static func kind(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    func run() throws {
        let fm = FileManager.default
        let capturedAt = try TimeOption.parse(captured, option: "--captured")
        let recorder = try ArticleRecorder(archive: archive.open(), timeZone: zone.timezone)
        recorder.setupWarnings.forEach(Terminal.warn)
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            let problem = switch Self.kind(directory) {
            case nil: "no such directory"
            case .typeDirectory?: "cannot list this directory (check its permissions)"
            default: "not a directory"
            }
            throw CommandError("\(directory): \(problem); give DIR holding one directory per article")
        }
        // The tree: (id, article directory, files in lexical order). Symbolic links are never
        // followed: a tree from elsewhere could point at any file of this machine.
        var tree: [(id: String, directory: String, files: [String])] = []
        var looseFiles: [String] = []
        var links: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let articleDir = (directory as NSString).appendingPathComponent(name)
            switch Self.kind(articleDir) {
            case .typeSymbolicLink:
                links.append(name)
                continue
            case .typeDirectory:
                break
            case nil:
                continue
            default:
                looseFiles.append(name)
                continue
            }
            var files: [String] = []
            for file in ((try? fm.contentsOfDirectory(atPath: articleDir)) ?? []).sorted() where !file.hasPrefix(".") {
                switch Self.kind((articleDir as NSString).appendingPathComponent(file)) {
                case .typeRegular: files.append(file)
                case .typeSymbolicLink: links.append((name as NSString).appendingPathComponent(file))
                case nil:
                    // Listed but not found by that name: a name that is not UTF-8, decoded lossily.
                    Terminal.warn("\(articleDir): skipped \(file), whose name is not UTF-8 (rename the file)")
                default: Terminal.warn("\(articleDir): skipped \(file), not a file (an article directory holds its revision files only)")
                }
            }
            // An empty directory has nothing to record: it is no article.
            guard !files.isEmpty else { continue }
            do {
                tree.append((try ArticleID.validate(name), articleDir, files))
            } catch {
                throw CommandError("\(articleDir): its name is the article id, and \(error); rename the directory")
            }
        }
        if !links.isEmpty {
            let shown = links.prefix(5).joined(separator: ", ") + (links.count > 5 ? " and \(links.count - 5) more" : "")
            Terminal.warn("\(directory): skipped \(CountText.phrase(links.count, "symbolic link")) (import never follows links): \(shown)")
        }
        if !looseFiles.isEmpty {
            // Most likely one article's own directory, given instead of the directory above it.
            guard !tree.isEmpty else {
                throw CommandError("\(directory) holds files but no article directories: import expects DIR/<id>/<files>, one directory per article named by its id; to record one article's files, use `palimpsest record FILE... --id ID`")
            }
            let shown = looseFiles.prefix(5).joined(separator: ", ") + (looseFiles.count > 5 ? " and \(looseFiles.count - 5) more" : "")
            Terminal.warn(looseFiles.count == 1
                ? "\(directory): skipped \(shown), not in an article directory (import reads DIR/<id>/<files>)"
                : "\(directory): skipped \(looseFiles.count) files not in an article directory (import reads DIR/<id>/<files>): \(shown)")
        }
        // Articles already in the archive (an import run again, e.g. after it was killed): what
        // their chains hold, read once before anything is written, so files recorded before are
        // skipped instead of added again as new revisions.
        var recordedBefore: [String: RecordedContent] = [:]
        for article in tree {
            recordedBefore[article.id] = try recorder.archive.recordedContent(id: article.id)
        }
        // Every file in order, with its article.
        let files = tree.flatMap { article in
            article.files.map { (id: article.id, path: (article.directory as NSString).appendingPathComponent($0), name: $0) }
        }
        // Reads and extracts files on every core; throws the first failure in file order. Files
        // are named by their path in messages (warnings too) and stored as source/<file name>.
        // A file whose bytes its article already holds under its name is not extracted again.
        func prepared(_ range: Range<Int>) throws -> [Entry] {
            let slice = Array(files[range])
            let reads = slice.map { file in Result { try InputFile.read(file.path) } }
            let known = try zip(slice, reads).map { file, read -> String? in
                guard let content = recordedBefore[file.id], let bytes = try? read.get() else { return nil }
                return try content.textID(ofSource: file.name, bytes: bytes)
            }
            let pending = slice.indices.filter { known[$0] == nil }
            var extracted = recorder.prepare(pending.map { ((try? reads[$0].get()) ?? [], slice[$0].path) },
                                             captured: capturedAt)[...]
            return try slice.indices.map { index in
                if let text = known[index] { return .alreadyRecorded(text: text) }
                _ = try reads[index].get()
                var prepared = try extracted.removeFirst().get()
                prepared.sourceName = slice[index].name
                return .capture(ArticleRecorder.Capture(prepared, id: slice[index].id))
            }
        }
        // Check every file first: nothing is written unless all read. The first batch is kept
        // rather than read and parsed again.
        var kept: [Entry] = []
        for start in stride(from: 0, to: files.count, by: Self.batchSize) {
            let chunk = try prepared(start..<min(start + Self.batchSize, files.count))
            if start == 0 { kept = chunk }
        }
        var recorded = 0, unchanged = 0, alreadyRecorded = 0
        func record(_ range: Range<Int>) throws {
            guard !range.isEmpty else { return }
            let keptEnd = min(range.upperBound, kept.count)
            var entries = range.lowerBound < keptEnd ? Array(kept[range.lowerBound..<keptEnd]) : []
            entries += try prepared(max(keptEnd, range.lowerBound)..<range.upperBound)
            kept = []  // later batches start past it
            // Ranges hold whole articles. The import that recorded an article's file also read
            // the files before it; those it found unchanged left no source/<name>, but their text
            // is in the chain: they are not new either.
            var lastKnown: [String: Int] = [:]
            for (offset, entry) in entries.enumerated() {
                if case .alreadyRecorded = entry { lastKnown[files[range.lowerBound + offset].id] = offset }
            }
            // A file right after a recorded one (or after such a file) with the same text was
            // found unchanged then: it is not new either, even if a later record moved the tip.
            var knownText: [String: String] = [:]
            var batch: [ArticleRecorder.Capture] = []
            for (offset, entry) in entries.enumerated() {
                let capture: ArticleRecorder.Capture
                switch entry {
                case .alreadyRecorded(let text):
                    knownText[files[range.lowerBound + offset].id] = text
                    alreadyRecorded += 1
                    continue
                case .capture(let next):
                    capture = next
                }
                if let content = recordedBefore[capture.id], let last = lastKnown[capture.id] {
                    let text = capture.prepared.extracted.article.canonicalText
                    let seen = offset < last ? try content.holdsText(text) : try knownText[capture.id] == content.textID(of: text)
                    if seen {
                        alreadyRecorded += 1
                        continue
                    }
                }
                knownText[capture.id] = nil
                batch.append(capture)
            }
            guard !batch.isEmpty else { return }
            // What the archive held when this import looked: an article that has moved since
            // (another import of the tree, running at once) skips the files it now holds.
            for outcome in try recorder.record(batch: batch, seen: recordedBefore.compactMapValues(\.tip)) {
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
        var counts = [CountText.phrase(recorded, "revision") + " recorded", "\(unchanged) unchanged"]
        if alreadyRecorded > 0 { counts.append("\(alreadyRecorded) already in the archive") }
        Terminal.line("imported \(CountText.phrase(tree.count, "article")): " + counts.joined(separator: ", "))
    }
}
