import ArticleText
import ArgumentParser
import ArticleArchive
import DiffRender

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one revision's canonical text (article.txt).",
        discussion: """
            Control characters and bidi overrides from the article are shown as
            <U+XXXX>, piped or not; --raw prints article.txt byte for byte.
            """)

    @Option(help: "The article's id.")
    var id: String

    @Option(help: "Revision number, from 1 (default: the latest).")
    var revision: Int?

    @Flag(help: "Print article.txt exactly as stored, control characters included.")
    var raw = false

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let store = try archive.open()
        let articleID = try ArticleID.validate(id)
        let number = try revision ?? store.history(id: articleID).count
        let text = try store.canonicalText(id: articleID, revision: number)
        Terminal.write(raw ? text : VisibleText.escape(text))
    }
}
