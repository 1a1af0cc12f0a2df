import ArticleText

/// Everything that changed between two revisions of an article (design §4): headline,
/// publisher stamps, paragraph ops with their word ops, and duplicated paragraphs.
///
/// Pure: strings in, values out; no file system, no git. Cost is near-linear in the text size
/// (prefix/suffix trimming, patience anchors, Myers under ``DiffOptions/myersWorkLimit``,
/// candidate search capped by ``DiffOptions/candidatesPerParagraph``).
public struct RevisionDiff: Sendable, Equatable {
    public var headline: HeadlineDiff
    public var timestamps: StampDelta
    /// In the new revision's reading order; a deleted paragraph sits where it was, a moved,
    /// changed, split or merged one where it now is.
    public var paragraphs: [ParagraphOp]
    /// Paragraphs of the old revision repeating an earlier one (``DuplicateFinder``).
    public var duplicatesOld: [Duplicate]
    /// Paragraphs of the new revision repeating an earlier one.
    public var duplicatesNew: [Duplicate]
    public var summary: DiffSummary
    /// A substantive change anywhere: the headline's or a paragraph's class is `substantive`,
    /// or a paragraph was inserted, deleted or moved (a new reading order is a new text).
    public var isSubstantive: Bool
    /// One line for a commit message, e.g. `1 paragraph changed, 1 moved, 1 deleted; modified
    /// +3 h`, `headline changed; modified unchanged (stealth edit)`, `no text change; stamps
    /// only; modified +20 min`, or `no change`.
    public var summaryLine: String

    public init(old: Article, new: Article, options: DiffOptions = DiffOptions()) {
        let (workspace, old, new) = PreparedRevision.pair(old, new, options: options)
        self.init(old: old, new: new, workspace: workspace)
    }

    /// The diff of two revisions prepared in `workspace`.
    init(old: PreparedRevision, new: PreparedRevision, workspace: DiffWorkspace) {
        duplicatesOld = old.duplicates
        duplicatesNew = new.duplicates
        paragraphs = ParagraphAligner(
            old: old.side, new: new.side, workspace: workspace,
            duplicateOfOld: old.duplicateOf, duplicateOfNew: new.duplicateOf
        ).ops()
        headline = HeadlineDiff(old: old, new: new, workspace: workspace)
        summary = DiffSummary(counting: paragraphs)

        let textChanged = headline.changed || paragraphs.contains { $0.op != .equal }
        isSubstantive = headline.changeClass == .substantive || paragraphs.contains {
            switch $0.op {
            case .insert, .delete, .move: true
            default: $0.changeClass == .substantive
            }
        }
        timestamps = StampDelta(old: old.article.stamps, new: new.article.stamps, textChanged: textChanged, substantive: isSubstantive)
        summaryLine = Self.summaryLine(headline: headline, summary: summary, paragraphs: paragraphs,
                                       textChanged: textChanged, substantive: isSubstantive, stamps: timestamps)
    }

    private static func summaryLine(
        headline: HeadlineDiff, summary: DiffSummary, paragraphs: [ParagraphOp],
        textChanged: Bool, substantive: Bool, stamps: StampDelta
    ) -> String {
        var parts: [String] = []
        if headline.changed { parts.append("headline changed") }
        if !summary.changesPhrase.isEmpty { parts.append(summary.changesPhrase) }
        var text = parts.joined(separator: ", ")
        if textChanged, !substantive {
            let classes = paragraphs.compactMap(\.changeClass) + [headline.changeClass].compactMap { $0 }
            text += classes.allSatisfy { $0 == .whitespace } ? " (whitespace only)" : " (typography only)"
        }

        let stampsChanged = stamps.old.published != stamps.new.published || stamps.old.modified != stamps.new.modified
        var stampText: String?
        if let delta = stamps.modifiedDeltaSeconds {
            // The last stamp is the published one when neither revision states a modified one.
            let name = stamps.old.modified == nil && stamps.new.modified == nil ? "published" : "modified"
            stampText = delta == 0 ? "\(name) unchanged" : "\(name) \(DurationText.format(seconds: delta))"
        } else if stamps.stealthEdit {
            stampText = stamps.old.modified ?? stamps.old.published == nil ? "no stamps" : "stamps removed"
        }
        if stamps.stealthEdit { stampText! += " (stealth edit)" }

        if !textChanged {
            guard stampsChanged else { return "no change" }
            return (["no text change; stamps only"] + [stampText].compactMap { $0 }).joined(separator: "; ")
        }
        return ([text] + [stampText].compactMap { $0 }).joined(separator: "; ")
    }
}
