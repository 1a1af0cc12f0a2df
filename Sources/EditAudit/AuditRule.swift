/// The audit rules: what each checks, its identifier (as written in `.palimpsest.yml` and in
/// every report) and its default severity.
///
/// The rules come from issue 5 and design §4 (stamp deltas, duplicates). Each one looks at one
/// revision, usually against the previous revision of the same article; findings are attached
/// to the revision where the problem shows.
public enum AuditRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// The text changed substantively while `modified ?? published` did not advance (design §4
    /// `stealth_edit`). Default: error.
    case stealthEdit = "stealth-edit"
    /// The last stamp (`modified ?? published`) is earlier than the previous revision's.
    /// Default: error.
    case timestampRegression = "timestamp-regression"
    /// A revision's modified stamp is earlier than its published stamp. Reported where it
    /// starts (not again while the stamps stay the same). Default: error.
    case modifiedBeforePublished = "modified-before-published"
    /// The published stamp differs from the previous revision's. Default: warning.
    case publishedChanged = "published-changed"
    /// A published or modified stamp later than the revision's capture time by more than
    /// ``AuditThresholds/futureToleranceSeconds`` (default 300 s). Default: error.
    case futureStamp = "future-stamp"
    /// A revision holds duplicated paragraphs (exact, normalized or near, design §4) or repeats
    /// its headline as a paragraph. Reported where a duplication first appears. Default: warning.
    case duplicatedLede = "duplicated-lede"
    /// The headline changed. Default: info.
    case headlineChanged = "headline-changed"
    /// A revision deletes more than ``AuditThresholds/largeDeletionRatio`` (default 0.3) of the
    /// previous revision's words. Default: warning.
    case largeDeletion = "large-deletion"
    /// The text (headline and paragraphs) returns to an earlier revision's text after a
    /// different one: A → B → A. Default: warning.
    case flipFlop = "flip-flop"
    /// A revision states no published stamp (reported where it starts), or its text changed
    /// and it states no modified stamp. Default: info.
    case missingStamp = "missing-stamp"
    /// The archive itself is damaged: a ref under `refs/articles/` that cannot be resolved, an
    /// unreadable object, a broken or inconsistent chain, a revision that cannot be parsed.
    /// The audit reports it and goes on. Default: error.
    case archiveIntegrity = "archive-integrity"

    /// The severity a rule has unless `.palimpsest.yml` says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .stealthEdit, .timestampRegression, .modifiedBeforePublished, .futureStamp, .archiveIntegrity: .error
        case .publishedChanged, .duplicatedLede, .largeDeletion, .flipFlop: .warning
        case .headlineChanged, .missingStamp: .info
        }
    }

    /// One sentence: what the rule reports (SARIF `shortDescription`).
    public var summary: String {
        switch self {
        case .stealthEdit: "The text changed substantively while the modified (else published) stamp did not advance."
        case .timestampRegression: "The last stamp (modified, else published) went back compared with the previous revision."
        case .modifiedBeforePublished: "The modified stamp is earlier than the published stamp."
        case .publishedChanged: "The published stamp differs from the previous revision's."
        case .futureStamp: "A stamp is later than the time the revision was captured."
        case .duplicatedLede: "The revision repeats a paragraph, or repeats its headline as a paragraph."
        case .headlineChanged: "The headline changed."
        case .largeDeletion: "The revision deletes a large share of the previous revision's words."
        case .flipFlop: "The text returns to an earlier revision's text (A, B, then A again)."
        case .missingStamp: "The revision lacks a published stamp, or changed its text without a modified stamp."
        case .archiveIntegrity: "The archive is damaged: a broken ref, an unreadable object, or a broken chain of revisions."
        }
    }

    /// A name in UpperCamelCase (SARIF `reportingDescriptor.name`), e.g. `StealthEdit`.
    public var camelName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
