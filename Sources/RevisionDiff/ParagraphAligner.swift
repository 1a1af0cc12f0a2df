import ArticleText

/// Aligns the paragraphs of two revisions by content (design §4) and turns the alignment into
/// paragraph ops in the new revision's reading order.
///
/// 1. ``SequenceAligner`` on paragraph key ids: common prefix and suffix, patience anchors
///    (paragraphs unique on both sides with at least ``DiffOptions/anchorMinimumWords`` words,
///    so repeated boilerplate and near-empty lines never anchor), Myers between anchors. This
///    cheaply settles the paragraphs that did not change.
/// 2. Correspondences for the rest: a deleted and an inserted paragraph with the same key; and
///    each deleted paragraph against the inserted ones sharing the most word bigrams
///    (``CandidateIndex``), dropped when ``Fingerprint/similarityBound(_:_:)`` is below the
///    thresholds and neither holds the other (``Fingerprint/containmentBound(_:in:)``),
///    word-diffed otherwise; splits and merges around those, of two paragraphs or of a run of
///    neighbours the other side holds whole (≥ ``DiffOptions/splitMergeThreshold`` and better
///    than any part alone).
/// 3. The heaviest chain of correspondences in order on both sides, weighted by kept characters
///    (``HeaviestChain``), over the unchanged pairs of step 1 and the correspondences of step 2
///    from ``DiffOptions/changeThreshold`` up: those are `equal`, `change`, `split`, `merge`.
///    Pairing by similarity, not position, avoids wikidiff2's mis-pairing when a paragraph is
///    inserted before an edited one (T15462); weighing all of them at once keeps one moved
///    paragraph from making its neighbours look moved.
/// 4. What is left, anywhere: `move` from ``DiffOptions/moveThreshold`` up, best pairs first;
///    the rest are `delete` and `insert`.
struct ParagraphAligner {
    let old: ParagraphSide
    let new: ParagraphSide
    let workspace: DiffWorkspace
    /// For `delete`/`insert` ops: the paragraph each one duplicates in its revision.
    let duplicateOfOld: [Int: Int]
    let duplicateOfNew: [Int: Int]

    private var options: DiffOptions { workspace.options }

    private struct Pair: Hashable {
        var old: Int
        var new: Int
    }

    /// Paragraphs of the old revision that correspond to paragraphs of the new one.
    private struct Correspondence {
        var kind: ParagraphOpKind
        var old: [Int]
        var new: [Int]
        var similarity: Double
        /// Nil for paragraphs with equal keys, whose word diff is only needed if their characters
        /// differ.
        var comparison: WordComparison?
    }

