/// One `ignore:` entry of `.palimpsest.yml`: findings to drop, by article id pattern or by
/// commit, for all rules or only some.
public struct AuditIgnore: Sendable, Equatable {
    /// What the entry matches.
    public enum Target: Sendable, Equatable {
        /// Articles whose id matches the glob pattern (`*`, `?`, `[a-z]`, `[!x]`, `\` escapes).
        case article(GlobPattern)
        /// Findings on revisions whose commit id starts with this lower-case hex prefix
        /// (at least 7 digits, as `git log --abbrev` prints them; 40 for a full id).
        case commit(String)
    }

    public var target: Target
    /// The rules the entry silences; nil for all of them.
    public var rules: Set<AuditRule>?

    public init(target: Target, rules: Set<AuditRule>? = nil) {
        self.target = target
        self.rules = rules
    }

    /// True when the entry drops every finding of article `id`: the article need not be read.
    public func skipsArticle(_ id: String) -> Bool {
        guard rules == nil, case .article(let pattern) = target else { return false }
        return pattern.matches(id)
    }

    /// True when the entry drops `finding`.
    public func drops(_ finding: Finding) -> Bool {
        if let rules, !rules.contains(finding.rule) { return false }
        switch target {
        case .article(let pattern):
            return pattern.matches(finding.id)
        case .commit(let prefix):
            return finding.commit?.hasPrefix(prefix) ?? false
        }
    }
}
