import ArticleText

/// Finds paragraphs that repeat within one revision, and paragraphs that repeat the headline
/// (design §4). Scraped articles often carry the lede twice, the second copy differing only by
/// a trailing no-break space.
public enum DuplicateFinder {
    /// Each paragraph that repeats an earlier one, reported once against the earliest paragraph
    /// it repeats, with the strongest kind that holds (`exact`, then `normalized`, then `near`),
    /// sorted by the later paragraph.
    ///
    /// `near` is ``WordDiff/similarity(_:_:)`` ≥ ``DiffOptions/nearDuplicateThreshold``; it is
    /// checked only against the ``DiffOptions/candidatesPerParagraph`` paragraphs sharing the
    /// most word bigrams, so the search stays near-linear.
    public static func duplicates(in paragraphs: [String]) -> [Duplicate] {
        duplicates(in: paragraphs, options: DiffOptions())
    }

    public static func duplicates(in paragraphs: [String], options: DiffOptions) -> [Duplicate] {
        let workspace = DiffWorkspace(options: options)
        return duplicates(in: workspace.side(paragraphs), workspace: workspace)
    }

    /// Indices of the paragraphs that repeat `headline`: their key, after any bullet marker
    /// (``ArticleText/ArticleParser/bulletBody(_:)``), equals the headline's key.
    public static func headlineEchoes(headline: String, paragraphs: [String]) -> [Int] {
        let key = TextKey.key(headline)
        if key.isEmpty { return [] }
        return paragraphs.indices.filter { index in
            let paragraph = paragraphs[index]
            let body = ArticleParser.bulletBody(paragraph) ?? paragraph[...]
            return TextKey.key(body) == key
        }
    }

    static func duplicates(in side: ParagraphSide, workspace: DiffWorkspace) -> [Duplicate] {
        let options = workspace.options
        var found: [Duplicate] = []
        // Per key: the earliest paragraph, and the earliest of each distinct byte sequence.
        var firstOfKey: [Int32: Int] = [:]
        var spellings: [Int32: [Int]] = [:]
        var repeated = [Bool](repeating: false, count: side.count)
        for index in 0..<side.count {
            let key = side.keyIds[index]
            guard let first = firstOfKey[key] else {
                firstOfKey[key] = index
                spellings[key] = [index]
                continue
            }
            repeated[index] = true
            let bytes = side.paragraphs[index].utf8
            if let same = spellings[key]!.first(where: { side.paragraphs[$0].utf8.elementsEqual(bytes) }) {
                found.append(Duplicate(paragraphs: [same, index], kind: .exact))
            } else {
                spellings[key]!.append(index)
                found.append(Duplicate(paragraphs: [first, index], kind: .normalized))
            }
        }

        // Near duplicates among the paragraphs that are the first of their key.
        let distinct = (0..<side.count).filter { !repeated[$0] }
        if distinct.count > 1 {
            let fingerprints = distinct.map { side.fingerprint($0) }
            let index = CandidateIndex(fingerprints, frequencyLimit: options.shingleFrequencyLimit)
            for (item, paragraph) in distinct.enumerated() {
                let candidates = index.candidates(for: fingerprints[item], limit: options.candidatesPerParagraph) { $0 < item }
                var earliest: Int?
                for candidate in candidates.sorted() {
                    let earlier = distinct[candidate]
                    guard Fingerprint.similarityBound(fingerprints[candidate], fingerprints[item]) >= options.nearDuplicateThreshold else { continue }
                    if workspace.compare(side.tokens(earlier), side.tokens(paragraph)).similarity >= options.nearDuplicateThreshold {
                        earliest = earlier
                        break
                    }
                }
                if let earliest { found.append(Duplicate(paragraphs: [earliest, paragraph], kind: .near)) }
            }
        }
        return found.sorted { $0.paragraphs[1] < $1.paragraphs[1] }
    }
}
