/// `stealth-edit`: the text changed substantively while `modified ?? published` did not
/// advance, or went away (design §4 `stealth_edit`, computed by `RevisionDiff`'s `StampDelta`).
struct StealthEditCheck: RevisionCheck {
    let rule = AuditRule.stealthEdit

    func check(_ context: RevisionContext) -> [String] {
        guard let diff = context.diff, diff.timestamps.stealthEdit, let previous = context.previous else { return [] }
        let changes = Describe.changes(diff)
        switch (previous.lastStamp, context.current.lastStamp) {
        case let (old?, new?) where old.instant == new.instant:
            return ["text changed substantively (\(changes)) but the last stamp stayed at \(new.iso8601)"]
        case let (old?, new?):
            return ["text changed substantively (\(changes)) but the last stamp went back from \(old.iso8601) to \(new.iso8601)"]
        case let (old?, nil):
            return ["text changed substantively (\(changes)) and the revision states no stamp, where revision \(previous.revision)'s last stamp was \(old.iso8601)"]
        default:
            return ["text changed substantively (\(changes)) and neither revision states a published or modified stamp"]
        }
    }
}
