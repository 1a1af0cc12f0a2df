import ArgumentParser
import ArticleArchive
import ArticleHTML
import ArticleText
import Foundation

@main
struct Palimpsest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palimpsest",
        abstract: "Keep every revision of a news article in git; explain what changed.",
        discussion: """
            Revisions live in a bare git repository (the archive): one ref per article,
            refs/articles/<id>, one commit per revision. Plain git can read it.
            The archive is --archive, else $PALIMPSEST_ARCHIVE, else ./archive.git.
            Exit status: 0 success; 2 bad input or archive error (nothing is written);
            3 a paywall or consent page given to record; 64 usage; audit exits 1 when
            it finds something at or above --fail-on.
            """,
        version: "palimpsest 0.1.0 (archive format \(ArticleArchive.formatVersion))",
        subcommands: [
            InitCommand.self, RecordCommand.self, ImportCommand.self, ListCommand.self,
            LogCommand.self, ShowCommand.self, DiffCommand.self, AuditCommand.self,
        ]
    )

    /// Our own errors print as one `error: …` line and exit 2; usage errors keep
    /// ArgumentParser's help and exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch ArchiveError.extraction(let error) {
            // A paywall or consent page is "fetch again", not bad input: its own status.
            if case .interstitial = error { fail(error.description, status: 3) }
            fail(error.description)
        } catch let error as ArchiveError {
            fail(error.description)
        } catch let error as ExtractionError {
            fail(error.description)
        } catch let error as ArticleError {
            fail(error.description)
        } catch let error as CommandError {
            fail(error.description)
        } catch {
            // ArgumentParser's own messages quote the arguments, which may carry control
            // characters: printed like ours, escaped (help and other successes go to stdout).
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if code == .success {
                if !message.isEmpty { Terminal.line(message) }
            } else if !message.isEmpty {
                Terminal.writeError(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    static func fail(_ message: String, status: Int32 = 2) -> Never {
        Terminal.writeErrorLine("error: \(message)")
        Foundation.exit(status)
    }
}

/// A failure of the command line itself (a file that cannot be read, a missing revision).
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
