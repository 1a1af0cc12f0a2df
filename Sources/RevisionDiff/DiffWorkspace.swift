import ArticleText

/// Shared state of one diff: the token interner, the word differ with its scratch buffers, the
/// paragraph key ids of both revisions, and each revision's paragraphs with their tokens and
/// fingerprints, computed once and on demand.
///
/// A paragraph is read once, as UTF-8 bytes, to get its key id (``TextKey/appendKey(ofUTF8:to:limit:)``
/// hashed by ``ByteHash``), its weight and, for each distinct key, its ``MinHash`` signature;
/// only paragraphs the alignment leaves unsettled, or near-duplicate candidates, are ever tokenized.
final class DiffWorkspace {
    let options: DiffOptions
    let interner: TokenInterner
    private(set) var differ: WordDiffer
    /// Key hash → key id; a collision between different keys moves on to the next hash value.
    private var keyIdOfHash: [UInt64: Int32] = [:]
    /// Per key id: the first paragraph with that key, as (side, index).
    private var representative: [(side: Int, index: Int)] = []
    /// Per key id: the hash of its key (before any collision moved it on).
    private var keyHashes: [UInt64] = []
    private var sides: [[String]] = []
    private(set) var anchorableKeys: [Bool] = []
    /// Per key id: ``MinHash/count`` values, flat.
    private(set) var signatures: [UInt64] = []
    private var scratch: [UInt8] = []
    private var otherScratch: [UInt8] = []

    /// - Parameter interner: a previous workspace's, to keep its tokens (ids are only ever
    ///   compared for equality, so which ids tokens get does not change a result).
    init(options: DiffOptions, interner: TokenInterner = TokenInterner()) {
        self.options = options
        self.interner = interner
        differ = WordDiffer(options: options, interner: interner)
    }

    var paragraphKeyCount: Int { representative.count }

    func side(_ paragraphs: [String]) -> ParagraphSide {
        let sideNumber = sides.count
        sides.append(paragraphs)
        var ids: [Int32] = []
        var weights: [Int32] = []
        var knownNFC: [Bool] = []
        ids.reserveCapacity(paragraphs.count)
        weights.reserveCapacity(paragraphs.count)
        knownNFC.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() {
            var text = paragraph
            let (id, weight, known) = text.withUTF8 { bytes in
                if UnicodeNormalization.isKnownNFC(bytes) {
                    let (id, weight) = keyId(bytes, side: sideNumber, index: index)
                    return (id, weight, true)
                }
                var normalized = UnicodeNormalization.nfc(paragraph)
                let (id, weight) = normalized.withUTF8 { keyId($0, side: sideNumber, index: index) }
                return (id, weight, false)
            }
            ids.append(id)
            weights.append(Int32(weight))
            knownNFC.append(known)
        }
        return ParagraphSide(paragraphs: paragraphs, keyIds: ids, weights: weights, knownNFC: knownNFC, workspace: self)
    }

    /// The id of the key of `text` if a paragraph of this workspace has that key.
    func existingKeyId(_ text: String) -> Int32? {
        var normalized = UnicodeNormalization.nfc(text)
        return normalized.withUTF8 { bytes in
            scratch.removeAll(keepingCapacity: true)
            TextKey.appendKey(ofUTF8: bytes, to: &scratch)
            return find(bytes, hash: scratch.withUnsafeBufferPointer(ByteHash.hash), keyInScratch: true).id
        }
    }

