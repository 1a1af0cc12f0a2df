import ArticleText
import Testing
@testable import RevisionDiff

/// The shortcuts of the candidate search give what the general path gives.
@Suite struct CandidateSearchTests {
    /// Paragraphs drawn from the generator's small vocabulary, so many share word bigrams.
    private static func paragraphs(seed: UInt64, count: Int) -> [String] {
        var generator = Generator(seed: seed)
        return (0..<count).map { _ in generator.paragraph(words: generator.int(1..<30)) }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func fewItemsGetTheCandidatesOfTheIndex(seed: UInt64) {
        let items = Self.paragraphs(seed: seed, count: CandidateIndex.directItems)
        let queries = Self.paragraphs(seed: seed + 100, count: 12)
        // Fillers share no bigram with anything: with them the index is built, without them not.
        let fillers = (0..<8).map { "zq\($0)a zq\($0)b zq\($0)c" }
        let workspace = DiffWorkspace(options: DiffOptions())
        let itemSide = workspace.side(items + fillers), querySide = workspace.side(queries)
        let fingerprints = (0..<itemSide.count).map(itemSide.fingerprint)
        var direct = CandidateIndex(Array(fingerprints.prefix(items.count)), frequencyLimit: 64)
        var indexed = CandidateIndex(fingerprints, frequencyLimit: 64)
        var found = 0
        for query in 0..<querySide.count {
            for limit in [1, 3, 16] {
                let fingerprint = querySide.fingerprint(query)
                let candidates = direct.candidates(for: fingerprint, limit: limit, include: { _ in true })
                #expect(candidates == indexed.candidates(for: fingerprint, limit: limit, include: { _ in true }))
                found += candidates.count
            }
        }
        #expect(found > 0)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aMergedBagIsTheBagOfTheJoinedText(seed: UInt64) {
        let parts = Self.paragraphs(seed: seed, count: 3)
        let workspace = DiffWorkspace(options: DiffOptions())
        let side = workspace.side(parts)
        let merged = Fingerprint(merging: (0..<3).map(side.fingerprint))
        let joined = Fingerprint(workspace.tokenize(parts.joined(separator: "\n\n")))
        #expect(merged.bag.map { [$0.key, $0.count, $0.weight] } == joined.bag.map { [$0.key, $0.count, $0.weight] })
        #expect(merged.totalWeight == joined.totalWeight)
    }

    @Test func integerSortSortsEveryShape() {
        var generator = Generator(seed: 9)
        for count in [0, 1, 2, 3, 15, 16, 17, 40, 100, 1000, 5000] {
            let shapes: [[UInt64]] = [
                (0..<count).map { _ in generator.next() },
                (0..<count).map { _ in UInt64(generator.int(0..<4)) },
                (0..<count).map { UInt64($0) },
                (0..<count).map { UInt64(count - $0) },
                (0..<count).map { UInt64($0 % 2 == 0 ? $0 : count - $0) },
            ]
            for shape in shapes {
                var sorted = shape
                IntegerSort.sort(&sorted)
                #expect(sorted == shape.sorted(), "\(count)")
            }
        }
    }
}
