import ArticleText
import DiffRender
import Foundation

/// GitHub Actions workflow commands, one per finding (GitHub Docs, "Workflow commands for
/// GitHub Actions": `::error`, `::warning`, `::notice` with a `title` property):
///
/// ```
/// ::error title=stealth-edit%3A article-00007 revision 5::text changed substantively …
/// ```
///
/// Escaping follows the runner (actions/toolkit `core/src/command.ts`): in the message `%`,
/// CR and LF become `%25`, `%0D`, `%0A`; in property values also `:` and `,` become `%3A` and
/// `%2C`. Control characters from article text are first made visible (`VisibleText`), so a
/// finding can neither inject a second command nor repaint the log. A summary line (not a
/// command) ends the output.
public struct GitHubReporter: AuditReporter {
    public init() {}

    public func render(_ report: AuditReport) -> String {
        var out = ""
        for finding in report.findings {
            var title = "\(finding.rule.rawValue): \(finding.id)"
            if let revision = finding.revision { title += " revision \(revision)" }
            var message = finding.message
            if let commit = finding.commit { message += " (commit \(commit))" }
            out += "::\(Self.command(finding.severity)) title=\(Self.escapeProperty(title))::\(Self.escapeData(message))\n"
        }
        out += "palimpsest audit: \(report.summaryLine)\n"
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message (`escapeData` in actions/toolkit).
    public static func escapeData(_ text: String) -> String {
        VisibleText.escape(text)
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value (`escapeProperty` in actions/toolkit).
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
