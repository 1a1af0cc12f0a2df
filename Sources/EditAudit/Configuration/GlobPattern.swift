/// A shell-style glob for article ids, as in `fnmatch(3)` without flags: `*` matches any run of
/// characters (ids have no `/`), `?` one character, `[abc]`, `[a-z]` and `[!a-z]` (or `[^a-z]`)
/// one character of (or not of) a set, and `\x` the character `x` itself.
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    private let elements: [Element]

    private enum Element: Sendable, Equatable {
        case literal(Character)
        case any
        case star
        case set(ranges: [ClosedRange<Character>], negated: Bool)
    }

    /// - Throws: ``GlobPattern/SyntaxError`` for an unclosed `[` or a trailing `\`.
    public init(_ text: String) throws(SyntaxError) {
        self.text = text
        var elements: [Element] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if elements.last != .star { elements.append(.star) }
            case "?":
                elements.append(.any)
            case "\\":
                index += 1
                guard index < characters.count else { throw SyntaxError(pattern: text, reason: "it ends with a lone \\") }
                elements.append(.literal(characters[index]))
            case "[":
                var cursor = index + 1
                var negated = false
                if cursor < characters.count, characters[cursor] == "!" || characters[cursor] == "^" {
                    negated = true
                    cursor += 1
                }
                var ranges: [ClosedRange<Character>] = []
                var first = true
                while cursor < characters.count, characters[cursor] != "]" || first {
                    first = false
                    let low = characters[cursor]
                    if cursor + 2 < characters.count, characters[cursor + 1] == "-", characters[cursor + 2] != "]" {
                        let high = characters[cursor + 2]
                        guard low <= high else { throw SyntaxError(pattern: text, reason: "the range \(low)-\(high) is reversed") }
                        ranges.append(low...high)
                        cursor += 3
                    } else {
                        ranges.append(low...low)
                        cursor += 1
                    }
                }
                guard cursor < characters.count else { throw SyntaxError(pattern: text, reason: "a [ is never closed") }
                elements.append(.set(ranges: ranges, negated: negated))
                index = cursor
            default:
                elements.append(.literal(character))
            }
            index += 1
        }
        self.elements = elements
    }

    public var description: String { text }

    /// True when the whole of `id` matches the pattern.
    public func matches(_ id: String) -> Bool {
        let subject = Array(id)
        // Iterative wildcard matching with one backtrack point (linear for a single `*`,
        // O(n·m) at worst).
        var p = 0, s = 0
        var starP = -1, starS = 0
        while s < subject.count {
            if p < elements.count, elements[p] != .star, Self.matches(elements[p], subject[s]) {
                p += 1
                s += 1
            } else if p < elements.count, elements[p] == .star {
                starP = p
                starS = s
                p += 1
            } else if starP >= 0 {
                p = starP + 1
                starS += 1
                s = starS
            } else {
                return false
            }
        }
        while p < elements.count, elements[p] == .star { p += 1 }
        return p == elements.count
    }

    private static func matches(_ element: Element, _ character: Character) -> Bool {
        switch element {
        case .literal(let literal): literal == character
        case .any: true
        case .star: true
        case .set(let ranges, let negated): ranges.contains { $0.contains(character) } != negated
        }
    }

    /// A pattern that cannot be read.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "invalid pattern '\(pattern)': \(reason)" }
    }
}
