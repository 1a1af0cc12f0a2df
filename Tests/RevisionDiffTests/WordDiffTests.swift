import ArticleText
import Testing
@testable import RevisionDiff

@Suite struct WordDiffTests {
    @Test func hyphenatedVerbChangesOnlyThePronoun() {
        #expect(WordDiff.diff("a-t-il dit", "a-t-elle dit") == [.equal("a-t-"), .delete("il"), .insert("elle"), .equal(" dit")])
    }

    @Test func aChangedWordIsReplacedWhole() {
        #expect(WordDiff.diff("une loi élaborée hier", "une loi éliminée hier")
            == [.equal("une loi "), .delete("élaborée"), .insert("éliminée"), .equal(" hier")])
    }

    @Test func typographyIsShownButKeepsTheWordsEqual() {
        #expect(WordDiff.diff("l'État", "l’État") == [.equal("l"), .delete("'"), .insert("’"), .equal("État")])
        #expect(WordDiff.similarity("l'État", "l’État") == 1)
    }

    /// Found by a fresh user: the cleanup folded the unchanged `3` into the space changes
    /// around it, so a death toll seemed changed.
    @Test func doubledSpacesNeverMarkTheWordsBetweenThem() {
        #expect(WordDiff.diff("Plus de 3 000", "Plus  de  3  000")
            == [.equal("Plus"), .delete(" "), .insert("  "), .equal("de"), .delete(" "), .insert("  "), .equal("3"),
                .delete(" "), .insert("  "), .equal("000")])
        #expect(WordDiff.diff("« a » et « b »", "«\u{00A0}a\u{00A0}» et «\u{00A0}b\u{00A0}»").filter { $0.op == .equal }.map(\.text)
            == ["«", "a", "» et «", "b", "»"])
    }

    @Test func aChangedFigureIsReplacedWhole() {
        #expect(WordDiff.diff("1,200 emplois", "1,400 emplois") == [.delete("1,200"), .insert("1,400"), .equal(" emplois")])
        #expect(WordDiff.diff("Le train part de Lyon à 17:04", "Le train part de Lyon à 17:05")
            == [.equal("Le train part de Lyon à "), .delete("17:04"), .insert("17:05")])
    }

    @Test func noBreakSpaceAgainstSpace() {
        #expect(WordDiff.diff("16 ans", "16\u{00A0}ans") == [.equal("16"), .delete(" "), .insert("\u{00A0}"), .equal("ans")])
    }

    @Test func ellipsisAgainstThreeFullStops() {
        #expect(WordDiff.diff("Il a dit...", "Il a dit…") == [.equal("Il a dit"), .delete("..."), .insert("…")])
    }

    @Test func cjkChangesOnlyTheChangedCharacter() {
        #expect(WordDiff.diff("测试A", "测试B") == [.equal("测试"), .delete("A"), .insert("B")])
    }

    @Test func accentsAndEmojiAreNeverCut() {
        #expect(WordDiff.diff("le pe\u{301}re", "le pe\u{300}re") == [.equal("le "), .delete("pe\u{301}re"), .insert("pe\u{300}re")])
        #expect(WordDiff.diff("Bravo 👍🏽 !", "Bravo 👍🏿 !") == [.equal("Bravo "), .delete("👍🏽"), .insert("👍🏿"), .equal(" !")])
    }

    @Test func nfcAndNfdAreTheSameText() {
        #expect(WordDiff.diff("Genève, été", "Gene\u{300}ve, e\u{301}te\u{301}") == [.equal("Genève, été")])
    }

    @Test func oneWordChangedInALongParagraphGivesOneDeleteAndOneInsert() {
        let words = (0..<300).map { "mot\($0)" }
        let old = words.joined(separator: " ") + "."
        var edited = words
        edited[150] = "remplacé"
        let ops = WordDiff.diff(old, edited.joined(separator: " ") + ".")
        #expect(ops.filter { $0.op == .delete } == [.delete("mot150")])
        #expect(ops.filter { $0.op == .insert } == [.insert("remplacé")])
        #expect(ops.count == 4)
    }

    @Test func shortEqualitiesBetweenEditsFoldIntoOneReplacement() {
        #expect(WordDiff.diff("le chat noir dort", "le chien blanc dort")
            == [.equal("le "), .delete("chat noir"), .insert("chien blanc"), .equal(" dort")])
    }

    @Test func aRewriteIsShownAsAWholeReplacement() {
        let old = "Le gouvernement annonce une réforme des retraites"
        let new = "La ministre dément toute hausse d'impôts prévue"
        #expect(WordDiff.diff(old, new) == [.delete(old), .insert(new)])
    }

    @Test func similarityIsDiceOverNonSpaceCharacters() {
        // "abc d" vs "abc e": kept 3 + 3 of 4 + 4 characters.
        #expect(WordDiff.similarity("abc d", "abc e") == 0.75)
        #expect(WordDiff.similarity("", "") == 1)
        #expect(WordDiff.similarity("abc", "") == 0)
    }

    @Test func emptySides() {
        #expect(WordDiff.diff("", "") == [])
        #expect(WordDiff.diff("", "ajout") == [.insert("ajout")])
        #expect(WordDiff.diff("retrait", "") == [.delete("retrait")])
    }
}
