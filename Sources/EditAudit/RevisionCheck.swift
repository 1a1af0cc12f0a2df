/// A rule's logic: given one revision in context, the messages it reports (usually none or
/// one). The ``Auditor`` turns them into ``Finding``s with the configured severity.
protocol RevisionCheck: Sendable {
    var rule: AuditRule { get }
    func check(_ context: RevisionContext) -> [String]
}

/// The checks of every rule that looks at revisions (`archive-integrity` is the auditor's
/// own), in ``AuditRule`` order.
let allChecks: [any RevisionCheck] = [
    StealthEditCheck(), TimestampRegressionCheck(), ModifiedBeforePublishedCheck(), PublishedChangedCheck(),
    FutureStampCheck(), DuplicatedLedeCheck(), HeadlineChangedCheck(), LargeDeletionCheck(), FlipFlopCheck(),
    MissingStampCheck(),
]
