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