    /// The id of the key of NFC text `bytes`, whose key hashes to `hash`, or nil and the free
    /// hash slot. `keyInScratch` says whether `scratch` already holds the key; if not, it is
    /// made only when a paragraph with that hash has other bytes.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, keyInScratch: Bool) -> (id: Int32?, hash: UInt64) {
        var hash = hash
        var keyed = keyInScratch
        while let id = keyIdOfHash[hash] {
            var other = UnicodeNormalization.nfc(sides[representative[Int(id)].side][representative[Int(id)].index])
            let same = other.withUTF8 { otherBytes in
                if ByteHash.equal(otherBytes, bytes) { return true }
                if !keyed {
                    scratch.removeAll(keepingCapacity: true)
                    TextKey.appendKey(ofUTF8: bytes, to: &scratch)
                    keyed = true
                }
                otherScratch.removeAll(keepingCapacity: true)
                TextKey.appendKey(ofUTF8: otherBytes, to: &otherScratch)
                return otherScratch == scratch
            }
            if same { return (id, hash) }
            hash &+= 1
        }
        return (nil, hash)
    }

    /// The key id of NFC paragraph `bytes` (paragraph `index` of side `side`), and its weight.
    private func keyId(_ bytes: UnsafeBufferPointer<UInt8>, side: Int, index: Int) -> (Int32, Int) {
        scratch.removeAll(keepingCapacity: true)
        let weight = TextKey.appendKey(ofUTF8: bytes, to: &scratch)
        let keyHash = scratch.withUnsafeBufferPointer(ByteHash.hash)
        let (found, slot) = find(bytes, hash: keyHash, keyInScratch: true)
        if let found { return (found, weight) }
        let id = Int32(representative.count)
        keyIdOfHash[slot] = id
        keyHashes.append(keyHash)
        representative.append((side, index))
        scratch.withUnsafeBufferPointer { key in
            anchorableKeys.append(Self.hasWords(key, atLeast: options.anchorMinimumWords))
            MinHash.append(ofKey: key, to: &signatures)
        }
        return (id, weight)
    }

    /// `side`, prepared in `other` (a workspace of the same options, used by no other thread),
    /// as a side of this workspace: its paragraph keys get this workspace's ids, in the order
    /// ``side(_:)`` would have given them, and its key signatures come along, so no key is
    /// folded again unless two paragraphs share a key hash but not their bytes. Its tokens and
    /// fingerprints stay behind (their ids are the other interner's); its weights come along
    /// as they stand, exact where it was fingerprinted.
    func adopt(_ side: ParagraphSide, from other: DiffWorkspace) -> ParagraphSide {
        let sideNumber = sides.count
        sides.append(side.paragraphs)
        var idOfOther = [Int32](repeating: -1, count: other.paragraphKeyCount)
        var ids: [Int32] = []
        ids.reserveCapacity(side.count)
        for (index, otherId) in side.keyIds.enumerated() {
            if idOfOther[Int(otherId)] < 0 {
                let keyHash = other.keyHashes[Int(otherId)]
                var text = side.knownNFC[index] ? side.paragraphs[index] : UnicodeNormalization.nfc(side.paragraphs[index])
                let (found, slot) = text.withUTF8 { find($0, hash: keyHash, keyInScratch: false) }
                if let found {
                    idOfOther[Int(otherId)] = found
                } else {
                    let id = Int32(representative.count)
                    keyIdOfHash[slot] = id
                    keyHashes.append(keyHash)
                    representative.append((sideNumber, index))
                    anchorableKeys.append(other.anchorableKeys[Int(otherId)])
                    let start = Int(otherId) * MinHash.count
                    signatures.append(contentsOf: other.signatures[start..<(start + MinHash.count)])
                    idOfOther[Int(otherId)] = id
                }
            }
            ids.append(idOfOther[Int(otherId)])
        }
        let weights = (0..<side.count).map { Int32(side.weight($0)) }
        return ParagraphSide(paragraphs: side.paragraphs, keyIds: ids, weights: weights, knownNFC: side.knownNFC, workspace: self)
    }

    /// Non-empty ``MinHash`` bins of key `id`.
    func binCount(_ id: Int32) -> Int {
        let start = Int(id) * MinHash.count
        return signatures[start..<(start + MinHash.count)].reduce(0) { $0 + ($1 == MinHash.empty ? 0 : 1) }
    }

    /// - Parameter knownNFC: whether `text` is known to be NFC (nil: check).
    func tokenize(_ text: String, knownNFC: Bool? = nil) -> TokenizedText {
        interner.tokenize(text, knownNFC: knownNFC)
    }

    func compare(_ a: TokenizedText, _ b: TokenizedText) -> WordComparison {
        differ.compare(a, b)
    }

    /// Whether `key` has at least `minimum` runs of letters or digits (counting stops there).
    private static func hasWords(_ key: UnsafeBufferPointer<UInt8>, atLeast minimum: Int) -> Bool {
        var count = 0
        var inWord = false
        var index = 0
        while index < key.count, count < minimum {
            let (value, width) = UTF8Scalars.decode(key, at: index)
            let isWord = value < 0x80
                ? (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                : Unicode.Scalar(value).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
            if isWord && !inWord { count += 1 }
            inWord = isWord
            index += width
        }
        return count >= minimum
    }
}

