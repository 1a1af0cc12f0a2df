import Foundation
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

    /// The token limits: none, an interner always renewed, and the default (kept here).
    @Test(arguments: [UInt64(1), 7, 23], [0, RevisionChainDiffer.tokenLimit])
    func aChainDiffEqualsEachPairDiffedAlone(seed: UInt64, tokenLimit: Int) {
        // 40 revisions: past the chain differ's workspace restart (32), with one pair out of
        // sequence (its old revision is not the previous new one).
        var generator = Generator(seed: seed)
        var revisions = [Article(headline: generator.paragraph(words: 6), paragraphs: generator.paragraphs())]
        for _ in 1..<40 {
            let last = revisions[revisions.count - 1]
            revisions.append(Article(headline: generator.chance(20) ? generator.paragraph(words: 6) : last.headline,
                                     paragraphs: generator.edit(last.paragraphs)))
        }
        let differ = RevisionChainDiffer(options: DiffOptions(), tokenLimit: tokenLimit)
        var pairs = Array(zip(revisions.indices.dropLast(), revisions.indices.dropFirst()))
        pairs.insert((0, 5), at: 10)
        for (old, new) in pairs {
            #expect(differ.diff(old: revisions[old], new: revisions[new]) == RevisionDiff(old: revisions[old], new: revisions[new]),
                    "revision \(old) → \(new)")
        }
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

/// The byte-level fast paths must agree with the scalar and `Character` definitions they replace.
@Suite struct FastPathTests {
    static let tricky = [
        "Il a dit", "Il  a dit", " Il a dit ", "Il\u{00A0}a dit", "Il a\tdit", "dit\u{202F}: oui", "a\u{2009}b\u{3000}c",
        "l'État", "l’État", "le \"oui\"", "le «oui»", "le “oui”", "le « oui » dit", "le «\u{00A0}oui\u{202F}» dit", "«\t\u{00A0}»", "» a « b", "Attendez...", "Attendez…", "Genève", "Gene\u{300}ve",
        "Ge\u{301}ne\u{300}ve", "测试A", "测试B", "한국", "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}", "👍🏽 ok",
        "👨‍👩‍👧 famille", "🇫🇷🇩🇪", "ligne\r\nsuite", "ligne\rsuite", "e\u{301}\u{302}t\u{E9}", "Ω \u{2126}", "©\u{FE0F} 2021",
        "x\u{200D}y", "fin\u{0085}", "\u{2028}a\u{2029}", "‘a’ ‚b‛ ʼc ′d″", "\u{1680}x\u{205F}y",
        "1,200.5 et 3\u{202F}000", "17:04, 2021. 3 000", "a,1 1,a 1.\u{301}2",
    ]

    /// TextKey's key as the scalar-by-scalar mapping followed by NFC it was first written as.
    static func referenceKey(_ text: String) -> String {
        // TextKey's rule, scalar by scalar: a letter or digit is an ASCII one or any other
        // scalar outside U+0080–U+00BF, U+2000–U+2FFF and U+3000–U+303F, quotes excepted.
        let quotes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}",
                                           "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}"]
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 0x80 { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
            if quotes.contains(scalar) { return false }
            return !((0x80...0xBF).contains(value) || (0x2000...0x2FFF).contains(value) || (0x3000...0x303F).contains(value))
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var lastIsWord = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if ["\u{200B}", "\u{2060}", "\u{00AD}"].contains(scalar) { continue }
            let word = isWord(scalar)
            if pendingSpace, lastIsWord, word { out.append(" ") }
            pendingSpace = false
            lastIsWord = word
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}": out.append("'")
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": out.append("\"")
            case "\u{2026}": out.append(contentsOf: "...".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Token boundaries as the `Character`-by-`Character` classification gives them.
    static func referenceTokens(_ text: String) -> [String] {
        func unit(_ character: Character) -> Int {
            let scalar = character.unicodeScalars.first!
            if scalar.properties.isWhitespace { return 1 }
            if scalar == "." { return 2 }
            if scalar.properties.isIdeographic || [0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F].contains(where: { $0.contains(scalar.value) }) { return 3 }
            if scalar.properties.isAlphabetic { return 0 }
            switch scalar.properties.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber: return 0
            default: return 3
            }
        }
        // A single `,` `.` `:` or no-break/thin space between two ASCII digits joins a figure.
        func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }
        let characters = Array(text)
        var tokens: [String] = []
        var previous: Int?
        for (index, character) in characters.enumerated() {
            var u = unit(character)
            if character.unicodeScalars.count == 1, [",", ".", ":", "\u{00A0}", "\u{202F}", "\u{2009}"].contains(character.unicodeScalars.first!),
               index > 0, isDigit(characters[index - 1].unicodeScalars.last),
               index + 1 < characters.count, isDigit(characters[index + 1].unicodeScalars.first) {
                u = 0
            }
            if let previous, previous == u, u != 3 { tokens[tokens.count - 1].append(character) } else { tokens.append(String(character)) }
            previous = u
        }
        return tokens
    }

    @Test(arguments: tricky) func byteKeyMatchesScalarKey(text: String) {
        #expect(TextKey.key(text) == Self.referenceKey(text))
        #expect(TextKey.key(text).unicodeScalars.elementsEqual(Self.referenceKey(text).unicodeScalars))
    }

    @Test(arguments: tricky) func byteTokensMatchCharacterTokens(text: String) {
        let bounds = Tokenizer.boundaries(of: text)
        let tokens = zip(bounds, bounds.dropFirst()).map { String(text[$0..<$1]) }
        #expect(tokens == Self.referenceTokens(text))
        #expect(tokens.joined() == text)
    }

    @Test func paragraphKeyIdsFollowTextKeyEquality() {
        let workspace = DiffWorkspace(options: DiffOptions())
        let side = workspace.side(Self.tricky)
        for x in Self.tricky.indices {
            for y in Self.tricky.indices {
                let same = TextKey.key(Self.tricky[x]) == TextKey.key(Self.tricky[y])
                #expect((side.keyIds[x] == side.keyIds[y]) == same, "\(Self.tricky[x]) | \(Self.tricky[y])")
            }
        }
    }

    @Test func knownNFCIsNeverWrong() {
        for text in Self.tricky {
            var copy = text
            if copy.withUTF8({ UnicodeNormalization.isKnownNFC($0) }) {
                #expect(text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8), "\(text)")
            }
        }
    }

    @Test(arguments: PropertyTests.seeds) func keyMatchesOnGeneratedText(seed: UInt64) {
        var generator = Generator(seed: seed)
        let text = generator.paragraph(words: 30)
        #expect(TextKey.key(text) == Self.referenceKey(text))
        let bounds = Tokenizer.boundaries(of: text)
        #expect(zip(bounds, bounds.dropFirst()).map { String(text[$0..<$1]) } == Self.referenceTokens(text))
    }
}
