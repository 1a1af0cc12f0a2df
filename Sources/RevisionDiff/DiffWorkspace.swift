import ArticleText

/// Shared state of one diff: the token interner, the word differ with its scratch buffers, and
/// each revision's paragraphs with their keys, tokens and fingerprints, computed once and on
/// demand.
final class DiffWorkspace {
    let options: DiffOptions
    let interner: TokenInterner
    private(set) var differ: WordDiffer
    /// Paragraph keys interned across both revisions.
    private var paragraphKeyIds: [ByteKey: Int32] = [:]
    private(set) var anchorableKeys: [Bool] = []

    init(options: DiffOptions) {
        self.options = options
        interner = TokenInterner()
        differ = WordDiffer(options: options, interner: interner)
    }

    var paragraphKeyCount: Int { paragraphKeyIds.count }

    func side(_ paragraphs: [String]) -> ParagraphSide {
        var ids: [Int32] = []
        ids.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            let key = ParagraphKey.key(paragraph)
            if let id = paragraphKeyIds[ByteKey(key)] {
                ids.append(id)
            } else {
                let id = Int32(paragraphKeyIds.count)
                paragraphKeyIds[ByteKey(key)] = id
                anchorableKeys.append(Self.wordCount(key) >= options.anchorMinimumWords)
                ids.append(id)
            }
        }
        return ParagraphSide(paragraphs: paragraphs, keyIds: ids, workspace: self)
    }

    func tokenize(_ text: String) -> TokenizedText {
        interner.tokenize(text)
    }

    func compare(_ a: TokenizedText, _ b: TokenizedText) -> WordComparison {
        differ.compare(a, b)
    }

    /// Runs of letters or digits in `key`.
    private static func wordCount(_ key: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in key.unicodeScalars {
            let isWord = scalar.isASCII
                ? (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Non-whitespace Unicode scalars of `text`: for NFC text, its non-whitespace characters
    /// (the unit of every similarity) up to emoji sequences and rare combining marks, at a
    /// fraction of the cost of grapheme breaking.
    static func weight<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar.value != 0x20 && !(0x09...0x0D).contains(scalar.value) { count += 1 }
            } else if !TextKey.isWhitespace(scalar) {
                count += 1
            }
        }
        return count
    }
}

/// One revision's paragraphs as the diff sees them.
final class ParagraphSide {
    let paragraphs: [String]
    /// Paragraph key ids, shared with the other revision of the same workspace.
    let keyIds: [Int32]
    private let workspace: DiffWorkspace
    private var tokenCache: [Int: TokenizedText] = [:]
    private var fingerprintCache: [Int: Fingerprint] = [:]

    init(paragraphs: [String], keyIds: [Int32], workspace: DiffWorkspace) {
        self.paragraphs = paragraphs
        self.keyIds = keyIds
        self.workspace = workspace
    }

    var count: Int { paragraphs.count }

    func tokens(_ index: Int) -> TokenizedText {
        if let cached = tokenCache[index] { return cached }
        let tokens = workspace.tokenize(paragraphs[index])
        tokenCache[index] = tokens
        return tokens
    }

    func fingerprint(_ index: Int) -> Fingerprint {
        if let cached = fingerprintCache[index] { return cached }
        let fingerprint = Fingerprint(tokens(index))
        fingerprintCache[index] = fingerprint
        return fingerprint
    }

    /// ``TokenizedText/totalWeight`` of paragraph `index`, or its close estimate
    /// ``DiffWorkspace/weight(_:)`` when the paragraph was never tokenized.
    func weight(_ index: Int) -> Int {
        if let cached = fingerprintCache[index] { return cached.totalWeight }
        return DiffWorkspace.weight(paragraphs[index])
    }

    /// Paragraphs `indices` joined by a blank line, as split and merge compare them.
    func joined(_ indices: [Int]) -> String {
        indices.map { paragraphs[$0] }.joined(separator: "\n\n")
    }
}
