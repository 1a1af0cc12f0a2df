/// JUnit XML as read by Jenkins' JUnit plugin and GitLab's `artifacts:reports:junit`: one
/// `<testsuite>` named `palimpsest audit`, one `<testcase>` per audited article
/// (`classname="palimpsest.audit"`, `name` = the article id), one `<failure>` per finding at
/// or above `failureThreshold` (`type` = the rule, `message` = severity, revision and
/// message); findings below it are listed in the test case's `<system-out>`, so they are
/// visible without failing the test. Everything written from data is XML-escaped.
public struct JUnitReporter: AuditReporter {
    /// The lowest severity that is a `<failure>`; nil for none (all findings go to
    /// `<system-out>`, as with `--fail-on never`).
    public var failureThreshold: Severity?

    public init(failureThreshold: Severity? = .info) {
        self.failureThreshold = failureThreshold
    }

    public func render(_ report: AuditReport) -> String {
        var byArticle: [String: [Finding]] = [:]
        var order = report.articles
        var listed = Set(order)
        for finding in report.findings {
            byArticle[finding.id, default: []].append(finding)
            if listed.insert(finding.id).inserted { order.append(finding.id) }
        }
        let failing = { (finding: Finding) in failureThreshold.map { finding.severity >= $0 } ?? false }
        let failures = order.count { byArticle[$0]?.contains(where: failing) ?? false }
        let counts = "tests=\"\(order.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\""

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"palimpsest audit\" \(counts)>\n"
        out += "  <testsuite name=\"palimpsest audit\" \(counts)>\n"
        for id in order {
            let findings = byArticle[id] ?? []
            let head = "    <testcase classname=\"palimpsest.audit\" name=\"\(XMLText.escape(id))\" time=\"0\""
            if findings.isEmpty {
                out += head + "/>\n"
                continue
            }
            out += head + ">\n"
            var quiet: [String] = []
            for finding in findings {
                let line = Self.line(finding)
                if failing(finding) {
                    out += "      <failure type=\"\(finding.rule.rawValue)\" message=\"\(XMLText.escape(line))\">"
                    out += XMLText.escape(Self.detail(finding)) + "</failure>\n"
                } else {
                    quiet.append(line)
                }
            }
            if !quiet.isEmpty {
                out += "      <system-out>" + XMLText.escape(quiet.joined(separator: "\n")) + "</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// `error stealth-edit revision 5: …`
    static func line(_ finding: Finding) -> String {
        var line = "\(finding.severity.rawValue) \(finding.rule.rawValue)"
        if let revision = finding.revision { line += " revision \(revision)" }
        return line + ": " + finding.message
    }

    static func detail(_ finding: Finding) -> String {
        var text = line(finding) + "\narticle: \(finding.id)"
        if let commit = finding.commit { text += "\ncommit: \(commit)" }
        return text
    }
}
