import ArticleText

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
        // Words as (key << 32 | weight): one sort of plain integers orders them by key, which
        // is all the bag needs (its count and largest weight do not depend on the order).
        var words: [UInt64] = []
        words.reserveCapacity(text.count)
        text.keys.withUnsafeBufferPointer { keys in
            text.weights.withUnsafeBufferPointer { weights in
                for index in 0..<keys.count where weights[index] > 0 {
                    words.append(UInt64(UInt32(bitPattern: keys[index])) << 32 | UInt64(UInt32(bitPattern: weights[index])))
                }
            }
        }
        if words.count == 1 {
            shingles = [words[0] >> 32 | (1 << 63)]
        } else if words.count > 1 {
            var pairs: [UInt64] = []
            pairs.reserveCapacity(words.count - 1)
            for index in 1..<words.count {
                pairs.append(words[index - 1] & 0xFFFF_FFFF_0000_0000 | words[index] >> 32)
            }
            IntegerSort.sort(&pairs)
            shingles = Self.distinct(pairs)
        }
        IntegerSort.sort(&words)
        bag.reserveCapacity(words.count)
        for word in words {
            let key = Int32(bitPattern: UInt32(word >> 32)), weight = Int32(bitPattern: UInt32(truncatingIfNeeded: word))
            if let last = bag.last, last.key == key {
                bag[bag.count - 1].count += 1
                bag[bag.count - 1].weight = max(last.weight, weight)
            } else {
                bag.append((key, 1, weight))
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
        // Each bag is sorted by key: merge them pairwise instead of sorting their union.
        bag = parts.dropFirst().reduce(parts[0].bag) { Self.merged($0, $1.bag) }
    }

    /// `sorted` without repeated values.
    private static func distinct(_ sorted: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }

    /// Two bags sorted by key as one: counts of a shared key added, the larger weight kept.
    private static func merged(
        _ a: [(key: Int32, count: Int32, weight: Int32)], _ b: [(key: Int32, count: Int32, weight: Int32)]
    ) -> [(key: Int32, count: Int32, weight: Int32)] {
        var result: [(key: Int32, count: Int32, weight: Int32)] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x.key < y.key {
                result.append(x)
                i += 1
            } else if x.key > y.key {
                result.append(y)
                j += 1
            } else {
                result.append((x.key, x.count + y.count, max(x.weight, y.weight)))
                i += 1
                j += 1
            }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    /// An upper bound of ``WordDiff/similarity(_:_:)`` of the two texts: an alignment can keep
    /// at most `min(count)` tokens of each key, each worth at most its largest weight on both
    /// sides. O(words), no diff.
    static func similarityBound(_ a: Fingerprint, _ b: Fingerprint) -> Double {
        let total = a.totalWeight + b.totalWeight
        if total == 0 { return 1 }
        let kept = sumOverSharedKeys(a, b) { x, y in 2 * Int(min(x.count, y.count)) * Int(max(x.weight, y.weight)) }
        return min(1, Double(kept) / Double(total))
    }

    /// The sum of `value(x, y)` over the entries `x` of `a`'s bag and `y` of `b`'s with the same
    /// key (both bags are sorted by key: one merge walk).
    @inline(__always)
    static func sumOverSharedKeys(
        _ a: Fingerprint, _ b: Fingerprint,
        _ value: ((key: Int32, count: Int32, weight: Int32), (key: Int32, count: Int32, weight: Int32)) -> Int
    ) -> Int {
        var sum = 0
        var i = 0, j = 0
        while i < a.bag.count, j < b.bag.count {
            let x = a.bag[i], y = b.bag[j]
            if x.key < y.key {
                i += 1
            } else if x.key > y.key {
                j += 1
            } else {
                sum += value(x, y)
                i += 1
                j += 1
            }
        }
        return sum
    }
}

extension Fingerprint {
    /// Values common to two sorted arrays of distinct values.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var shared = 0
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// The share of `part`'s word bigrams that `whole` has too (1 when `part` has none).
    static func bigramShare(_ part: Fingerprint, in whole: Fingerprint) -> Double {
        part.shingles.isEmpty ? 1 : Double(sharedCount(part.shingles, whole.shingles)) / Double(part.shingles.count)
    }

    /// An upper bound of the share of `a`'s non-whitespace characters that a word diff against
    /// `b` keeps: each key of `a` kept at most `min(count)` times, each worth at most its
    /// largest weight in `a`. Near 1 when `b` holds `a` whole, as a merged paragraph holds each
    /// of its parts. O(words), no diff.
    static func containmentBound(_ a: Fingerprint, in b: Fingerprint) -> Double {
        if a.totalWeight == 0 { return 1 }
        let kept = sumOverSharedKeys(a, b) { x, y in Int(min(x.count, y.count)) * Int(x.weight) }
        return min(1, Double(kept) / Double(a.totalWeight))
    }
}

/// Finds, among many paragraphs, the few worth diffing against a given one: those sharing the
/// most word bigrams. Bigrams found in more than ``DiffOptions/shingleFrequencyLimit``
/// paragraphs are ignored (they are boilerplate or stop-word pairs).
struct CandidateIndex {
    /// Distinct bigrams, sorted, each with its items `items[starts[g]..<starts[g + 1]]` in order.
    private var bigrams: [UInt64] = []
    private var starts: [Int32] = []
    private var items: [Int32] = []
    /// `bigrams[firstOf[k]..<firstOf[k + 1]]` are those whose first word has key id `k`: a
    /// lookup is a short binary search in a small, cache-friendly slice.
    private var firstOf: [Int32] = []
    private let frequencyLimit: Int
    /// Shared bigrams per item during one query; all zero between queries.
    private var counts: [Int32]

    /// The items' shingles when there are at most ``directItems`` of them: each query then
    /// intersects them one by one, which costs less than building the index. No bigram can be
    /// in more than ``frequencyLimit`` items, so both ways give the same candidates.
    private var direct: [[UInt64]]?
    static let directItems = 16

    /// Indexes `items`: item `n` is `fingerprints[n]`.
    init(_ fingerprints: [Fingerprint], frequencyLimit: Int) {
        self.frequencyLimit = frequencyLimit
        counts = [Int32](repeating: 0, count: fingerprints.count)
        if fingerprints.count <= min(frequencyLimit, Self.directItems) {
            direct = fingerprints.map(\.shingles)
            return
        }
        // One sort of (bigram, item) instead of a growing array per bigram.
        var entries: [IntegerSort.KeyedItem] = []
        entries.reserveCapacity(fingerprints.reduce(0) { $0 + $1.shingles.count })
        for (item, fingerprint) in fingerprints.enumerated() {
            for shingle in fingerprint.shingles { entries.append(IntegerSort.KeyedItem(key: shingle, item: Int32(item))) }
        }
        IntegerSort.sort(&entries)
        items.reserveCapacity(entries.count)
        for entry in entries {
            if bigrams.last != entry.key {
                bigrams.append(entry.key)
                starts.append(Int32(items.count))
            }
            items.append(entry.item)
        }
        starts.append(Int32(items.count))
        // One-word shingles have the top bit set and sort last; they are searched in full.
        let firstKeys = bigrams.lazy.filter { $0 >> 63 == 0 }.map { Int($0 >> 32) }
        firstOf = [Int32](repeating: 0, count: (firstKeys.max() ?? -1) + 2)
        var group = 0
        for key in firstOf.indices {
            while group < bigrams.count, bigrams[group] >> 63 == 0, Int(bigrams[group] >> 32) < key { group += 1 }
            firstOf[key] = Int32(group)
        }
    }

    private func postings(_ bigram: UInt64) -> Range<Int>? {
        let first = Int(bigram >> 32)
        var low = 0, high = bigrams.count
        if bigram >> 63 == 0 {
            guard first + 1 < firstOf.count else { return nil }
            low = Int(firstOf[first])
            high = Int(firstOf[first + 1])
        }
        while low < high {
            let middle = (low + high) / 2
            if bigrams[middle] < bigram { low = middle + 1 } else { high = middle }
        }
        guard low < bigrams.count, bigrams[low] == bigram else { return nil }
        return Int(starts[low])..<Int(starts[low + 1])
    }

    /// Up to `limit` items sharing a bigram with `fingerprint` and accepted by `include`, most
    /// shared bigrams first, then by item.
    mutating func candidates(for fingerprint: Fingerprint, limit: Int, include: (Int) -> Bool) -> [Int] {
        // Dense counters, reset after use: far cheaper than a dictionary per query.
        var touched: [Int32] = []
        if let direct {
            for (item, shingles) in direct.enumerated() where include(item) {
                let shared = Fingerprint.sharedCount(fingerprint.shingles, shingles)
                if shared > 0 {
                    touched.append(Int32(item))
                    counts[item] = Int32(shared)
                }
            }
            return best(touched, limit: limit)
        }
        let ranges = fingerprint.shingles.compactMap { postings($0) }.filter { $0.count <= frequencyLimit }
        counts.withUnsafeMutableBufferPointer { counts in
            items.withUnsafeBufferPointer { items in
                for range in ranges {
                    for item in items[range] where include(Int(item)) {
                        if counts[Int(item)] == 0 { touched.append(item) }
                        counts[Int(item)] += 1
                    }
                }
            }
        }
        return best(touched, limit: limit)
    }

    /// The best `limit` of `touched` by (count desc, item asc); their counts reset to zero.
    private mutating func best(_ touched: [Int32], limit: Int) -> [Int] {
        // Kept sorted: no sort of every touched item.
        var best: [(item: Int32, count: Int32)] = []
        best.reserveCapacity(limit + 1)
        for item in touched {
            let entry = (item: item, count: counts[Int(item)])
            counts[Int(item)] = 0
            if best.count == limit, let last = best.last, (entry.count, -entry.item) <= (last.count, -last.item) { continue }
            var at = best.count
            while at > 0, (entry.count, -entry.item) > (best[at - 1].count, -best[at - 1].item) { at -= 1 }
            best.insert(entry, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map { Int($0.item) }
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
        // The bins through a pointer: no uniqueness or bounds check per bigram.
        out.withUnsafeMutableBufferPointer { all in
            let bins = all.baseAddress! + base
            let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
            var word = offsetBasis
            var inWord = false
            var previous: UInt64?
            var single: UInt64?
            func add(_ shingle: UInt64) {
                let bin = Int(shingle >> 60)
                if shingle < bins[bin] { bins[bin] = shingle }
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
                if byte >= 0x80 || UTF8Scalars.isASCIIAlphanumeric(byte) {
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
}
