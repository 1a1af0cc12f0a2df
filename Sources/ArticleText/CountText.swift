/// Counted nouns in messages: `1 article`, `3 revisions`, `0 warnings`.
public enum CountText {
    /// `n` and `noun`, with an `s` unless `n` is 1 (every noun we count has a regular plural).
    public static func phrase(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
