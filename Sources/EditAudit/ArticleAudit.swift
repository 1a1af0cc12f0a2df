/// What auditing one article produced.
public struct ArticleAudit: Sendable, Equatable {
    public var id: String
    /// Revisions audited: those captured at or after `since` (all when nil) that could be read.
    public var checkedRevisions: Int
    /// In revision order (article-wide findings first), then rule order; ignores applied.
    public var findings: [Finding]

    public init(id: String, checkedRevisions: Int, findings: [Finding]) {
        self.id = id
        self.checkedRevisions = checkedRevisions
        self.findings = findings
    }
}
