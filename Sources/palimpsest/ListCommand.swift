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
        let entries = try store.articleIDs().map { id in
            let history = try store.history(id: id)
            let tip = history.last!
            return Entry(id: id, revisions: history.count, headline: tip.meta.headline, captured: tip.meta.captured, commit: tip.commit)
        }
        switch format {
        case .json:
            Terminal.line(JSONText.encode(["articles": entries]))
        case .text:
            for e in entries {
                Terminal.line("\(VisibleText.escape(e.id, oneLine: true))\t\(e.revisions) revision\(e.revisions == 1 ? "" : "s")\t\(VisibleText.escape(e.headline, oneLine: true))")
            }
        }
    }
}
