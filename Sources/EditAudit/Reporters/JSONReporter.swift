import DiffRender

/// The design §6 JSON shape, keys sorted, two-space indented:
///
/// ```json
/// {"schema": "palimpsest.audit/1",
///  "checked": {"articles": 200, "revisions": 1000},
///  "findings": [{"rule": "stealth-edit", "severity": "error", "id": "article-00007",
///                "revision": 5, "commit": "3f2a…", "message": "…"}]}
/// ```
///
/// `revision` and `commit` are `null` for a finding about a whole article (a broken ref).
public struct JSONReporter: AuditReporter {
    public static let schema = "palimpsest.audit/1"

    public init() {}

    public func render(_ report: AuditReport) -> String {
        let document = Document(
            schema: Self.schema,
            checked: Checked(articles: report.checkedArticles, revisions: report.checkedRevisions),
            findings: report.findings.map(Entry.init))
        return JSONText.encode(document) + "\n"
    }

    struct Document: Encodable {
        let schema: String
        let checked: Checked
        let findings: [Entry]
    }

    struct Checked: Encodable {
        let articles: Int
        let revisions: Int
    }

    struct Entry: Encodable {
        let finding: Finding

        init(_ finding: Finding) { self.finding = finding }

        enum Key: String, CodingKey { case rule, severity, id, revision, commit, message }

        /// Every key present; absent values are `null`.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(finding.rule.rawValue, forKey: .rule)
            try container.encode(finding.severity.rawValue, forKey: .severity)
            try container.encode(finding.id, forKey: .id)
            try container.encode(finding.revision, forKey: .revision)
            try container.encode(finding.commit, forKey: .commit)
            try container.encode(finding.message, forKey: .message)
        }
    }
}
