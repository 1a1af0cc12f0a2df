/// What a word op does to the text (design §4).
public enum WordOpKind: String, Sendable, Codable {
    case equal, insert, delete
}

/// One run of tokens inside a word diff.
///
/// Concatenating the `text` of the `equal` and `delete` ops of a diff, in order, gives the old
/// text exactly; `equal` and `insert` give the new one. Adjacent ops never share a kind, and a
/// `delete` always comes before the `insert` it is replaced by.
public struct WordOp: Sendable, Equatable {
    public var op: WordOpKind
    /// Original characters, never a comparison key.
    public var text: String

    public init(op: WordOpKind, text: String) {
        self.op = op
        self.text = text
    }

    public static func equal(_ text: String) -> WordOp { WordOp(op: .equal, text: text) }
    public static func insert(_ text: String) -> WordOp { WordOp(op: .insert, text: text) }
    public static func delete(_ text: String) -> WordOp { WordOp(op: .delete, text: text) }
}
