/// What the candidate search knows about a paragraph without diffing it: its bag of word keys
/// and its word bigrams (shingles).
struct Fingerprint {
    /// Non-whitespace token keys, sorted, with their count and largest weight.
    private(set) var bag: [(key: Int32, count: Int32, weight: Int32)] = []
    /// Distinct hashes of adjacent non-whitespace key pairs; a one-word text has its word.
    private(set) var shingles: [UInt64] = []
    let totalWeight: Int

    init(_ text: TokenizedText) {
        totalWeight = text.totalWeight
        var words: [(key: Int32, weight: Int32)] = []
        for index in 0..<text.count where text.weights[index] > 0 {
            words.append((text.keys[index], text.weights[index]))
        }
        if words.count == 1 {
            shingles = [UInt64(UInt32(bitPattern: words[0].key)) | (1 << 63)]
        } else if words.count > 1 {
            var pairs = Set<UInt64>(minimumCapacity: words.count)
            for index in 1..<words.count {
                pairs.insert(UInt64(UInt32(bitPattern: words[index - 1].key)) << 32 | UInt64(UInt32(bitPattern: words[index].key)))
            }
            shingles = pairs.sorted()
        }
        for word in words.sorted(by: { $0.key < $1.key }) {
            if let last = bag.last, last.key == word.key {
                bag[bag.count - 1].count += 1
                bag[bag.count - 1].weight = max(last.weight, word.weight)
            } else {
                bag.append((word.key, 1, word.weight))
            }
        }
    }

    /// An upper bound of ``WordDiff/similarity(_:_:)`` of the two texts: an alignment can keep
    /// at most `min(count)` tokens of each key, each worth at most its largest weight on both
    /// sides. O(words), no diff.
    static func similarityBound(_ a: Fingerprint, _ b: Fingerprint) -> Double {
        let total = a.totalWeight + b.totalWeight
        if total == 0 { return 1 }
        var kept = 0
        var i = 0, j = 0
        while i < a.bag.count, j < b.bag.count {
            let x = a.bag[i], y = b.bag[j]
            if x.key < y.key {
                i += 1
            } else if x.key > y.key {
                j += 1
            } else {
                kept += 2 * Int(min(x.count, y.count)) * Int(max(x.weight, y.weight))
                i += 1
                j += 1
            }
        }
        return min(1, Double(kept) / Double(total))
    }
}

/// Finds, among many paragraphs, the few worth diffing against a given one: those sharing the
/// most word bigrams. Bigrams found in more than ``DiffOptions/shingleFrequencyLimit``
/// paragraphs are ignored (they are boilerplate or stop-word pairs).
struct CandidateIndex {
    private var postings: [UInt64: [Int32]] = [:]
    private let frequencyLimit: Int

    /// Indexes `items`: item `n` is `fingerprints[n]`.
    init(_ fingerprints: [Fingerprint], frequencyLimit: Int) {
        self.frequencyLimit = frequencyLimit
        for (item, fingerprint) in fingerprints.enumerated() {
            for shingle in fingerprint.shingles {
                postings[shingle, default: []].append(Int32(item))
            }
        }
    }

    /// Up to `limit` items sharing a bigram with `fingerprint` and accepted by `include`, most
    /// shared bigrams first, then by item.
    func candidates(for fingerprint: Fingerprint, limit: Int, include: (Int) -> Bool) -> [Int] {
        var shared: [Int32: Int] = [:]
        for shingle in fingerprint.shingles {
            guard let items = postings[shingle], items.count <= frequencyLimit else { continue }
            for item in items where include(Int(item)) {
                shared[item, default: 0] += 1
            }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(limit).map { Int($0.key) }
    }
}
