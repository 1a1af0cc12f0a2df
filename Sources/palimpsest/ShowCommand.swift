import ArgumentParser
import ArticleArchive
import DiffRender

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one revision's canonical text (article.txt).",
        discussion: "On a terminal, control characters from the article are shown as <U+XXXX>.")

    @Option(help: "The article's id.")
    var id: String

    @Option(help: "Revision number, from 1 (default: the latest).")
    var revision: Int?

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let store = try archive.open()
        let articleID = try ArticleID.validate(id)
        let number = try revision ?? store.history(id: articleID).count
        let text = try store.canonicalText(id: articleID, revision: number)
        Terminal.write(Terminal.stdoutIsTerminal ? VisibleText.escape(text) : text)
    }
}
