import ArticleText
import RevisionDiff

/// `large-deletion`: the revision deletes more than ``AuditThresholds/largeDeletionRatio`` of
/// the previous revision's paragraph words.
///
/// Deleted words are the `delete` word ops of every paragraph op (a deleted paragraph counts
/// whole, a changed, moved, split or merged one by its deleted words), except a deleted
/// paragraph that duplicates another paragraph of the old revision (`duplicate_of`): its text
/// survives in the other copy. Words inserted meanwhile do not offset deletions.
struct LargeDeletionCheck: RevisionCheck {
    let rule = AuditRule.largeDeletion

    func check(_ context: RevisionContext) -> [String] {
        guard let diff = context.diff, let previous = context.previous else { return [] }
        var deleted = 0
        for op in diff.paragraphs where op.op != .equal && op.op != .insert {
            if op.op == .delete, op.duplicateOf != nil { continue }
            for word in op.words where word.op == .delete { deleted += WordCount.words(in: word.text) }
        }
        guard deleted > 0 else { return [] }
        let total = previous.article.paragraphs.reduce(0) { $0 + WordCount.words(in: $1) }
        guard total > 0 else { return [] }
        let ratio = Double(deleted) / Double(total)
        guard ratio > context.thresholds.largeDeletionRatio else { return [] }
        let percent = Int((ratio * 100).rounded())
        let limit = Int((context.thresholds.largeDeletionRatio * 100).rounded())
        return ["deletes \(deleted) of the previous revision's \(CountText.phrase(total, "word")) (\(percent) %, limit \(limit) %): \(Describe.changes(diff))"]
    }
}
