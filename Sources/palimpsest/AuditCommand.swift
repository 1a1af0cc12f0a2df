import ArgumentParser
import ArticleArchive
import ArticleText
import EditAudit
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit edit histories against the rules; report for humans or CI.",
        discussion: """
            Rules (default severity): stealth-edit, timestamp-regression,
            modified-before-published, future-stamp, archive-integrity (error);
            published-changed, duplicated-lede, large-deletion, flip-flop (warning);
            headline-changed, missing-stamp (info).
            Configuration: --config FILE, else ./.palimpsest.yml (see docs/ci.md).
            Exit status: 0 nothing at or above --fail-on; 1 a finding at or above it;
            2 the archive or configuration could not be used; 64 usage.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Audit only this article (repeatable).", valueName: "ID"))
    var id: [String] = []

    @Option(help: ArgumentHelp("Audit only revisions captured at or after DATE (ISO 8601, e.g. 2021-06-16T00:00:00+02:00 or 2021-06-16 for midnight UTC).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Configuration file (default: ./.palimpsest.yml when present).", valueName: "FILE"))
    var config: String?

    @Option(help: "Output format: text, json, junit, sarif or github.")
    var format: AuditFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above: error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(help: "Colour in the text format: auto (a terminal and NO_COLOR unset), always or never.")
    var color: ColorMode = .auto

    @Option(help: ArgumentHelp("Articles audited in parallel (default: the number of processors). The report does not depend on it.", valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let configuration = try loadConfiguration()
        let sinceDate = try since.map(Self.parseSince)
        let ids = try id.isEmpty ? nil : id.map { try ArticleID.validate($0) }
        let archive = try self.archive.open()
        let report: AuditReport
        do {
            var auditor = Auditor(configuration: configuration)
            if let jobs { auditor.workers = jobs }
            report = try auditor.audit(archive, ids: ids, since: sinceDate)
        } catch {
            throw CommandError(error.description)
        }
        let reporter: any AuditReporter
        switch format {
        case .text: reporter = TextReporter(color: Terminal.useColor(color))
        case .json: reporter = JSONReporter()
        case .junit: reporter = JUnitReporter(failureThreshold: failOn.threshold)
        case .sarif: reporter = SARIFReporter(archivePath: self.archive.path)
        case .github: reporter = GitHubReporter()
        }
        Terminal.write(reporter.render(report))
        if let threshold = failOn.threshold, report.hasFinding(atOrAbove: threshold) {
            throw ExitCode(1)
        }
    }

    func loadConfiguration() throws -> AuditConfiguration {
        var path = config
        if path == nil, FileManager.default.fileExists(atPath: AuditConfiguration.defaultFileName) {
            path = AuditConfiguration.defaultFileName
        }
        guard let path else { return AuditConfiguration() }
        do {
            return try ConfigurationFile.load(path: path)
        } catch {
            // Yams quotes the offending line: one line, controls shown, like every error.
            throw CommandError("configuration " + VisibleText.escape(error.description, oneLine: true))
        }
    }

    /// ISO 8601 with offset, or a bare `YYYY-MM-DD` (midnight UTC).
    static func parseSince(_ text: String) throws -> Date {
        try TimeOption.parse(text.count == 10 ? text + "T00:00:00Z" : text, option: "--since",
                             forms: "an ISO 8601 date; write e.g. 2021-06-16 or 2021-06-16T20:30:00+02:00")
    }
}

enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, sarif, github
}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}
