/// One thing the audit found (design §6 `findings[]`).
public struct Finding: Sendable, Hashable {
    /// The rule that fired.
    public var rule: AuditRule
    /// Its effective severity (the configured one, else the rule's default).
    public var severity: Severity
    /// The article id: the `<id>` of `refs/articles/<id>`, as listed (it may be invalid when the
    /// finding is about a broken ref).
    public var id: String
    /// The revision (from 1) the finding is about; nil when it concerns the article as a whole
    /// (e.g. a ref that does not resolve).
    public var revision: Int?
    /// That revision's commit id (40 lower-case hex digits), when known.
    public var commit: String?
    /// One line (no line breaks) in plain English, possibly quoting article text as is;
    /// reporters escape it for their format.
    public var message: String

    public init(rule: AuditRule, severity: Severity, id: String, revision: Int?, commit: String?, message: String) {
        self.rule = rule
        self.severity = severity
        self.id = id
        self.revision = revision
        self.commit = commit
        self.message = message
    }
}
