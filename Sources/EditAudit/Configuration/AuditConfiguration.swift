import Foundation

/// What an audit checks and how loudly: each rule's severity (or off), the thresholds, and the
/// ignores. Read from `.palimpsest.yml` (``ConfigurationFile``), or built in code.
public struct AuditConfiguration: Sendable, Equatable {
    /// The conventional file name, looked up in the current directory by `palimpsest audit`.
    public static let defaultFileName = ".palimpsest.yml"

    /// Severities that differ from the rules' defaults; a nil value turns the rule off.
    public var severities: [AuditRule: Severity?]
    public var thresholds: AuditThresholds
    /// Applied in order; a finding that any entry matches is dropped.
    public var ignores: [AuditIgnore]
    /// Where the configuration came from (a file path), or nil for the built-in defaults.
    public var source: String?

    public init(severities: [AuditRule: Severity?] = [:], thresholds: AuditThresholds = AuditThresholds(),
                ignores: [AuditIgnore] = [], source: String? = nil) {
        self.severities = severities
        self.thresholds = thresholds
        self.ignores = ignores
        self.source = source
    }

    /// The rule's effective severity; nil when it is off.
    public func severity(of rule: AuditRule) -> Severity? {
        if let configured = severities[rule] { return configured }
        return rule.defaultSeverity
    }

    /// True when the rule reports anything.
    public func isEnabled(_ rule: AuditRule) -> Bool { severity(of: rule) != nil }

    /// True when an ignore entry drops the whole article, so it need not be read.
    public func skipsArticle(_ id: String) -> Bool { ignores.contains { $0.skipsArticle(id) } }

    /// True when an ignore entry drops `finding`.
    public func ignores(_ finding: Finding) -> Bool { ignores.contains { $0.drops(finding) } }
}
