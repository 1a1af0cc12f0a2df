/// A run of equal ids: `old[old ..< old + count] == new[new ..< new + count]`.
struct MatchRun: Equatable {
    var old: Int
    var new: Int
    var count: Int
}

/// Aligns two sequences of interned ids: the engine under both the paragraph and the word diff.
///
/// 1. Trim the common prefix and suffix (git's xdiff).
/// 2. Anchor on ids that occur exactly once on each side (patience diff, as in git
///    `--patience`), or failing those on rare ids (as JGit's histogram diff does), keep the
///    longest chain of anchors in order on both sides, and recurse between anchors.
/// 3. Where no anchor is left, run ``MyersDiff`` under a work budget shared by the whole
///    alignment; a region the budget cannot pay for stays unmatched (whole delete + insert),
///    so the cost is bounded whatever the input.
///
/// The aligner keeps its scratch buffers, so reuse one for many alignments.
struct SequenceAligner {
    private var myers = MyersDiff()
    private var countOld: [Int32] = []
    private var countNew: [Int32] = []
    private var positionOld: [Int32] = []

    private enum Task {
        case anchored(Range<Int>, Range<Int>)
        case myers(Range<Int>, Range<Int>)
    }

    /// The matched runs of `old` and `new`, sorted, non-overlapping and increasing on both
    /// sides.
    ///
    /// - Parameters:
    ///   - idCount: ids are in `0..<idCount`.
    ///   - anchorable: whether an id may anchor (nil: every id may).
    ///   - workLimit: Myers budget, in tokens × edit distance.
    mutating func align(
        _ old: [Int32], _ new: [Int32], idCount: Int, anchorable: [Bool]? = nil, workLimit: Int
    ) -> [MatchRun] {
        if countOld.count < idCount {
            // Geometric growth: the interner's id count grows a little with every new text.
            countOld = [Int32](repeating: 0, count: max(idCount, 2 * countOld.count))
            countNew = countOld
            positionOld = countOld
        }
        var runs: [MatchRun] = []
        var remaining = workLimit
        var tasks: [Task] = [.anchored(0..<old.count, 0..<new.count)]
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                while let task = tasks.popLast() {
                    let isMyers: Bool
                    var a: Range<Int>, b: Range<Int>
                    switch task {
                    case let .anchored(x, y): (a, b, isMyers) = (x, y, false)
                    case let .myers(x, y): (a, b, isMyers) = (x, y, true)
                    }
                    var prefix = 0
                    while prefix < a.count, prefix < b.count, old[a.lowerBound + prefix] == new[b.lowerBound + prefix] {
                        prefix += 1
                    }
                    if prefix > 0 { runs.append(MatchRun(old: a.lowerBound, new: b.lowerBound, count: prefix)) }
                    a = (a.lowerBound + prefix)..<a.upperBound
                    b = (b.lowerBound + prefix)..<b.upperBound
                    var suffix = 0
                    while suffix < a.count, suffix < b.count, old[a.upperBound - 1 - suffix] == new[b.upperBound - 1 - suffix] {
                        suffix += 1
                    }
                    if suffix > 0 { runs.append(MatchRun(old: a.upperBound - suffix, new: b.upperBound - suffix, count: suffix)) }
                    a = a.lowerBound..<(a.upperBound - suffix)
                    b = b.lowerBound..<(b.upperBound - suffix)
                    if a.isEmpty || b.isEmpty { continue }

                    if !isMyers {
                        let anchors = uniqueAnchors(old, a, new, b, anchorable: anchorable)
                        if anchors.isEmpty {
                            tasks.append(.myers(a, b))
                            continue
                        }
                        var oldStart = a.lowerBound, newStart = b.lowerBound
                        for (i, j) in anchors {
                            runs.append(MatchRun(old: i, new: j, count: 1))
                            tasks.append(.anchored(oldStart..<i, newStart..<j))
                            oldStart = i + 1
                            newStart = j + 1
                        }
                        tasks.append(.anchored(oldStart..<a.upperBound, newStart..<b.upperBound))
                        continue
                    }

                    let cost = a.count + b.count
                    let maxD = remaining / cost
                    if maxD < 1 { continue }
                    let (split, reached) = myers.middleSnake(old, a, new, b, maxD: maxD)
                    remaining -= cost * (reached + 1)
                    guard let (x, y) = split, (x, y) != (0, 0), (x, y) != (a.count, b.count) else { continue }
                    tasks.append(.myers(a.lowerBound..<(a.lowerBound + x), b.lowerBound..<(b.lowerBound + y)))
                    tasks.append(.myers((a.lowerBound + x)..<a.upperBound, (b.lowerBound + y)..<b.upperBound))
                }
            }
        }
        return Self.coalesced(runs)
    }

    /// Anchor pairs `(i, j)`, the longest chain increasing on both sides (patience sorting,
    /// O(k log k)) among: ids unique in `old[a]` and in `new[b]` (patience diff); failing
    /// those, ids occurring equally often on both sides, at most 64 times (JGit histogram
    /// diff's chain limit), the k-th occurrence paired with the k-th.
    private mutating func uniqueAnchors(
        _ old: UnsafeBufferPointer<Int32>, _ a: Range<Int>,
        _ new: UnsafeBufferPointer<Int32>, _ b: Range<Int>,
        anchorable: [Bool]?
    ) -> [(Int, Int)] {
        for i in a {
            let id = Int(old[i])
            countOld[id] += 1
            positionOld[id] = Int32(i)
        }
        for j in b {
            let id = Int(new[j])
            if countOld[id] > 0 { countNew[id] += 1 }
        }
        var candidates: [(Int, Int)] = []
        for j in b {
            let id = Int(new[j])
            if countOld[id] == 1, countNew[id] == 1, anchorable?[id] ?? true {
                candidates.append((Int(positionOld[id]), j))
            }
        }
        if candidates.isEmpty {
            // k-th occurrence of an id in old, keyed by id and k.
            var occurrence: [Int: Int] = [:]
            var seen: [Int32: Int32] = [:]
            for i in a {
                let id = Int(old[i])
                guard countOld[id] == countNew[id], countOld[id] <= 64, anchorable?[id] ?? true else { continue }
                let k = seen[old[i], default: 0]
                seen[old[i]] = k + 1
                occurrence[id << 7 | Int(k)] = i
            }
            seen.removeAll(keepingCapacity: true)
            for j in b {
                let id = Int(new[j])
                guard countOld[id] == countNew[id], countOld[id] <= 64, anchorable?[id] ?? true else { continue }
                let k = seen[new[j], default: 0]
                seen[new[j]] = k + 1
                if let i = occurrence[id << 7 | Int(k)] { candidates.append((i, j)) }
            }
        }
        for i in a {
            countOld[Int(old[i])] = 0
            countNew[Int(old[i])] = 0
        }
        return Self.longestIncreasingChain(candidates)
    }

    /// The longest subsequence of `pairs` (already increasing in `.1`) increasing in `.0`.
    private static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        if pairs.count < 2 { return pairs }
        var tails: [Int] = []  // index into pairs of the smallest tail of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].0 < pair.0 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            chain.append(pairs[index])
            index = previous[index]
        }
        return chain.reversed()
    }

    /// Sorts runs and joins those that touch.
    private static func coalesced(_ runs: [MatchRun]) -> [MatchRun] {
        var result: [MatchRun] = []
        result.reserveCapacity(runs.count)
        for run in runs.sorted(by: { $0.old < $1.old }) {
            if let last = result.last, last.old + last.count == run.old, last.new + last.count == run.new {
                result[result.count - 1].count += run.count
            } else {
                result.append(run)
            }
        }
        return result
    }
}
