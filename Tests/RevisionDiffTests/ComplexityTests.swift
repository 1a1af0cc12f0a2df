import ArticleText
import Testing
@testable import RevisionDiff

/// Unrelated long texts must answer as delete + insert without quadratic work (the Myers
/// budget and the candidate caps of ``DiffOptions``). Timing itself is measured by the
/// benchmark script, not here.
@Suite struct ComplexityTests {
    private static func text(seed: UInt64, words: Int) -> String {
        var generator = Generator(seed: seed)
        return (0..<words).map { _ in "w\(generator.int(0..<3000))" }.joined(separator: " ")
    }

    @Test func unrelatedTenThousandWordTextsAreDeleteAndInsert() {
        let old = Self.text(seed: 1, words: 10_000), new = Self.text(seed: 2, words: 10_000)
        #expect(WordDiff.diff(old, new) == [.delete(old), .insert(new)])
        let diff = RevisionDiff(old: Article(headline: "A", paragraphs: [old]), new: Article(headline: "B", paragraphs: [new]))
        #expect(diff.paragraphs.map(\.op) == [.delete, .insert])
    }

    @Test func unrelatedArticlesOfManyParagraphsAreDeletesAndInserts() {
        var generator = Generator(seed: 3)
        let old = (0..<400).map { _ in generator.paragraph(words: 25) }
        let new = (0..<400).map { _ in (0..<25).map { _ in "x\(generator.int(0..<100_000))" }.joined(separator: " ") }
        let diff = RevisionDiff(old: Article(headline: "A", paragraphs: old), new: Article(headline: "B", paragraphs: new))
        #expect(diff.summary.inserted == 400)
        #expect(diff.summary.deleted == 400)
    }

    /// 300 edited paragraphs hold about 240 KB: enough for ``ParagraphAligner`` to compare
    /// them on several cores, each with its own interner.
    @Test func aLongArticleEditedEveryThirdParagraphIsPairedInPlaceWordByWord() {
        var generator = Generator(seed: 11)
        let old = (0..<900).map { _ in (0..<50).map { _ in "mot\(generator.int(0..<100_000))" }.joined(separator: " ") }
        var new = old
        var replaced: [(old: String, new: String)] = []
        for index in stride(from: 0, to: 900, by: 3) {
            var words = old[index].split(separator: " ").map(String.init)
            let at = generator.int(0..<50)
            replaced.append((words[at], "remplacé\(index)"))
            words[at] = "remplacé\(index)"
            new[index] = words.joined(separator: " ")
        }
        let diff = RevisionDiff(old: Article(headline: "A", paragraphs: old), new: Article(headline: "A", paragraphs: new))
        #expect(diff.paragraphs.count == 900)
        #expect(diff.summary.changed == 300)
        #expect(diff.summary.equal == 600)
        for (index, op) in diff.paragraphs.enumerated() {
            #expect(op.old == [index] && op.new == [index])
            guard index % 3 == 0 else {
                #expect(op.op == .equal)
                continue
            }
            #expect(op.op == .change)
            #expect(op.words.filter { $0.op != .equal } == [.delete(replaced[index / 3].old), .insert(replaced[index / 3].new)])
        }
    }

    /// Long revisions are prepared side by side, the new one in a workspace of its own that the
    /// shared one adopts: the diff must be the one made by preparing them one after the other,
    /// with NFD text, retyped paragraphs (same key, other bytes) and a duplicated lede.
    @Test func longRevisionsPreparedSideBySideGiveTheDiffPreparedInTurn() {
        var generator = Generator(seed: 5)
        let old = (0..<300).map { _ in generator.paragraph(words: 40) }
        var new = old
        for _ in 0..<20 { new = generator.edit(new) }
        new.insert(new[0], at: 1)
        let a = Article(headline: "Titre", paragraphs: old), b = Article(headline: "Titre", paragraphs: new)
        // Side by side from any size (1 MiB in use), on a machine of two cores or more.
        let (shared, preparedOld, preparedNew) = PreparedRevision.pair(a, b, options: DiffOptions(), concurrentFrom: 0)
        let sideBySide = RevisionDiff(old: preparedOld, new: preparedNew, workspace: shared)
        let workspace = DiffWorkspace(options: DiffOptions())
        let inTurn = RevisionDiff(
            old: PreparedRevision(a, workspace: workspace), new: PreparedRevision(b, workspace: workspace), workspace: workspace)
        #expect(sideBySide == inTurn)
        #expect(sideBySide.duplicatesNew.first?.paragraphs == [0, 1])
        #expect(sideBySide.paragraphs.contains { $0.changeClass == .typography })
    }

    @Test func aLongTextWithFewEditsIsDiffedPrecisely() {
        var words = (0..<50_000).map { "w\($0 % 7919)" }
        let old = words.joined(separator: " ")
        words[10_000] = "changé"
        words[40_000] = "modifié"
        let ops = WordDiff.diff(old, words.joined(separator: " "))
        #expect(ops.filter { $0.op != .equal } == [.delete("w2081"), .insert("changé"), .delete("w405"), .insert("modifié")])
    }
}
