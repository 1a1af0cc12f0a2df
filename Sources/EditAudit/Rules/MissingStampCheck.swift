/// `missing-stamp`: the revision states no published stamp (reported where that starts), or
/// its text changed and it states no modified stamp (so nothing dates the edit) while a stamp
/// dated it or the revision before.
struct MissingStampCheck: RevisionCheck {
    let rule = AuditRule.missingStamp

    func check(_ context: RevisionContext) -> [String] {
        let current = context.current
        var missing: [String] = []
        if current.published == nil, context.previous.map({ $0.published != nil }) ?? true {
            missing.append(current.modified == nil ? "no published or modified stamp" : "no published stamp")
        }
        if let diff = context.diff, current.modified == nil, current.published != nil || context.previous?.lastStamp != nil,
           diff.headline.changed || diff.paragraphs.contains(where: { $0.op != .equal }) {
            missing.append("text changed (\(Describe.changes(diff))) but the revision states no modified stamp")
        }
        return missing.isEmpty ? [] : [missing.joined(separator: "; ")]
    }
}
