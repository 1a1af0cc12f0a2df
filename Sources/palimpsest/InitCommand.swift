import ArgumentParser
import ArticleArchive
import ArticleText

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty archive (a bare git repository).")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var zone: ZoneOptions

    func run() throws {
        _ = try ArticleArchive.create(at: archive.path, timeZone: zone.timezone)
        let zoneNote = zone.timezone.map { ", stamps without a zone read in \($0)" } ?? ""
        Terminal.line("created archive \(VisibleText.escape(archive.path, oneLine: true))\(zoneNote)")
    }
}
