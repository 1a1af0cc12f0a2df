import ArticleText

/// Deterministic pseudo-random article text for property tests (SplitMix64, so a seed always
/// gives the same text on every platform).
struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    static let words = [
        "le", "la", "les", "de", "des", "un", "une", "et", "à", "en", "président", "russe", "rencontre",
        "Genève", "été", "élaborée", "éliminée", "cybersécurité", "ambassadeurs", "prisonniers", "16", "2021",
        "a-t-il", "l'État", "d'un", "l’inverse", "aujourd'hui", "Biden", "Poutine", "mercredi", "constructive",
        "\"compromis\"", "«\u{00A0}dialogue\u{00A0}»", "(...)", "…", "测试", "東京", "👍🏽", "cafe\u{301}", "naïve", "Œuvre",
    ]
    static let separators = [" ", " ", " ", " ", " ", ", ", ". ", "\u{00A0}", "  ", " ; "]

    mutating func word() -> String {
        chance(15) ? "mot\(int(0..<5000))" : pick(Self.words)
    }

    mutating func paragraph(words count: Int) -> String {
        var text = word()
        for _ in 1..<max(count, 1) { text += pick(Self.separators) + word() }
        return text + pick([".", ".", "!", ".\u{00A0}", ""])
    }

    mutating func paragraphs() -> [String] {
        (0..<int(1..<10)).map { _ in paragraph(words: int(3..<40)) }
    }

    /// `paragraphs` after a few random edits: words replaced, paragraphs inserted, deleted,
    /// moved, split, merged, retyped.
    mutating func edit(_ paragraphs: [String]) -> [String] {
        var result = paragraphs
        for _ in 0..<int(1..<5) {
            switch int(0..<8) {
            case 0 where !result.isEmpty:
                let index = int(0..<result.count)
                var parts = result[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                parts[int(0..<parts.count)] = word()
                result[index] = parts.joined(separator: " ")
            case 1:
                result.insert(paragraph(words: int(3..<30)), at: int(0..<(result.count + 1)))
            case 2 where result.count > 1:
                result.remove(at: int(0..<result.count))
            case 3 where result.count > 1:
                let moved = result.remove(at: int(0..<result.count))
                result.insert(moved, at: int(0..<(result.count + 1)))
            case 4 where !result.isEmpty:
                let index = int(0..<result.count)
                if let space = result[index].firstIndex(of: " ") {
                    let head = String(result[index][..<space]), tail = String(result[index][result[index].index(after: space)...])
                    result[index] = head
                    result.insert(tail, at: index + 1)
                }
            case 5 where result.count > 1:
                let index = int(0..<(result.count - 1))
                result[index] += " " + result.remove(at: index + 1)
            case 6 where !result.isEmpty:
                let index = int(0..<result.count)
                result[index] = result[index].replacingOccurrences(of: "'", with: "’").replacingOccurrences(of: " ", with: "\u{00A0}")
            default:
                if !result.isEmpty { result[int(0..<result.count)] += " " + word() }
            }
        }
        return result.filter { !TextKey.key($0).isEmpty }
    }
}
