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
    /// checked only against the ``DiffOptions/candidatesPerParagraph`` earlier paragraphs sharing
    /// the most ``MinHash`` bins of word bigrams, so the search stays near-linear.
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
        var headlineKey: [UInt8] = []
        var nfcHeadline = UnicodeNormalization.nfc(headline)
        nfcHeadline.withUTF8 { _ = TextKey.appendKey(ofUTF8: $0, to: &headlineKey) }
        if headlineKey.isEmpty { return [] }
        var key: [UInt8] = []
        return paragraphs.indices.filter { index in
            let paragraph = paragraphs[index]
            let body = ArticleParser.bulletBody(paragraph) ?? paragraph[...]
            var bodyBytes = body
            key.removeAll(keepingCapacity: true)
            // Mapping stops one byte past the headline's key length: longer means different.
            bodyBytes.withUTF8 { bytes in
                if UnicodeNormalization.isKnownNFC(bytes) {
                    _ = TextKey.appendKey(ofUTF8: bytes, to: &key, limit: headlineKey.count)
                } else {
                    var normalized = UnicodeNormalization.nfc(String(body))
                    _ = normalized.withUTF8 { TextKey.appendKey(ofUTF8: $0, to: &key, limit: headlineKey.count) }
                }
            }
            return key == headlineKey
        }
    }

    /// ``headlineEchoes(headline:paragraphs:)`` from the paragraph key ids already computed:
    /// only bullet paragraphs, whose body is not the whole paragraph, are keyed again.
    static func headlineEchoes(headline: String, side: ParagraphSide, workspace: DiffWorkspace) -> [Int] {
        if TextKey.key(headline).isEmpty { return [] }
        let headlineId = workspace.existingKeyId(headline)
        return (0..<side.count).filter { index in
            let paragraph = side.paragraphs[index]
            if ArticleParser.isBullet(paragraph) { return !headlineEchoes(headline: headline, paragraphs: [paragraph]).isEmpty }
            return side.keyIds[index] == headlineId
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
            if let same = spellings[key]!.first(where: { side.sameBytes($0, as: index, of: side) }) {
                found.append(Duplicate(paragraphs: [same, index], kind: .exact))
            } else {
                spellings[key]!.append(index)
                found.append(Duplicate(paragraphs: [first, index], kind: .normalized))
            }
        }

        // Near duplicates among the paragraphs that are the first of their key.
        let distinct = (0..<side.count).filter { !repeated[$0] }
        let candidates = nearCandidates(distinct.map { side.keyIds[$0] }, workspace: workspace)
        for (item, paragraph) in distinct.enumerated() {
            var earliest: Int?
            for candidate in candidates[item] {
                let earlier = distinct[candidate]
                guard Fingerprint.similarityBound(side.fingerprint(earlier), side.fingerprint(paragraph)) >= options.nearDuplicateThreshold else { continue }
                if workspace.compare(side.tokens(earlier), side.tokens(paragraph)).similarity >= options.nearDuplicateThreshold {
                    earliest = earlier
                    break
                }
            }
            if let earliest { found.append(Duplicate(paragraphs: [earliest, paragraph], kind: .near)) }
        }
        return found.sorted { $0.paragraphs[1] < $1.paragraphs[1] }
    }

    /// For each item (a paragraph key id), the earlier items worth diffing against it, in
    /// order: up to ``DiffOptions/candidatesPerParagraph`` of those sharing the most
    /// ``MinHash`` bins, at least ``MinHash/requiredAgreement`` (or all the non-empty bins of
    /// the shorter one), ignoring bins shared by more than ``DiffOptions/shingleFrequencyLimit``
    /// items. O(n log n) in the number of items; no text is read.
    private static func nearCandidates(_ keyIds: [Int32], workspace: DiffWorkspace) -> [[Int]] {
        let options = workspace.options
        var entries: [IntegerSort.KeyedItem] = []
        entries.reserveCapacity(keyIds.count * MinHash.count)
        for (item, id) in keyIds.enumerated() {
            for bin in 0..<MinHash.count {
                let value = workspace.signatures[Int(id) * MinHash.count + bin]
                if value != MinHash.empty { entries.append(IntegerSort.KeyedItem(key: value, item: Int32(item))) }
            }
        }
        IntegerSort.sort(&entries)
        // (later << 32 | earlier) for every two items sharing a bin value.
        var pairs: [UInt64] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].key == entries[start].key { end += 1 }
            if end - start > 1, end - start <= options.shingleFrequencyLimit {
                for later in (start + 1)..<end {
                    for earlier in start..<later {
                        pairs.append(UInt64(entries[later].item) << 32 | UInt64(entries[earlier].item))
                    }
                }
            }
            start = end
        }
        IntegerSort.sort(&pairs)
        var result = [[Int]](repeating: [], count: keyIds.count)
        start = 0
        while start < pairs.count {
            let later = Int(pairs[start] >> 32)
            var shared: [(earlier: Int, count: Int)] = []
            var index = start
            while index < pairs.count, Int(pairs[index] >> 32) == later {
                var end = index + 1
                while end < pairs.count, pairs[end] == pairs[index] { end += 1 }
                shared.append((Int(pairs[index] & 0xFFFF_FFFF), end - index))
                index = end
            }
            // One shared bin is a coincidence of one bigram unless a side has few bigrams.
            let required = { (earlier: Int) in
                min(MinHash.requiredAgreement, workspace.binCount(keyIds[later]), workspace.binCount(keyIds[earlier]))
            }
            let ranked = shared.filter { $0.count >= required($0.earlier) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.earlier < $1.earlier }
            result[later] = ranked.prefix(options.candidatesPerParagraph).map(\.earlier).sorted()
            start = index
        }
        return result
    }
}