/// One revision's paragraphs as the diff sees them.
final class ParagraphSide {
    let paragraphs: [String]
    /// Paragraph key ids, shared with the other revision of the same workspace.
    let keyIds: [Int32]
    /// Non-whitespace Unicode scalars of each paragraph: for NFC text, its non-whitespace
    /// characters (the unit of every similarity) up to emoji sequences and rare combining
    /// marks, without grapheme breaking; or, for a side adopted from another workspace, the
    /// exact weight of each paragraph fingerprinted there.
    private let scalarWeights: [Int32]
    /// Whether each paragraph passed ``UnicodeNormalization/isKnownNFC(_:)``.
    let knownNFC: [Bool]
    private let workspace: DiffWorkspace
    private var tokenCache: [TokenizedText?]
    private var fingerprintCache: [Fingerprint?]

    init(paragraphs: [String], keyIds: [Int32], weights: [Int32], knownNFC: [Bool], workspace: DiffWorkspace) {
        self.paragraphs = paragraphs
        self.keyIds = keyIds
        self.scalarWeights = weights
        self.knownNFC = knownNFC
        self.workspace = workspace
        tokenCache = Array(repeating: nil, count: paragraphs.count)
        fingerprintCache = Array(repeating: nil, count: paragraphs.count)
    }

    var count: Int { paragraphs.count }

    func tokens(_ index: Int) -> TokenizedText {
        if let cached = tokenCache[index] { return cached }
        let tokens = workspace.tokenize(paragraphs[index], knownNFC: knownNFC[index])
        tokenCache[index] = tokens
        return tokens
    }

    /// Drops the cached tokens of paragraph `index` (``tokens(_:)`` makes them again, with the
    /// same ids); its fingerprint, and so its ``weight(_:)``, stays.
    func forgetTokens(_ index: Int) {
        tokenCache[index] = nil
    }

    /// Tokens of paragraphs `indices` joined by a blank line, as split and merge compare them.
    func tokens(_ indices: [Int]) -> TokenizedText {
        if indices.count == 1 { return tokens(indices[0]) }
        return workspace.interner.joined(indices.map(tokens)) ?? workspace.tokenize(joined(indices))
    }

    func fingerprint(_ index: Int) -> Fingerprint {
        if let cached = fingerprintCache[index] { return cached }
        let fingerprint = Fingerprint(tokens(index))
        fingerprintCache[index] = fingerprint
        return fingerprint
    }

    /// ``TokenizedText/totalWeight`` of paragraph `index`, or its close estimate (non-whitespace
    /// scalars) when the paragraph was never fingerprinted.
    func weight(_ index: Int) -> Int {
        if let cached = fingerprintCache[index] { return cached.totalWeight }
        return Int(scalarWeights[index])
    }

    /// Paragraphs `indices` joined by a blank line, as split and merge compare them.
    func joined(_ indices: [Int]) -> String {
        indices.count == 1 ? paragraphs[indices[0]] : indices.map { paragraphs[$0] }.joined(separator: "\n\n")
    }

    /// Whether paragraph `index` here and paragraph `other` of `side` have the same bytes.
    func sameBytes(_ index: Int, as other: Int, of side: ParagraphSide) -> Bool {
        var a = paragraphs[index], b = side.paragraphs[other]
        return a.withUTF8 { x in b.withUTF8 { y in ByteHash.equal(x, y) } }
    }
}
