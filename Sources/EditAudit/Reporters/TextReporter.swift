import ArticleText
import DiffRender

/// Human-readable text: findings grouped by article, one line per finding, then a summary.
///
/// ```
/// article-00007
///   error    stealth-edit     revision 5  3f2a9c1d2e4b  text changed substantively (…) but …
///
/// checked 200 articles, 1000 revisions: 29 errors, 0 warnings, 0 info
/// ```
///
/// Article ids and messages go through `VisibleText.escape`, so article text never sends
/// control characters to the terminal. With `color`, severities are coloured with ANSI SGR
/// (red, yellow, cyan) and ids are bold; the command turns it on only for a terminal with
/// `NO_COLOR` unset (no-color.org).
public struct TextReporter: AuditReporter {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ report: AuditReport) -> String {
        var out = ""
        let ruleWidth = AuditRule.allCases.map(\.rawValue.count).max() ?? 0
        var currentID: String?
        for finding in report.findings {
            if finding.id != currentID {
                if currentID != nil { out += "\n" }
                out += paint("1", VisibleText.escape(finding.id)) + "\n"
                currentID = finding.id
            }
            let severity = finding.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            var line = "  " + paint(Self.code(finding.severity), severity) + " "
            line += finding.rule.rawValue.padding(toLength: ruleWidth, withPad: " ", startingAt: 0)
            if let revision = finding.revision { line += "  revision \(revision)" }
            if let commit = finding.commit { line += "  " + paint("2", String(commit.prefix(12))) }
            line += "  " + VisibleText.escape(finding.message)
            out += line + "\n"
        }
        if !report.findings.isEmpty { out += "\n" }
        out += report.summaryLine + "\n"
        return out
    }

    static func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    private func paint(_ code: String, _ text: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

}