    /// The ops in the new revision's reading order, deletes where they were.
    func ops() -> [ParagraphOp] {
        var aligner = SequenceAligner()
        let runs = aligner.align(
            old.keyIds, new.keyIds, idCount: workspace.paragraphKeyCount,
            anchorable: workspace.anchorableKeys, workLimit: options.myersWorkLimit)
        var correspondences: [Correspondence] = []
        var settledOld = [Bool](repeating: false, count: old.count)
        var settledNew = [Bool](repeating: false, count: new.count)
        for run in runs {
            for offset in 0..<run.count {
                correspondences.append(Correspondence(kind: .change, old: [run.old + offset], new: [run.new + offset], similarity: 1))
                settledOld[run.old + offset] = true
                settledNew[run.new + offset] = true
            }
        }
        var triedInPlace: [Pair: WordComparison] = [:]
        correspondences += editedInPlace(runs, &settledOld, &settledNew, tried: &triedInPlace)
        let deleted = (0..<old.count).filter { !settledOld[$0] }
        let inserted = (0..<new.count).filter { !settledNew[$0] }
        correspondences += candidates(deleted, inserted, settledOld, settledNew, known: triedInPlace)

        // In order on both sides: equal, change, split, merge.
        let boxes = correspondences.map {
            HeaviestChain.Box(old: $0.old[0]...$0.old[$0.old.count - 1], new: $0.new[0]...$0.new[$0.new.count - 1], weight: worth($0))
        }
        let chain = HeaviestChain.chain(boxes, oldCount: old.count).map { correspondences[$0] }
        var pairedOld = [Bool](repeating: false, count: old.count)
        var pairedNew = [Bool](repeating: false, count: new.count)
        for correspondence in chain {
            for index in correspondence.old { pairedOld[index] = true }
            for index in correspondence.new { pairedNew[index] = true }
        }

        // Out of order: moves, best first.
        var moveAt: [Int: Correspondence] = [:]
        let moves = correspondences
            .filter { $0.kind == .change && $0.similarity >= options.moveThreshold && !pairedOld[$0.old[0]] && !pairedNew[$0.new[0]] }
            .sorted { ($0.similarity, -$0.old[0], -$0.new[0]) > ($1.similarity, -$1.old[0], -$1.new[0]) }
        for var move in moves where !pairedOld[move.old[0]] && !pairedNew[move.new[0]] {
            pairedOld[move.old[0]] = true
            pairedNew[move.new[0]] = true
            move.kind = .move
            moveAt[move.new[0]] = move
        }

        // Reading order of the new revision; deletes where they were.
        var ops: [ParagraphOp] = []
        var oldCursor = 0, newCursor = 0
        func flush(_ oldEnd: Int, _ newEnd: Int) {
            for index in oldCursor..<oldEnd where !pairedOld[index] {
                let text = old.paragraphs[index]
                ops.append(ParagraphOp(op: .delete, old: [index], new: [], duplicateOf: duplicateOfOld[index], words: [.delete(text)]))
            }
            for index in newCursor..<newEnd {
                if let move = moveAt[index] {
                    ops.append(op(move))
                } else if !pairedNew[index] {
                    let text = new.paragraphs[index]
                    ops.append(ParagraphOp(op: .insert, old: [], new: [index], duplicateOf: duplicateOfNew[index], words: [.insert(text)]))
                }
            }
        }
        for correspondence in chain {
            flush(correspondence.old[0], correspondence.new[0])
            ops.append(op(correspondence))
            oldCursor = correspondence.old[correspondence.old.count - 1] + 1
            newCursor = correspondence.new[correspondence.new.count - 1] + 1
        }
        flush(old.count, new.count)
        return ops
    }

    /// Paragraphs edited where they stand: a gap between two matched runs with as many old as
    /// new paragraphs, each old one at least ``DiffOptions/inPlaceThreshold`` similar to the new
    /// one at its place, is paired in place and settled, without the candidate search. Most
    /// edits of a revision are of this shape (git's word diff pairs every hunk this way); a gap
    /// where any pair falls short is left whole to the candidate search, so an insertion before
    /// an edited paragraph, a move, a split or a merge is never forced into place; the pairs
    /// such a gap compared go to `tried`, for the candidate search to reuse.
    private func editedInPlace(
        _ runs: [MatchRun], _ settledOld: inout [Bool], _ settledNew: inout [Bool], tried: inout [Pair: WordComparison]
    ) -> [Correspondence] {
        var gaps: [Gap] = []
        var oldStart = 0, newStart = 0
        for run in runs + [MatchRun(old: old.count, new: new.count, count: 0)] {
            let count = run.old - oldStart
            if count > 0, count == run.new - newStart { gaps.append(Gap(old: oldStart, new: newStart, count: count)) }
            (oldStart, newStart) = (run.old + run.count, run.new + run.count)
        }
        var result: [Correspondence] = []
        let (compared, long) = compareInPlace(gaps)
        for (gap, comparisons) in zip(gaps, compared) {
            let pairs = comparisons.indices.map { Pair(old: gap.old + $0, new: gap.new + $0) }
            guard comparisons.count == gap.count, comparisons.last!.similarity >= options.inPlaceThreshold else {
                for (pair, comparison) in zip(pairs, comparisons) { tried[pair] = comparison }
                continue
            }
            for (pair, comparison) in zip(pairs, comparisons) {
                settledOld[pair.old] = true
                settledNew[pair.new] = true
                // Settled with their word ops: a long article need not hold the tokens of all
                // its edited paragraphs at once. A short one keeps them for the next diff of a
                // chain (``RevisionChainDiffer``), where this revision is the old one.
                if long {
                    old.forgetTokens(pair.old)
                    new.forgetTokens(pair.new)
                }
                result.append(Correspondence(kind: .change, old: [pair.old], new: [pair.new], similarity: comparison.similarity, comparison: comparison))
            }
        }
        return result
    }

