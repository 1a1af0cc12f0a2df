import ArticleText

/// Gives every distinct token two small integer ids, so that the diff compares integers:
/// a raw id (same characters, up to canonical equivalence) and a key id (same
/// ``TextKey/key(_:)``). Tokens are hashed as UTF-8 byte slices of NFC text (``ByteHash``),
/// so a token already seen costs one hash and one `memcmp`; each distinct token is keyed once.
///
/// One interner is shared by every text of one diff, so ids are comparable across them.
final class TokenInterner {
    /// All state lives in one struct, so a call is one exclusive access rather than a dynamic
    /// exclusivity check per table read.
    private var storage = Storage()

    /// Number of distinct keys so far: key ids are `0..<keyCount`.
    var keyCount: Int { storage.keyCount }

    /// Number of distinct tokens so far.
    var tokenCount: Int { storage.tokenCount }

    /// Tokenizes and interns `text`; `knownNFC` says whether it is known to be NFC (nil: check).
    func tokenize(_ text: String, knownNFC: Bool? = nil) -> TokenizedText { storage.tokenize(text, knownNFC: knownNFC) }

    /// `parts` joined by `"\n\n"`, tokenized: the parts' tokens around one whitespace token,
    /// or nil when the seam would change tokens.
    func joined(_ parts: [TokenizedText]) -> TokenizedText? { storage.joined(parts) }
}

private struct Storage {
    private var tokenizer = Tokenizer()
    private var rawTable = IdTable()
    private var keyTable = IdTable()
    /// Raw ids of tokens of at most 7 bytes, under their bytes packed with their length.
    private var shortTable = IdTable()
    /// Bytes of each distinct raw token, then of each distinct key, back to back.
    private var rawBytes: [UInt8] = []
    private var rawEnds: [Int] = []
    private var keyBytes: [UInt8] = []
    private var keyEnds: [Int] = []
    private var keyOfRaw: [Int32] = []
    /// Characters of each raw token that count for similarity: 0 for whitespace.
    private var weightOfRaw: [Int32] = []
    private var scratch: [UInt8] = []
    private var offsets: [Int32] = []

    /// Number of distinct keys so far: key ids are `0..<keyCount`.
    var keyCount: Int { keyEnds.count }

    var tokenCount: Int { rawEnds.count }

    /// Tokenizes and interns `text`.
    mutating func tokenize(_ text: String, knownNFC: Bool? = nil) -> TokenizedText {
        var copy = text
        let known = knownNFC ?? copy.withUTF8 { UnicodeNormalization.isKnownNFC($0) }
        offsets.removeAll(keepingCapacity: true)
        copy.withUTF8 { tokenizer.boundaries(of: $0, in: text, into: &offsets) }
        let count = max(offsets.count - 1, 0)
        var raws: [Int32] = [], keys: [Int32] = [], weights: [Int32] = []
        raws.reserveCapacity(count)
        keys.reserveCapacity(count)
        weights.reserveCapacity(count)
        var total = 0
        func append(_ raw: Int32) {
            raws.append(raw)
            keys.append(keyOfRaw[Int(raw)])
            let weight = weightOfRaw[Int(raw)]
            weights.append(weight)
            total += Int(weight)
        }
        if known {
            copy.withUTF8 { bytes in
                for index in 0..<count {
                    append(rawId(UnsafeBufferPointer(rebasing: bytes[Int(offsets[index])..<Int(offsets[index + 1])])))
                }
            }
        } else {
            // Rare: text that may not be NFC is interned token by token in NFC.
            let utf8 = text.utf8
            for index in 0..<count {
                let lower = utf8.index(utf8.startIndex, offsetBy: Int(offsets[index]))
                let upper = utf8.index(utf8.startIndex, offsetBy: Int(offsets[index + 1]))
                var token = UnicodeNormalization.nfc(String(text[lower..<upper]))
                append(token.withUTF8 { rawId($0) })
            }
        }
        return TokenizedText(text: text, bounds: offsets, raws: raws, keys: keys, weights: weights, totalWeight: total)
    }

    /// `parts` joined by `"\n\n"`, tokenized: the parts' tokens around one whitespace token,
    /// without reading the text again. Nil when a part begins or ends with whitespace, which
    /// would join the separator's token (a line feed is always a grapheme boundary, UAX #29
    /// GB4/GB5, so no cluster can span the seam).
    mutating func joined(_ parts: [TokenizedText]) -> TokenizedText? {
        for part in parts {
            guard part.count > 0, !part.startsWithSpace(at: 0), !part.startsWithSpace(at: part.count - 1) else { return nil }
        }
        let separator = tokenize("\n\n")
        var text = ""
        var bounds: [Int32] = [0]
        var raws: [Int32] = [], keys: [Int32] = [], weights: [Int32] = []
        var total = 0
        for (index, part) in parts.enumerated() {
            if index > 0 {
                text += separator.text
                raws += separator.raws
                keys += separator.keys
                weights += separator.weights
                bounds.append(Int32(text.utf8.count))
            }
            let base = Int32(text.utf8.count)
            text += part.text
            bounds += part.bounds.dropFirst().map { $0 + base }
            raws += part.raws
            keys += part.keys
            weights += part.weights
            total += part.totalWeight
        }
        return TokenizedText(text: text, bounds: bounds, raws: raws, keys: keys, weights: weights, totalWeight: total)
    }

