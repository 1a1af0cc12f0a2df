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

    /// The bag of `parts` joined (their shingles are not needed and left out).
    init(merging parts: [Fingerprint]) {
        if parts.count == 1 {
            self = parts[0]
            return
        }
        totalWeight = parts.reduce(0) { $0 + $1.totalWeight }
        for entry in parts.flatMap(\.bag).sorted(by: { $0.key < $1.key }) {
            if let last = bag.last, last.key == entry.key {
                bag[bag.count - 1].count += entry.count
                bag[bag.count - 1].weight = max(last.weight, entry.weight)
            } else {
                bag.append(entry)
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
final class CandidateIndex {
    private var postings: [UInt64: [Int32]] = [:]
    private let frequencyLimit: Int
    /// Shared bigrams per item during one query; all zero between queries.
    private var counts: [Int32]

    /// Indexes `items`: item `n` is `fingerprints[n]`.
    init(_ fingerprints: [Fingerprint], frequencyLimit: Int) {
        self.frequencyLimit = frequencyLimit
        counts = [Int32](repeating: 0, count: fingerprints.count)
        for (item, fingerprint) in fingerprints.enumerated() {
            for shingle in fingerprint.shingles {
                postings[shingle, default: []].append(Int32(item))
            }
        }
    }

    /// Up to `limit` items sharing a bigram with `fingerprint` and accepted by `include`, most
    /// shared bigrams first, then by item.
    func candidates(for fingerprint: Fingerprint, limit: Int, include: (Int) -> Bool) -> [Int] {
        // Dense counters, reset after use: far cheaper than a dictionary per query.
        var touched: [Int32] = []
        for shingle in fingerprint.shingles {
            guard let items = postings[shingle], items.count <= frequencyLimit else { continue }
            for item in items where include(Int(item)) {
                if counts[Int(item)] == 0 { touched.append(item) }
                counts[Int(item)] += 1
            }
        }
        let ranked = touched.map { (item: $0, count: counts[Int($0)]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.item < $1.item }
        for item in touched { counts[Int(item)] = 0 }
        return ranked.prefix(limit).map { Int($0.item) }
    }
}

/// One-permutation MinHash (P. Li, A. Owen, C.-H. Zhang, "One Permutation Hashing", NIPS 2012)
/// of a paragraph key's word bigrams: each bigram hash falls in one of ``count`` bins by its
/// top bits, and each bin keeps its smallest hash. Two paragraphs whose bigram sets have
/// Jaccard similarity J agree on a non-empty bin with probability about J, so near duplicates
/// (similarity ≥ 0.9) share several bins while unrelated paragraphs share none; computed from
/// bytes, without tokenizing or interning.
///
/// With 16 bins and two required agreements, a pair with Jaccard J = 0.66 (about one word in
/// ten changed) is missed with probability (1−J)¹⁶ + 16·J·(1−J)¹⁵ ≈ 10⁻⁶, while two unrelated
/// paragraphs sharing one mid-frequency bigram are not compared.
enum MinHash {
    static let count = 16
    /// Shared bins that make two paragraphs candidates.
    static let requiredAgreement = 2
    /// The value of a bin no bigram fell in.
    static let empty = UInt64.max

    /// Appends the ``count`` bins of `key` (``TextKey`` bytes) to `out`. A word is a run of ASCII
    /// letters and digits or non-ASCII bytes; a one-word key has its word as its only bigram.
    static func append(ofKey key: UnsafeBufferPointer<UInt8>, to out: inout [UInt64]) {
        let base = out.count
        out.append(contentsOf: repeatElement(empty, count: count))
        let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
        var word = offsetBasis
        var inWord = false
        var previous: UInt64?
        var single: UInt64?
        func add(_ shingle: UInt64) {
            let bin = base + Int(shingle >> 60)
            if shingle < out[bin] { out[bin] = shingle }
        }
        func endWord() {
            let hash = ByteHash.mix(word)
            if let previous {
                add(ByteHash.mix(previous &* 0x9E37_79B9_7F4A_7C15 ^ hash))
                single = nil
            } else {
                single = hash
            }
            previous = hash
            word = offsetBasis
            inWord = false
        }
        for byte in key {
            let isWordByte = byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isWordByte {
                word = (word ^ UInt64(byte)) &* 0x100_0000_01B3
                inWord = true
            } else if inWord {
                endWord()
            }
        }
        if inWord { endWord() }
        if let single { add(single) }
    }
}