    /// Old paragraphs `old..<old + count` facing new ones `new..<new + count` between two
    /// matched runs.
    private struct Gap: Sendable {
        var old: Int
        var new: Int
        var count: Int
    }

    /// For each gap, the word comparisons of its pairs in order, up to and including the first
    /// below ``DiffOptions/inPlaceThreshold``; and whether the gaps hold ``concurrentMinimumBytes``
    /// of text or more.
    ///
    /// When the gaps hold ``concurrentMinimumBytes`` of text per core or more, they are shared
    /// among the cores, each with its own ``TokenInterner``: a comparison only needs the two texts' tokens
    /// to agree with each other, and the ids it compares are only ever tested for equality, so
    /// the result is the one the shared interner gives.
    private func compareInPlace(_ gaps: [Gap]) -> (comparisons: [[WordComparison]], long: Bool) {
        let bytes = gaps.map { gap in
            (0..<gap.count).reduce(0) { $0 + old.paragraphs[gap.old + $1].utf8.count + new.paragraphs[gap.new + $1].utf8.count }
        }
        let total = bytes.reduce(0, +)
        let lanes = min(Concurrently.cores, gaps.count, total / Self.concurrentMinimumBytes)
        let threshold = options.inPlaceThreshold
        let long = total >= Self.concurrentMinimumBytes
        guard lanes > 1 else {
            return (gaps.map { gap in
                var comparisons: [WordComparison] = []
                for offset in 0..<gap.count {
                    comparisons.append(workspace.compare(old.tokens(gap.old + offset), new.tokens(gap.new + offset)))
                    if comparisons.last!.similarity < threshold { break }
                }
                return comparisons
            }, long)
        }
        // Contiguous runs of gaps with about the same number of bytes each.
        var cuts = [0]
        var sum = 0
        for (index, size) in bytes.enumerated() {
            sum += size
            if cuts.count < lanes, sum * lanes >= total * cuts.count { cuts.append(index + 1) }
        }
        if cuts.last! != gaps.count { cuts.append(gaps.count) }
        let bounds = cuts
        let oldTexts = old.paragraphs, newTexts = new.paragraphs
        let oldNFC = old.knownNFC, newNFC = new.knownNFC
        let options = options
        let compared = Concurrently.map(bounds.count - 1) { lane in
            var differ = WordDiffer(options: options)
            return gaps[bounds[lane]..<bounds[lane + 1]].map { gap in
                var comparisons: [WordComparison] = []
                for offset in 0..<gap.count {
                    let o = gap.old + offset, n = gap.new + offset
                    let a = differ.interner.tokenize(oldTexts[o], knownNFC: oldNFC[o])
                    let b = differ.interner.tokenize(newTexts[n], knownNFC: newNFC[n])
                    comparisons.append(differ.compare(a, b))
                    if comparisons.last!.similarity < threshold { break }
                }
                return comparisons
            }
        }
        return (compared.flatMap { $0 }, long)
    }

    /// Text in in-place gaps per core that ``compareInPlace(_:)`` needs to use more than one:
    /// 64 KiB, a few times the longest news articles, so an audit's many small diffs never pay
    /// for threads; also the size from which settled paragraphs drop their tokens.
    static let concurrentMinimumBytes = 1 << 16