    private mutating func rawId(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        // Most tokens (a space, a short word) fit in 7 bytes: packed with their length they are
        // their own exact hash key, with no byte comparison on a hit.
        if token.count <= 7 {
            var packed = UInt64(token.count) << 56
            for index in 0..<token.count { packed |= UInt64(token[index]) << (8 * UInt64(index)) }
            if let id = shortTable.find(packed, where: { _ in true }) { return id }
            let id = newRawId(token)
            shortTable.insert(packed, id)
            return id
        }
        let hash = ByteHash.hash(token)
        if let id = rawTable.find(hash, where: { Self.slice(rawBytes, rawEnds, Int($0), equals: token) }) { return id }
        let id = newRawId(token)
        rawTable.insert(hash, id)
        return id
    }

    /// Interns a token not seen before: stores its bytes, its key and its weight.
    private mutating func newRawId(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = Int32(rawEnds.count)
        rawBytes.append(contentsOf: token)
        rawEnds.append(rawBytes.count)
        scratch.removeAll(keepingCapacity: true)
        TextKey.appendKey(ofUTF8: token, to: &scratch)
        let keyId = scratch.withUnsafeBufferPointer { key in
            let keyHash = ByteHash.hash(key)
            if let known = keyTable.find(keyHash, where: { Self.slice(keyBytes, keyEnds, Int($0), equals: key) }) { return known }
            let keyId = Int32(keyEnds.count)
            keyTable.insert(keyHash, keyId)
            keyBytes.append(contentsOf: key)
            keyEnds.append(keyBytes.count)
            return keyId
        }
        keyOfRaw.append(keyId)
        // A whitespace run has the empty key.
        // An ASCII token has one character per byte; others are counted as `Character`s.
        let weight = scratch.isEmpty ? 0 : token.allSatisfy { $0 < 0x80 } ? token.count : String(decoding: token, as: UTF8.self).count
        weightOfRaw.append(Int32(weight))
        return id
    }

    private static func slice(_ bytes: [UInt8], _ ends: [Int], _ id: Int, equals token: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        return bytes.withUnsafeBufferPointer { ByteHash.equal(UnsafeBufferPointer(rebasing: $0[start..<ends[id]]), token) }
    }
}

/// An open-addressing table from 64-bit hashes to ids; the caller confirms each hash match.
/// Slots come from the hash's top bits after a Fibonacci multiply (Knuth, TAOCP 6.4), so keys
/// that are not well mixed (packed short tokens) still spread. A slot holds its hash and id
/// side by side: a probe is one cache line.
struct IdTable {
    private struct Slot {
        var hash: UInt64 = 0
        var id: Int32 = -1
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var used = 0
    /// 64 − log2(capacity).
    private var shift: UInt64 = 54

    @inline(__always)
    private func home(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The id stored under `hash` for which `matches` holds.
    @inline(__always)
    func find(_ hash: UInt64, where matches: (Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = home(hash)
            while slots[index].id >= 0 {
                if slots[index].hash == hash, matches(slots[index].id) { return slots[index].id }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    mutating func insert(_ hash: UInt64, _ id: Int32) {
        if 2 * (used + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var index = home(hash)
        while slots[index].id >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(hash: hash, id: id)
        used += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        used = 0
        for slot in old where slot.id >= 0 { insert(slot.hash, slot.id) }
    }
}

/// A text cut into tokens, with the interned ids of each token.
struct TokenizedText {
    let text: String
    /// `count + 1` token boundaries, as UTF-8 offsets into `text`.
    let bounds: [Int32]
    let raws: [Int32]
    let keys: [Int32]
    /// Non-whitespace characters per token.
    let weights: [Int32]
    let totalWeight: Int

    var count: Int { raws.count }

    /// The original characters of tokens `range`.
    func text(_ range: Range<Int>) -> String {
        var copy = text
        return copy.withUTF8 { String(decoding: $0[Int(bounds[range.lowerBound])..<Int(bounds[range.upperBound])], as: UTF8.self) }
    }

    /// Whether token `index` is a whitespace run (its first scalar is whitespace).
    func startsWithSpace(at index: Int) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let value = UTF8Scalars.decode(bytes, at: Int(bounds[index])).value
            return Unicode.Scalar(value).map(TextKey.isWhitespace) ?? false
        }
    }
}
