import ArticleText

/// Aligns the paragraphs of two revisions by content (design §4) and turns the alignment into
/// paragraph ops in the new revision's reading order.
///
/// 1. ``SequenceAligner`` on paragraph key ids: common prefix and suffix, patience anchors
///    (paragraphs unique on both sides with at least ``DiffOptions/anchorMinimumWords`` words,
///    so repeated boilerplate and near-empty lines never anchor), Myers between anchors. The
///    longest common subsequence stays `equal`, so one moved paragraph never makes the others
///    look moved.
/// 2. A deleted and an inserted paragraph with the same key in different places: `move`.
/// 3. Candidates for the rest: each deleted paragraph against the inserted ones sharing the
///    most word bigrams (``CandidateIndex``), dropped when ``Fingerprint/similarityBound(_:_:)``
///    is below the thresholds, word-diffed otherwise.
/// 4. Inside each change block (the deleted and inserted paragraphs between two equal ones),
///    the order-preserving pairing that keeps the most characters: `change` (similarity ≥
///    ``DiffOptions/changeThreshold``), `split` and `merge` (≥ ``DiffOptions/splitMergeThreshold``
///    and better than either part alone). Pairing by similarity, not position, avoids
///    wikidiff2's mis-pairing when a paragraph is inserted before an edited one (T15462).
/// 5. What is left, anywhere: `move` from ``DiffOptions/moveThreshold`` up, best pairs first.
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

    private struct Pairing {
        var kind: ParagraphOpKind
        var old: [Int]
        var new: [Int]
        var comparison: WordComparison
    }

    /// The ops in the new revision's reading order, deletes where they were.
    func ops() -> [ParagraphOp] {
        var aligner = SequenceAligner()
        let runs = aligner.align(
            old.keyIds, new.keyIds, idCount: workspace.paragraphKeyCount,
            anchorable: workspace.anchorableKeys, workLimit: options.myersWorkLimit)

        // Change blocks: gap k comes before run k; the last one after the last run.
        var gaps: [(old: Range<Int>, new: Range<Int>)] = []
        var gapOfOld = [Int](repeating: -1, count: old.count)
        var gapOfNew = [Int](repeating: -1, count: new.count)
        var i = 0, j = 0
        for run in runs + [MatchRun(old: old.count, new: new.count, count: 0)] {
            for index in i..<run.old { gapOfOld[index] = gaps.count }
            for index in j..<run.new { gapOfNew[index] = gaps.count }
            gaps.append((i..<run.old, j..<run.new))
            i = run.old + run.count
            j = run.new + run.count
        }

        var pairedOld = [Bool](repeating: false, count: old.count)
        var pairedNew = [Bool](repeating: false, count: new.count)
        var moveAt: [Int: Pairing] = [:]  // by new index

        // Same key elsewhere: a move of (nearly) identical text.
        var deletedByKey: [Int32: [Int]] = [:]
        for index in 0..<old.count where gapOfOld[index] >= 0 {
            deletedByKey[old.keyIds[index], default: []].append(index)
        }
        for index in 0..<new.count where gapOfNew[index] >= 0 {
            guard let list = deletedByKey[new.keyIds[index]],
                  let match = list.first(where: { !pairedOld[$0] && gapOfOld[$0] != gapOfNew[index] })
            else { continue }
            pairedOld[match] = true
            pairedNew[index] = true
            moveAt[index] = Pairing(kind: .move, old: [match], new: [index], comparison: compare([match], [index]))
        }

        // Candidate pairs, word-diffed.
        var comparisons: [Pair: WordComparison] = [:]
        let deleted = (0..<old.count).filter { gapOfOld[$0] >= 0 && !pairedOld[$0] }
        let inserted = (0..<new.count).filter { gapOfNew[$0] >= 0 && !pairedNew[$0] }
        if !deleted.isEmpty, !inserted.isEmpty {
            let index = CandidateIndex(inserted.map { new.fingerprint($0) }, frequencyLimit: options.shingleFrequencyLimit)
            let floor = min(options.changeThreshold, options.moveThreshold)
            for o in deleted {
                let fingerprint = old.fingerprint(o)
                for item in index.candidates(for: fingerprint, limit: options.candidatesPerParagraph, include: { _ in true }) {
                    let n = inserted[item]
                    guard Fingerprint.similarityBound(fingerprint, new.fingerprint(n)) >= floor else { continue }
                    comparisons[Pair(old: o, new: n)] = workspace.compare(old.tokens(o), new.tokens(n))
                }
            }
        }

        // Inside each change block: the best order-preserving pairing.
        var pairingsInGap = [[Pairing]](repeating: [], count: gaps.count)
        for (g, gap) in gaps.enumerated() {
            let olds = gap.old.filter { !pairedOld[$0] }
            let news = gap.new.filter { !pairedNew[$0] }
            if olds.isEmpty || news.isEmpty { continue }
            let pairings = olds.count * news.count <= options.pairingAlignmentCellLimit
                ? bestPairing(olds, news, comparisons)
                : greedyPairing(olds, news, comparisons)
            for pairing in pairings {
                for index in pairing.old { pairedOld[index] = true }
                for index in pairing.new { pairedNew[index] = true }
            }
            pairingsInGap[g] = pairings
        }

        // Moves: the best remaining pairs anywhere.
        let moves = comparisons
            .filter { $0.value.similarity >= options.moveThreshold && !pairedOld[$0.key.old] && !pairedNew[$0.key.new] }
            .sorted {
                $0.value.similarity != $1.value.similarity ? $0.value.similarity > $1.value.similarity
                    : $0.key.old != $1.key.old ? $0.key.old < $1.key.old : $0.key.new < $1.key.new
            }
        for (pair, comparison) in moves where !pairedOld[pair.old] && !pairedNew[pair.new] {
            pairedOld[pair.old] = true
            pairedNew[pair.new] = true
            moveAt[pair.new] = Pairing(kind: .move, old: [pair.old], new: [pair.new], comparison: comparison)
        }

        // Reading order of the new revision; deletes where they were.
        var ops: [ParagraphOp] = []
        for (g, gap) in gaps.enumerated() {
            var oldCursor = gap.old.lowerBound, newCursor = gap.new.lowerBound
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
                oldCursor = oldEnd
                newCursor = newEnd
            }
            for pairing in pairingsInGap[g] {
                flush(pairing.old[0], pairing.new[0])
                ops.append(op(pairing))
                oldCursor = pairing.old[pairing.old.count - 1] + 1
                newCursor = pairing.new[pairing.new.count - 1] + 1
            }
            flush(gap.old.upperBound, gap.new.upperBound)
            if g < runs.count {
                let run = runs[g]
                for offset in 0..<run.count {
                    let o = run.old + offset, n = run.new + offset
                    if old.paragraphs[o] == new.paragraphs[n] {
                        ops.append(ParagraphOp(op: .equal, old: [o], new: [n], words: [.equal(new.paragraphs[n])]))
                    } else {
                        ops.append(op(Pairing(kind: .change, old: [o], new: [n], comparison: compare([o], [n]))))
                    }
                }
            }
        }
        return ops
    }

    private func compare(_ olds: [Int], _ news: [Int]) -> WordComparison {
        let a = olds.count == 1 ? old.tokens(olds[0]) : workspace.tokenize(old.joined(olds))
        let b = news.count == 1 ? new.tokens(news[0]) : workspace.tokenize(new.joined(news))
        return workspace.compare(a, b)
    }

    private func op(_ pairing: Pairing) -> ParagraphOp {
        let oldText = old.joined(pairing.old), newText = new.joined(pairing.new)
        let changeClass = TextKey.changeClass(oldText, newText)
        if changeClass == nil, pairing.kind == .change {
            return ParagraphOp(op: .equal, old: pairing.old, new: pairing.new, words: [.equal(newText)])
        }
        let words = changeClass == nil ? [.equal(newText)] : pairing.comparison.words
        return ParagraphOp(
            op: pairing.kind, old: pairing.old, new: pairing.new, changeClass: changeClass,
            similarity: pairing.comparison.similarity, words: words)
    }

    /// Kept characters: what a pairing is worth.
    private func worth(_ comparison: WordComparison, _ olds: [Int], _ news: [Int]) -> Double {
        var total = 0
        for index in olds { total += old.fingerprint(index).totalWeight }
        for index in news { total += new.fingerprint(index).totalWeight }
        return comparison.similarity * Double(total)
    }

    /// The order-preserving set of changes, splits and merges keeping the most characters
    /// (dynamic programming over `olds.count × news.count` cells).
    private func bestPairing(_ olds: [Int], _ news: [Int], _ comparisons: [Pair: WordComparison]) -> [Pairing] {
        let rows = olds.count + 1, columns = news.count + 1
        var score = [Double](repeating: 0, count: rows * columns)
        var choice = [Pairing?](repeating: nil, count: rows * columns)
        var step = [(Int, Int)](repeating: (0, 0), count: rows * columns)
        var joinedCache: [Pair: WordComparison?] = [:]

        func pair(_ o: Int, _ n: Int) -> WordComparison? {
            guard let comparison = comparisons[Pair(old: o, new: n)], comparison.similarity >= options.changeThreshold else { return nil }
            return comparison
        }
        /// `split` (old o → new n, n+1) or `merge` (old o, o+1 → new n) when it beats both parts.
        func joined(_ olds: [Int], _ news: [Int]) -> WordComparison? {
            let key = Pair(old: olds.count == 2 ? -1 - olds[0] : olds[0], new: news[0])
            if let cached = joinedCache[key] { return cached }
            let parts = olds.count == 2
                ? [Pair(old: olds[0], new: news[0]), Pair(old: olds[1], new: news[0])]
                : [Pair(old: olds[0], new: news[0]), Pair(old: olds[0], new: news[1])]
            let partSimilarities = parts.compactMap { comparisons[$0]?.similarity }
            var result: WordComparison?
            if !partSimilarities.isEmpty {
                let comparison = compare(olds, news)
                if comparison.similarity >= options.splitMergeThreshold, comparison.similarity > partSimilarities.max()! {
                    result = comparison
                }
            }
            joinedCache[key] = result
            return result
        }

        for p in 0..<rows {
            for q in 0..<columns where p > 0 || q > 0 {
                let cell = p * columns + q
                var best = -1.0
                if p > 0, score[cell - columns] > best {
                    best = score[cell - columns]
                    step[cell] = (p - 1, q)
                }
                if q > 0, score[cell - 1] > best {
                    best = score[cell - 1]
                    step[cell] = (p, q - 1)
                }
                func consider(_ kind: ParagraphOpKind, _ fromP: Int, _ fromQ: Int, _ olds: [Int], _ news: [Int], _ comparison: WordComparison?) {
                    guard let comparison else { return }
                    let value = score[fromP * columns + fromQ] + worth(comparison, olds, news)
                    if value > best {
                        best = value
                        step[cell] = (fromP, fromQ)
                        choice[cell] = Pairing(kind: kind, old: olds, new: news, comparison: comparison)
                    }
                }
                if p > 0, q > 0 {
                    consider(.change, p - 1, q - 1, [olds[p - 1]], [news[q - 1]], pair(olds[p - 1], news[q - 1]))
                }
                if p > 0, q > 1, news[q - 1] == news[q - 2] + 1 {
                    let o = olds[p - 1], n = news[q - 2]
                    consider(.split, p - 1, q - 2, [o], [n, n + 1], joined([o], [n, n + 1]))
                }
                if p > 1, q > 0, olds[p - 1] == olds[p - 2] + 1 {
                    let o = olds[p - 2], n = news[q - 1]
                    consider(.merge, p - 2, q - 1, [o, o + 1], [n], joined([o, o + 1], [n]))
                }
                score[cell] = best
            }
        }

        var pairings: [Pairing] = []
        var p = olds.count, q = news.count
        while p > 0 || q > 0 {
            let cell = p * columns + q
            if let pairing = choice[cell] { pairings.append(pairing) }
            (p, q) = step[cell]
        }
        return pairings.reversed()
    }

    /// For change blocks too large for ``bestPairing``: the most similar pairs first, each
    /// kept if it does not cross one already kept.
    private func greedyPairing(_ olds: [Int], _ news: [Int], _ comparisons: [Pair: WordComparison]) -> [Pairing] {
        let oldRange = olds[0]...olds[olds.count - 1], newRange = news[0]...news[news.count - 1]
        let candidates = comparisons
            .filter { oldRange.contains($0.key.old) && newRange.contains($0.key.new) && $0.value.similarity >= options.changeThreshold }
            .sorted {
                $0.value.similarity != $1.value.similarity ? $0.value.similarity > $1.value.similarity
                    : $0.key.old != $1.key.old ? $0.key.old < $1.key.old : $0.key.new < $1.key.new
            }
        var kept: [Pairing] = []
        for (pair, comparison) in candidates {
            let crosses = kept.contains { ($0.old[0] - pair.old) * ($0.new[0] - pair.new) <= 0 }
            if !crosses { kept.append(Pairing(kind: .change, old: [pair.old], new: [pair.new], comparison: comparison)) }
        }
        return kept.sorted { $0.old[0] < $1.old[0] }
    }
}
