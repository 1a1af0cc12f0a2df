import ArticleText

/// What happened to a paragraph between two revisions (design §4).
public enum ParagraphOpKind: String, Sendable, Codable {
    /// Same text, character for character (NFC and NFD spellings count as the same).
    case equal
    /// Only in the new revision.
    case insert
    /// Only in the old revision.
    case delete
    /// Edited in place; also a paragraph whose key is unchanged but whose characters differ
    /// (class `typography` or `whitespace`).
    case change
    /// Reappears elsewhere in reading order, edited or not.
    case move
    /// One old paragraph became two adjacent new ones.
    case split
    /// Two adjacent old paragraphs became one new one.
    case merge
}

/// One step of the paragraph diff.
public struct ParagraphOp: Sendable, Equatable {
    public var op: ParagraphOpKind
    /// Indices into the old revision's paragraphs: empty for `insert`; `[i]` for `split`;
    /// `[i, i + 1]` for `merge`; `[i]` otherwise.
    public var old: [Int]
    /// Indices into the new revision's paragraphs: empty for `delete`; `[j, j + 1]` for
    /// `split`; `[j]` otherwise.
    public var new: [Int]
    /// For `change`, `move`, `split` and `merge`: how the texts differ (``TextKey/changeClass(_:_:)``
    /// of the old and new sides, multi-paragraph sides joined with a blank line). Nil for a move
    /// of identical text and for `equal`, `insert` and `delete`.
    public var changeClass: ChangeClass?
    /// For `change`, `move`, `split` and `merge`: ``WordDiff/similarity(_:_:)`` of the two sides,
    /// 0…1. Nil otherwise.
    public var similarity: Double?
    /// For `insert`: the index of another paragraph of the NEW revision with the same text
    /// (a ``Duplicate`` of any kind); for `delete`: the same in the OLD revision. Nil otherwise.
    public var duplicateOf: Int?
    /// The word diff of the op. `equal` → `[.equal(text)]`, `insert` → `[.insert(text)]`,
    /// `delete` → `[.delete(text)]`; the other ops carry a ``WordDiff``. Multi-paragraph
    /// sides are joined with `"\n\n"`.
    public var words: [WordOp]

    public init(
        op: ParagraphOpKind, old: [Int], new: [Int], changeClass: ChangeClass? = nil,
        similarity: Double? = nil, duplicateOf: Int? = nil, words: [WordOp]
    ) {
        self.op = op
        self.old = old
        self.new = new
        self.changeClass = changeClass
        self.similarity = similarity
        self.duplicateOf = duplicateOf
        self.words = words
    }
}
