import ArticleText
/// The result of an audit: what was looked at and what was found.
public struct AuditReport: Sendable, Equatable {
    /// Ids of the articles audited, in audit order (sorted): ignored articles and articles
    /// without a revision in the `since` window are not listed.
    public var articles: [String]
    /// `articles.count`.
    public var checkedArticles: Int { articles.count }
    /// Revisions audited (those captured at or after `since`, when given).
    public var checkedRevisions: Int
    /// Ordered by article id (byte order), then revision (article-wide findings first), then
    /// rule in ``AuditRule`` declaration order.
    public var findings: [Finding]
    /// The configuration the audit ran with (reporters list the rules and their severities).
    public var configuration: AuditConfiguration

    public init(articles: [String], checkedRevisions: Int, findings: [Finding], configuration: AuditConfiguration) {
        self.articles = articles
        self.checkedRevisions = checkedRevisions
        self.findings = findings
        self.configuration = configuration
    }

    /// The most severe finding's severity; nil when there is none.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }

    /// True when some finding is at or above `threshold`.
    public func hasFinding(atOrAbove threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }

    /// How many findings have each severity.
    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// The closing line of the text and github reports, e.g. `checked 1 article, 4 revisions:
    /// 1 error, 0 warnings, 1 info` or `checked 2 articles, 8 revisions: no findings`.
    public var summaryLine: String {
        let count = CountText.phrase
        let checked = "checked \(count(checkedArticles, "article")), \(count(checkedRevisions, "revision")): "
        if findings.isEmpty { return checked + "no findings" }
        return checked + "\(count(self.count(.error), "error")), \(count(self.count(.warning), "warning")), \(self.count(.info)) info"
    }
}
