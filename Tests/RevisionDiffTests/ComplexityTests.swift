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

    @Test func aLongTextWithFewEditsIsDiffedPrecisely() {
        var words = (0..<50_000).map { "w\($0 % 7919)" }
        let old = words.joined(separator: " ")
        words[10_000] = "changé"
        words[40_000] = "modifié"
        let ops = WordDiff.diff(old, words.joined(separator: " "))
        #expect(ops.filter { $0.op != .equal } == [.delete("w2081"), .insert("changé"), .delete("w405"), .insert("modifié")])
    }
}
