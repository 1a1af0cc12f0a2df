import ArticleText
import RevisionDiff

/// What a rule sees for one revision: the revision, the one before it (when there is one and
/// it could be read), the diff between them, and the thresholds.
struct RevisionContext: Sendable {
    let id: String
    let current: RevisionState
    let previous: RevisionState?
    /// `previous` → `current`; nil for the first revision read.
    let diff: RevisionDiff?
    let thresholds: AuditThresholds
    /// The earliest revision, other than the previous one, whose text the current one repeats
    /// (for `flip-flop`); nil when none.
    let restores: Int?
}
