/// How closely two paragraphs of one revision repeat each other (design §4).
public enum DuplicateKind: String, Sendable, Codable {
    /// The UTF-8 bytes are equal.
    case exact
    /// The comparison keys (``ArticleText/TextKey/key(_:)``) are equal, the bytes are not:
    /// e.g. a trailing no-break space, or `'` against `’`.
    case normalized
    /// ``WordDiff/similarity(_:_:)`` ≥ ``DiffOptions/nearDuplicateThreshold`` (0.9, design §4).
    case near
}

/// A paragraph that repeats an earlier one of the same revision.
public struct Duplicate: Sendable, Equatable {
    /// `[i, j]` with `i < j`: `j` repeats `i`, the earliest paragraph it repeats.
    public var paragraphs: [Int]
    public var kind: DuplicateKind

    public init(paragraphs: [Int], kind: DuplicateKind) {
        self.paragraphs = paragraphs
        self.kind = kind
    }
}