    /// Correspondences between paragraphs the key alignment left unsettled; `known` holds word
    /// comparisons already made (only to save making them again).
    private func candidates(
        _ deleted: [Int], _ inserted: [Int], _ settledOld: [Bool], _ settledNew: [Bool], known: [Pair: WordComparison]
    ) -> [Correspondence] {
        if deleted.isEmpty || inserted.isEmpty { return [] }
        var result: [Correspondence] = []

        // Same key in different places (at most `shingleFrequencyLimit` copies of a key per side).
        var deletedByKey: [Int32: [Int]] = [:]
        for index in deleted { deletedByKey[old.keyIds[index], default: []].append(index) }
        var insertedByKey: [Int32: Int] = [:]
        for n in inserted {
            insertedByKey[new.keyIds[n], default: 0] += 1
            guard insertedByKey[new.keyIds[n]]! <= options.shingleFrequencyLimit, let olds = deletedByKey[new.keyIds[n]] else { continue }
            for o in olds.prefix(options.shingleFrequencyLimit) {
                result.append(Correspondence(kind: .change, old: [o], new: [n], similarity: 1))
            }
        }

        // Similar paragraphs, word-diffed.
        var comparisons: [Pair: WordComparison] = [:]
        var index = CandidateIndex(inserted.map { new.fingerprint($0) }, frequencyLimit: options.shingleFrequencyLimit)
        let floor = min(options.changeThreshold, options.moveThreshold)
        for o in deleted {
            let fingerprint = old.fingerprint(o)
            for item in index.candidates(for: fingerprint, limit: options.candidatesPerParagraph, include: { _ in true }) {
                let n = inserted[item]
                guard old.keyIds[o] != new.keyIds[n] else { continue }
                // Too different to pair, unless one holds the other: a part of a merge or split.
                // Holding at `splitMergeThreshold` (0.6) with a bound below `floor` (0.3) needs
                // the whole to weigh over 3 times the part (0.3 > 2 · 0.6 · part / (part +
                // whole)), a test that spares most unrelated pairs the containment bounds.
                let other = new.fingerprint(n)
                guard Fingerprint.similarityBound(fingerprint, other) >= floor
                        || other.totalWeight > 3 * fingerprint.totalWeight && contains(other, fingerprint)
                        || fingerprint.totalWeight > 3 * other.totalWeight && contains(fingerprint, other)
                else { continue }
                let comparison = known[Pair(old: o, new: n)] ?? workspace.compare(old.tokens(o), new.tokens(n))
                comparisons[Pair(old: o, new: n)] = comparison
                if comparison.similarity >= options.changeThreshold {
                    result.append(Correspondence(kind: .change, old: [o], new: [n], similarity: comparison.similarity, comparison: comparison))
                }
            }
        }

        // Splits and merges around the similar pairs.
        func similarity(_ o: Int, _ n: Int) -> Double {
            if let compared = comparisons[Pair(old: o, new: n)] { return compared.similarity }
            let comparison = known[Pair(old: o, new: n)] ?? workspace.compare(old.tokens(o), new.tokens(n))
            comparisons[Pair(old: o, new: n)] = comparison
            return comparison.similarity
        }
        var tried = Set<[Int]>()
        for pair in comparisons.keys.sorted(by: { ($0.old, $0.new) < ($1.old, $1.new) }) {
            let o = pair.old, n = pair.new
            var shapes: [(ParagraphOpKind, [Int], [Int])] = []
            for first in [n - 1, n] where first >= 0 && first + 1 < new.count && !settledNew[first] && !settledNew[first + 1] {
                shapes.append((.split, [o], [first, first + 1]))
            }
            for first in [o - 1, o] where first >= 0 && first + 1 < old.count && !settledOld[first] && !settledOld[first + 1] {
                shapes.append((.merge, [first, first + 1], [n]))
            }
            for (kind, olds, news) in shapes where tried.insert(olds + [-1] + news).inserted {
                // The bag bound settles most shapes without a word diff: the joined similarity
                // is at most `bound`, so it cannot pass the threshold, nor beat a part already
                // known to be at least as similar.
                let bound = Fingerprint.similarityBound(
                    Fingerprint(merging: olds.map(old.fingerprint)), Fingerprint(merging: news.map(new.fingerprint)))
                guard bound >= options.splitMergeThreshold else { continue }
                let partPairs = kind == .split ? news.map { Pair(old: o, new: $0) } : olds.map { Pair(old: $0, new: n) }
                if partPairs.contains(where: { (comparisons[$0]?.similarity ?? 0) >= bound }) { continue }
                let comparison = compare(olds, news)
                guard comparison.similarity >= options.splitMergeThreshold else { continue }
                let parts = kind == .split ? news.map { similarity(o, $0) } : olds.map { similarity($0, n) }
                if comparison.similarity > parts.max()! {
                    result.append(Correspondence(kind: kind, old: olds, new: news, similarity: comparison.similarity, comparison: comparison))
                }
            }
            // Three parts or more: every unsettled paragraph next to the part that the whole
            // holds joins it (a CMS dropping paragraph breaks joins a whole article into one).
            let runs: [(ParagraphOpKind, [Int], [Int])] = [
                (.merge, run(around: o, settled: settledOld, count: old.count) { contains(new.fingerprint(n), old.fingerprint($0)) }, [n]),
                (.split, [o], run(around: n, settled: settledNew, count: new.count) { contains(old.fingerprint(o), new.fingerprint($0)) }),
            ]
            for (kind, olds, news) in runs where olds.count + news.count > 3 && tried.insert(olds + [-1] + news).inserted {
                let comparison = compare(olds, news)
                guard comparison.similarity >= options.splitMergeThreshold else { continue }
                let parts = kind == .split ? news.map { similarity(o, $0) } : olds.map { similarity($0, n) }
                if comparison.similarity > parts.max()! {
                    result.append(Correspondence(kind: kind, old: olds, new: news, similarity: comparison.similarity, comparison: comparison))
                }
            }
        }
        return result
    }

