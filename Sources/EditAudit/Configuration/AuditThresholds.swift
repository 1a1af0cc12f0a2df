/// The numbers the rules compare against. Each can be set under `thresholds:` in
/// `.palimpsest.yml` (docs/ci.md).
public struct AuditThresholds: Sendable, Equatable {
    /// `future-stamp`: how far, in seconds, a stamp may lie after the capture time before it
    /// is reported. Absorbs clock skew between the publisher and the capturing machine.
    /// YAML `future-stamp-tolerance-seconds`; default 300 (5 minutes, issue 5); ≥ 0.
    public var futureToleranceSeconds: Int = 300
    /// `large-deletion`: the share of the previous revision's paragraph words that a revision
    /// may delete before it is reported (deleted ÷ previous, reported when greater).
    /// YAML `large-deletion-ratio`; default 0.3 (30 %, issue 5); 0…1.
    public var largeDeletionRatio: Double = 0.3
    /// `duplicated-lede`: the word similarity (0…1) from which two paragraphs of one revision
    /// count as `near` duplicates. YAML `near-duplicate-similarity`; default 0.9 (design §4).
    public var nearDuplicateSimilarity: Double = 0.9

    public init() {}
}
