import Foundation
import Testing
import TestSupport

/// What a new user types first (a fresh-user pass found no `--version` and the overview's
/// lines broken mid-sentence).
@Suite struct HelpAndVersionTests {
    @Test func versionNamesTheToolAndTheArchiveFormat() throws {
        let out = try CLI().run(["--version"])
        #expect(out.status == 0)
        #expect(out.stdout == "palimpsest 0.1.0 (archive format 1)\n")
    }

    /// ArgumentParser wraps at the terminal width (80 when not a terminal) on top of the
    /// discussion's own line breaks: each line must fit, or the rest of its sentence is left
    /// alone on the next line. So the overview reads the same at 80 columns as at 300.
    @Test(arguments: [[], ["init"], ["record"], ["import"], ["list"], ["log"], ["show"], ["diff"], ["audit"]])
    func helpOverviewIsNotRewrappedAtEightyColumns(command: [String]) throws {
        let cli = try CLI()
        func overview(columns: Int) throws -> String {
            let out = try cli.run(command + ["--help"], environment: ["COLUMNS": "\(columns)"])
            #expect(out.status == 0)
            return String(out.stdout.split(separator: "USAGE:")[0])
        }
        #expect(try overview(columns: 80) == (try overview(columns: 300)))
    }
}