    /// Whether `whole` may hold `part`: ``Fingerprint/containmentBound(_:in:)`` reaches
    /// ``DiffOptions/splitMergeThreshold``, and so does the share of `part`'s word bigrams found
    /// in `whole` (a part keeps its bigrams in the whole, but at the seams and at its own
    /// edits; two unrelated paragraphs of common words share words, few bigrams).
    private func contains(_ whole: Fingerprint, _ part: Fingerprint) -> Bool {
        Fingerprint.containmentBound(part, in: whole) >= options.splitMergeThreshold
            && Fingerprint.bigramShare(part, in: whole) >= options.splitMergeThreshold
    }

    /// The consecutive unsettled paragraphs around `index` (itself included) for which `joins`
    /// holds, at most ``maximumParts`` of them.
    private func run(around index: Int, settled: [Bool], count: Int, joins: (Int) -> Bool) -> [Int] {
        var first = index, last = index
        while last - first + 1 < Self.maximumParts, first > 0, !settled[first - 1], joins(first - 1) { first -= 1 }
        while last - first + 1 < Self.maximumParts, last + 1 < count, !settled[last + 1], joins(last + 1) { last += 1 }
        return Array(first...last)
    }

    /// Paragraphs one split or merge joins at most: a bound on the word diffs a run costs.
    static let maximumParts = 64

    private func compare(_ olds: [Int], _ news: [Int]) -> WordComparison {
        workspace.compare(old.tokens(olds), new.tokens(news))
    }

    /// Kept characters: what a correspondence is worth in the chain.
    private func worth(_ correspondence: Correspondence) -> Double {
        var total = 0
        for index in correspondence.old { total += old.weight(index) }
        for index in correspondence.new { total += new.weight(index) }
        return correspondence.similarity * Double(total)
    }

    private func op(_ correspondence: Correspondence) -> ParagraphOp {
        let oldText = old.joined(correspondence.old), newText = new.joined(correspondence.new)
        // Most paragraphs are byte for byte the same: no need for canonical-equivalence checks.
        let sameBytes = correspondence.old.count == 1 && correspondence.new.count == 1
            && old.sameBytes(correspondence.old[0], as: correspondence.new[0], of: new)
        // Different paragraph keys are a substantive change (equal text, equal whitespace-folded
        // text and equal typography-folded text all have equal keys): no need to fold again.
        let differentKeys = correspondence.old.count == 1 && correspondence.new.count == 1
            && old.keyIds[correspondence.old[0]] != new.keyIds[correspondence.new[0]]
        guard !sameBytes, let changeClass = differentKeys ? .substantive : TextKey.changeClass(oldText, newText) else {
            if correspondence.kind == .change {
                return ParagraphOp(op: .equal, old: correspondence.old, new: correspondence.new, words: [.equal(newText)])
            }
            return ParagraphOp(
                op: correspondence.kind, old: correspondence.old, new: correspondence.new,
                similarity: correspondence.similarity, words: [.equal(newText)])
        }
        let comparison = correspondence.comparison ?? compare(correspondence.old, correspondence.new)
        return ParagraphOp(
            op: correspondence.kind, old: correspondence.old, new: correspondence.new, changeClass: changeClass,
            similarity: comparison.similarity, words: comparison.words)
    }
}
