/// How many paragraph ops of each kind a diff has.
public struct DiffSummary: Sendable, Equatable {
    public var equal, inserted, deleted, changed, moved, split, merged: Int

    public init(equal: Int = 0, inserted: Int = 0, deleted: Int = 0, changed: Int = 0, moved: Int = 0, split: Int = 0, merged: Int = 0) {
        self.equal = equal
        self.inserted = inserted
        self.deleted = deleted
        self.changed = changed
        self.moved = moved
        self.split = split
        self.merged = merged
    }

    /// The ops other than `equal`, e.g. `2 paragraphs changed, 1 moved, 1 deleted` (the noun
    /// on the first count only); empty when every paragraph is equal. The order is fixed:
    /// changed, moved, inserted, deleted, split, merged.
    public var changesPhrase: String {
        let counts = [("changed", changed), ("moved", moved), ("inserted", inserted),
                      ("deleted", deleted), ("split", split), ("merged", merged)].filter { $0.1 > 0 }
        return counts.enumerated().map { index, entry in
            let noun = index > 0 ? "" : entry.1 == 1 ? " paragraph" : " paragraphs"
            return "\(entry.1)\(noun) \(entry.0)"
        }.joined(separator: ", ")
    }

    init(counting ops: [ParagraphOp]) {
        self.init()
        for op in ops {
            switch op.op {
            case .equal: equal += 1
            case .insert: inserted += 1
            case .delete: deleted += 1
            case .change: changed += 1
            case .move: moved += 1
            case .split: split += 1
            case .merge: merged += 1
            }
        }
    }
}
