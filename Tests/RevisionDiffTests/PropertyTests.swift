import ArticleText
import Testing
@testable import RevisionDiff

/// Invariants over generated revision pairs (``Generator``, fixed seeds).
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    private static func pair(_ seed: UInt64) -> (Article, Article) {
        var generator = Generator(seed: seed)
        let old = generator.paragraphs().filter { !TextKey.key($0).isEmpty }
        let new = generator.edit(old)
        return (Article(headline: generator.paragraph(words: 6), paragraphs: old),
                Article(headline: generator.paragraph(words: 6), paragraphs: new))
    }

    private static func rebuild(_ words: [WordOp], keeping kind: WordOpKind) -> String {
        words.filter { $0.op == .equal || $0.op == kind }.map(\.text).joined()
    }

    @Test(arguments: seeds) func wordOpsRebuildBothSidesExactly(seed: UInt64) {
        let (old, new) = Self.pair(seed)
        let diff = RevisionDiff(old: old, new: new)
        for op in diff.paragraphs {
            let oldText = op.old.map { old.paragraphs[$0] }.joined(separator: "\n\n")
            let newText = op.new.map { new.paragraphs[$0] }.joined(separator: "\n\n")
            #expect(Self.rebuild(op.words, keeping: .delete) == oldText, "\(op)")
            #expect(Self.rebuild(op.words, keeping: .insert) == newText, "\(op)")
            for (first, second) in zip(op.words, op.words.dropFirst()) {
                #expect(first.op != second.op)
            }
        }
        #expect(Self.rebuild(diff.headline.words, keeping: .delete) == old.headline)
        #expect(Self.rebuild(diff.headline.words, keeping: .insert) == new.headline)
    }

    @Test(arguments: seeds) func everyParagraphAppearsOnceInNewReadingOrder(seed: UInt64) {
        let (old, new) = Self.pair(seed)
        let diff = RevisionDiff(old: old, new: new)
        #expect(diff.paragraphs.flatMap(\.old).sorted() == Array(old.paragraphs.indices))
        #expect(diff.paragraphs.flatMap(\.new) == Array(new.paragraphs.indices))
    }

    @Test(arguments: seeds) func aRevisionAgainstItselfIsAllEqual(seed: UInt64) {
        let (old, _) = Self.pair(seed)
        let diff = RevisionDiff(old: old, new: old)
        #expect(diff.paragraphs.allSatisfy { $0.op == .equal })
        #expect(diff.summary == DiffSummary(equal: old.paragraphs.count))
        #expect(!diff.isSubstantive)
    }

    @Test(arguments: seeds) func diffsMirror(seed: UInt64) {
        let (old, new) = Self.pair(seed)
        let forward = RevisionDiff(old: old, new: new)
        let backward = RevisionDiff(old: new, new: old)
        #expect(forward.summary == DiffSummary(
            equal: backward.summary.equal, inserted: backward.summary.deleted, deleted: backward.summary.inserted,
            changed: backward.summary.changed, moved: backward.summary.moved,
            split: backward.summary.merged, merged: backward.summary.split))
        let mirrored: [ParagraphOpKind: ParagraphOpKind] = [.insert: .delete, .delete: .insert, .split: .merge, .merge: .split]
        let forwardOps = Set(forward.paragraphs.map { "\(mirrored[$0.op] ?? $0.op) \($0.new) \($0.old)" })
        let backwardOps = Set(backward.paragraphs.map { "\($0.op) \($0.old) \($0.new)" })
        #expect(forwardOps == backwardOps)
        #expect(forward.isSubstantive == backward.isSubstantive)
    }

    @Test(arguments: seeds) func wordDiffOfGeneratedTexts(seed: UInt64) {
        var generator = Generator(seed: seed &* 7919)
        let old = generator.paragraph(words: generator.int(0..<80))
        let new = generator.edit([old]).first ?? ""
        let ops = WordDiff.diff(old, new)
        #expect(Self.rebuild(ops, keeping: .delete) == old)
        #expect(Self.rebuild(ops, keeping: .insert) == new)
        #expect(WordDiff.diff(old, old) == [.equal(old)])
    }
}

/// ``ParagraphKey`` and ``ByteKey`` must agree with ``TextKey/key(_:)`` equality.
@Suite struct ParagraphKeyTests {
    @Test func fastKeyMatchesTextKey() {
        let texts = [
            "Il a dit", "Il  a dit", " Il a dit ", "Il\u{00A0}a dit", "Il a\tdit", "l'État", "l’État", "le \"oui\"",
            "le «oui»", "le “oui”", "Attendez...", "Attendez…", "Genève", "Gene\u{300}ve", "Ge\u{301}ne\u{300}ve", "测试", "한국", "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}",
        ]
        for x in texts {
            #expect(ParagraphKey.key(x) == TextKey.key(x), "\(x)")
            for y in texts {
                let same = TextKey.key(x) == TextKey.key(y)
                #expect((ByteKey(ParagraphKey.key(x)) == ByteKey(ParagraphKey.key(y))) == same, "\(x) | \(y)")
            }
        }
    }

    @Test(arguments: PropertyTests.seeds) func fastKeyMatchesTextKeyOnGeneratedText(seed: UInt64) {
        var generator = Generator(seed: seed)
        let text = generator.paragraph(words: 30)
        #expect(ByteKey(ParagraphKey.key(text)) == ByteKey(TextKey.key(text)))
    }
}
