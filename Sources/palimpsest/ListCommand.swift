import ArgumentParser
import ArticleArchive
import ArticleText
import DiffRender

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the archive's articles with their revision counts.")

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Entry: Encodable {
        let id: String
        let revisions: Int
        let headline: String
        let captured: String
        let commit: String
    }

    func run() throws {
        let store = try archive.open()
        var entries: [Entry] = []
        var unreadable: [String] = []
        // One damaged article must not hide the others: list what reads, name what does not.
        for id in try store.articleIDs() {
            do {
                let history = try store.history(id: id)
                guard let tip = history.last else { continue }  // a chain has at least its tip
                entries.append(Entry(id: id, revisions: history.count, headline: tip.meta.headline,
                                     captured: tip.meta.captured, commit: tip.commit))
            } catch {
                unreadable.append(VisibleText.escape(id, oneLine: true))
                let reason = if case .git(_, let gitError) = error { gitError.description } else { error.description }
                Terminal.warn("refs/articles/\(unreadable.last!) cannot be read (\(reason)): not listed; run `palimpsest audit --archive \(store.path)` or `git --git-dir \(store.path) fsck --full` to see the damage")
            }
        }
        switch format {
        case .json:
            Terminal.line(JSONText.encode(["articles": entries]))
        case .text:
            for e in entries {
                Terminal.line("\(VisibleText.escape(e.id, oneLine: true))\t\(CountText.phrase(e.revisions, "revision"))\t\(VisibleText.escape(e.headline, oneLine: true))")
            }
        }
        if !unreadable.isEmpty {
            let count = CountText.phrase(unreadable.count, "article")
            throw CommandError("\(count) of \(store.path) cannot be read (\(unreadable.joined(separator: ", "))); the others are listed")
        }
    }
}
