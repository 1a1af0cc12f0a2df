/// Myers' O(ND) difference algorithm in linear space (E. W. Myers, "An O(ND) Difference
/// Algorithm and Its Variations", Algorithmica 1986, §4b: the middle snake), on integer ids,
/// with a cost cut-off like git's xdiff.
///
/// The search runs forward from the start and backward from the end at once until the two
/// paths overlap; the overlap point splits the problem in two halves that are solved the same
/// way. Time O((N+M)·D), space O(D).
struct MyersDiff {
    private var forward: [Int] = []
    private var backward: [Int] = []

    /// The split point `(x, y)` (offsets from `a.lowerBound`, `b.lowerBound`) of an optimal
    /// edit script of `ids[a]` into `ids[b]`, or nil when the edit distance exceeds
    /// `2 · maxD` (the search gives up; the caller treats the region as replaced). Both ranges
    /// must be non-empty and have no common prefix or suffix.
    ///
    /// - Returns: the split and the `d` reached, which is what the search cost.
    mutating func middleSnake(
        _ old: UnsafeBufferPointer<Int32>, _ a: Range<Int>,
        _ new: UnsafeBufferPointer<Int32>, _ b: Range<Int>,
        maxD: Int
    ) -> (split: (x: Int, y: Int)?, reached: Int) {
        let n = a.count, m = b.count
        let aLo = a.lowerBound, bLo = b.lowerBound
        let dLimit = min((n + m + 1) / 2, max(maxD, 1))
        let offset = dLimit + 1
        let length = 2 * dLimit + 3
        forward.removeAll(keepingCapacity: true)
        forward.append(contentsOf: repeatElement(-1, count: length))
        backward.removeAll(keepingCapacity: true)
        backward.append(contentsOf: repeatElement(-1, count: length))
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        let front = delta & 1 != 0
        var k1start = 0, k1end = 0, k2start = 0, k2end = 0

        return forward.withUnsafeMutableBufferPointer { v1 in
            backward.withUnsafeMutableBufferPointer { v2 in
                for d in 0..<dLimit {
                    var k1 = -d + k1start
                    while k1 <= d - k1end {
                        let k1Offset = offset + k1
                        var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1])
                            ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1
                        var y1 = x1 - k1
                        while x1 < n && y1 < m && old[aLo + x1] == new[bLo + y1] {
                            x1 += 1
                            y1 += 1
                        }
                        v1[k1Offset] = x1
                        if x1 > n {
                            k1end += 2
                        } else if y1 > m {
                            k1start += 2
                        } else if front {
                            let k2Offset = offset + delta - k1
                            if k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset] {
                                return ((x1, y1), d)
                            }
                        }
                        k1 += 2
                    }
                    var k2 = -d + k2start
                    while k2 <= d - k2end {
                        let k2Offset = offset + k2
                        var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1])
                            ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1
                        var y2 = x2 - k2
                        while x2 < n && y2 < m && old[aLo + n - x2 - 1] == new[bLo + m - y2 - 1] {
                            x2 += 1
                            y2 += 1
                        }
                        v2[k2Offset] = x2
                        if x2 > n {
                            k2end += 2
                        } else if y2 > m {
                            k2start += 2
                        } else if !front {
                            let k1Offset = offset + delta - k2
                            if k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1 {
                                let x1 = v1[k1Offset]
                                if x1 >= n - x2 { return ((x1, x1 - (k1Offset - offset)), d) }
                            }
                        }
                        k2 += 2
                    }
                }
                return (nil, dLimit)
            }
        }
    }
}
