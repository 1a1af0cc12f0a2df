import ArgumentParser
import ArticleArchive
import Foundation

/// `--archive DIR`, shared by every command that reads or writes an archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive (a bare git repository).", discussion: "Default: $PALIMPSEST_ARCHIVE, else ./archive.git.", valueName: "DIR"))
    var archive: String?

    var path: String {
        archive ?? ProcessInfo.processInfo.environment["PALIMPSEST_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 } ?? "./archive.git"
    }

    func open() throws -> ArticleArchive {
        try ArticleArchive(at: path)
    }
}

/// `--timezone ZONE`: the IANA zone for stamps that name none.
struct ZoneOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("IANA time zone for stamps without one, e.g. Europe/Paris.", discussion: "Default: the archive's zone (set by init), else UTC with a warning.", valueName: "ZONE"))
    var timezone: String?

    func validate() throws {
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("--timezone \(timezone): not an IANA time zone name (e.g. Europe/Paris, America/New_York, UTC)")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
