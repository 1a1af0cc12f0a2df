/// `future-stamp`: a published or modified stamp later than the revision's capture time by
/// more than ``AuditThresholds/futureToleranceSeconds``.
struct FutureStampCheck: RevisionCheck {
    let rule = AuditRule.futureStamp

    func check(_ context: RevisionContext) -> [String] {
        let current = context.current
        guard let captured = current.captured else { return [] }
        let tolerance = context.thresholds.futureToleranceSeconds
        var messages: [String] = []
        for (name, stamp) in [("published", current.published), ("modified", current.modified)] {
            guard let stamp else { continue }
            let ahead = Describe.seconds(from: captured, to: stamp)
            if ahead > tolerance {
                messages.append("\(name) stamp \(stamp.iso8601) is \(Describe.duration(ahead).dropFirst()) after the capture time \(captured.iso8601) (tolerance \(tolerance) s)")
            }
        }
        return messages.isEmpty ? [] : [messages.joined(separator: "; ")]
    }
}
