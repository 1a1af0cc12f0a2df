import ArticleText

/// Gives every distinct token two small integer ids, so that the diff compares integers:
/// a raw id (same characters, up to canonical equivalence, as Swift compares strings; see
/// ``ByteKey``) and a key id (same ``TextKey/key(_:)``). Each distinct token is keyed once;
/// later occurrences cost one hash lookup and no allocation.
///
/// One interner is shared by every text of one diff, so ids are comparable across them.
final class TokenInterner {
    private var rawIds: [ByteKey: Int32] = [:]
    private var keyIds: [ByteKey: Int32] = [:]
    private(set) var keyOfRaw: [Int32] = []
    /// Characters of each raw token that count for similarity: 0 for whitespace.
    private(set) var weightOfRaw: [Int32] = []

    /// Number of distinct keys so far: key ids are `0..<keyCount`.
    var keyCount: Int { keyIds.count }

    /// Tokenizes and interns `text`.
    func tokenize(_ text: String) -> TokenizedText {
        let bounds = Tokenizer.boundaries(of: text)
        let count = bounds.count - 1
        var raws = [Int32](repeating: 0, count: max(count, 0))
        for index in 0..<max(count, 0) {
            raws[index] = rawId(text[bounds[index]..<bounds[index + 1]])
        }
        var keys = [Int32](repeating: 0, count: raws.count)
        var weights = [Int32](repeating: 0, count: raws.count)
        var total = 0
        for index in raws.indices {
            let raw = Int(raws[index])
            keys[index] = keyOfRaw[raw]
            weights[index] = weightOfRaw[raw]
            total += Int(weights[index])
        }
        return TokenizedText(text: text, bounds: bounds, raws: raws, keys: keys, weights: weights, totalWeight: total)
    }

    private func rawId(_ token: Substring) -> Int32 {
        let raw = ByteKey(token)
        if let id = rawIds[raw] { return id }
        let id = Int32(keyOfRaw.count)
        rawIds[raw] = id
        let key = TextKey.key(token)
        let keyId: Int32
        if let known = keyIds[ByteKey(key)] {
            keyId = known
        } else {
            keyId = Int32(keyIds.count)
            keyIds[ByteKey(key)] = keyId
        }
        keyOfRaw.append(keyId)
        // A whitespace run has the empty key.
        weightOfRaw.append(key.isEmpty ? 0 : Int32(token.count))
        return id
    }
}

/// A text cut into tokens, with the interned ids of each token.
struct TokenizedText {
    let text: String
    /// `count + 1` token boundaries.
    let bounds: [String.Index]
    let raws: [Int32]
    let keys: [Int32]
    /// Non-whitespace characters per token.
    let weights: [Int32]
    let totalWeight: Int

    var count: Int { raws.count }

    /// The original characters of tokens `range`.
    func text(_ range: Range<Int>) -> Substring {
        text[bounds[range.lowerBound]..<bounds[range.upperBound]]
    }

    /// Sum of weights of tokens `range`.
    func weight(_ range: Range<Int>) -> Int {
        var sum = 0
        for index in range { sum += Int(weights[index]) }
        return sum
    }
}
