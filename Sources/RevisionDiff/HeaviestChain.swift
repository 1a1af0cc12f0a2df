/// The heaviest chain of boxes increasing on both axes: given correspondences that each cover
/// an interval of old and an interval of new paragraphs, the subset of greatest total weight in
/// which each one lies strictly after the previous on both sides. This is the weighted longest
/// common subsequence restricted to candidate pairs; a sweep over new positions with a Fenwick
/// tree of prefix maxima over old positions gives O(P log P) for P candidates.
enum HeaviestChain {
    struct Box {
        var old: ClosedRange<Int>
        var new: ClosedRange<Int>
        var weight: Double
    }

    /// Indices into `boxes` of the heaviest chain, in order.
    static func chain(_ boxes: [Box], oldCount: Int) -> [Int] {
        if boxes.isEmpty { return [] }
        let byStart = boxes.indices.sorted { (boxes[$0].new.lowerBound, $0) < (boxes[$1].new.lowerBound, $1) }
        let byEnd = boxes.indices.sorted { (boxes[$0].new.upperBound, $0) < (boxes[$1].new.upperBound, $1) }
        var tree = [(score: Double, box: Int)](repeating: (0, -1), count: oldCount + 1)
        var score = [Double](repeating: 0, count: boxes.count)
        var previous = [Int](repeating: -1, count: boxes.count)
        var pending = 0

        func update(_ position: Int, _ value: (score: Double, box: Int)) {
            var index = position + 1
            while index <= oldCount {
                if value.score > tree[index].score { tree[index] = value }
                index += index & -index
            }
        }
        /// Best chain ending at old positions `< end`.
        func query(_ end: Int) -> (score: Double, box: Int) {
            var best: (score: Double, box: Int) = (0, -1)
            var index = end
            while index > 0 {
                if tree[index].score > best.score { best = tree[index] }
                index -= index & -index
            }
            return best
        }

        for box in byStart {
            let start = boxes[box].new.lowerBound
            while pending < byEnd.count, boxes[byEnd[pending]].new.upperBound < start {
                let done = byEnd[pending]
                update(boxes[done].old.upperBound, (score[done], done))
                pending += 1
            }
            let best = query(boxes[box].old.lowerBound)
            score[box] = best.score + boxes[box].weight
            previous[box] = best.box
        }

        var end = 0
        for box in boxes.indices where score[box] > score[end] { end = box }
        var chain: [Int] = []
        var box = end
        while box >= 0 {
            chain.append(box)
            box = previous[box]
        }
        return chain.reversed()
    }
}
