import ArticleText
import Testing
@testable import RevisionDiff

/// Paragraph alignment (design §4). Paragraphs are short distinct French sentences.
@Suite struct ParagraphAlignmentTests {
    static let a = "Le sommet s'est tenu mercredi dans une villa au bord du lac Léman."
    static let b = "Les deux délégations ont discuté pendant près de quatre heures."
    static let c = "Aucune déclaration commune n'a été publiée à l'issue de la rencontre."
    static let d = "Les ambassadeurs des deux pays vont regagner leurs postes respectifs."
    static let e = "La question des cyberattaques a occupé une large part des échanges."

    private func diff(_ old: [String], _ new: [String]) -> RevisionDiff {
        RevisionDiff(old: Article(headline: "Titre", paragraphs: old), new: Article(headline: "Titre", paragraphs: new))
    }

    private func kinds(_ diff: RevisionDiff) -> [ParagraphOpKind] { diff.paragraphs.map(\.op) }

    @Test func identicalRevisionsAreAllEqual() {
        let result = diff([Self.a, Self.b, Self.c], [Self.a, Self.b, Self.c])
        #expect(kinds(result) == [.equal, .equal, .equal])
        #expect(result.paragraphs[1] == ParagraphOp(op: .equal, old: [1], new: [1], words: [.equal(Self.b)]))
        #expect(result.summaryLine == "no change")
        #expect(!result.isSubstantive)
    }

    @Test func aMovedParagraphIsOneMoveAndTheOthersStayEqual() {
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.b, Self.c, Self.d, Self.a])
        #expect(kinds(result) == [.equal, .equal, .equal, .move])
        #expect(result.paragraphs[3] == ParagraphOp(op: .move, old: [0], new: [3], changeClass: nil, similarity: 1, words: [.equal(Self.a)]))
        #expect(result.summary == DiffSummary(equal: 3, moved: 1))
    }

    @Test func aMovedAndEditedParagraphIsAMoveCarryingItsWordOps() {
        let edited = "Le sommet s'est tenu mercredi dans une villa au bord du lac de Genève."
        let result = diff([Self.a, Self.b, Self.c, Self.d, Self.e], [Self.b, Self.c, Self.d, edited, Self.e])
        #expect(kinds(result) == [.equal, .equal, .equal, .move, .equal])
        let move = result.paragraphs[3]
        #expect(move.old == [0] && move.new == [3])
        #expect(move.changeClass == .substantive)
        #expect(move.words.filter { $0.op != .equal } == [.delete("Léman"), .insert("de Genève")])
    }

    @Test func aMovedAndMostlyRewrittenParagraphIsDeleteAndInsert() {
        let rewritten = "Une villa au bord de l'eau accueillait mercredi soir une rencontre très attendue par les diplomates."
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.b, Self.c, Self.d, rewritten])
        #expect(kinds(result) == [.delete, .equal, .equal, .equal, .insert])
        #expect(result.summary == DiffSummary(equal: 3, inserted: 1, deleted: 1))
    }

    @Test func anInsertBeforeAnEditedParagraphPairsTheEditWithItsCounterpart() {
        let inserted = "Un porte-parole du Kremlin a confirmé la tenue d'une conférence de presse."
        let edited = "Les deux délégations ont discuté pendant plus de quatre heures."
        let result = diff([Self.a, Self.b, Self.c], [Self.a, inserted, edited, Self.c])
        #expect(kinds(result) == [.equal, .insert, .change, .equal])
        #expect(result.paragraphs[1].new == [1])
        let change = result.paragraphs[2]
        #expect(change.old == [1] && change.new == [2])
        #expect(change.words == [.equal("Les deux délégations ont discuté pendant "), .delete("près"), .insert("plus"), .equal(" de quatre heures.")])
        #expect(change.changeClass == .substantive)
    }

    @Test func anEditInPlaceIsAChangeWithItsSimilarity() {
        let edited = "Les deux délégations ont discuté pendant près de cinq heures."
        let result = diff([Self.a, Self.b], [Self.a, edited])
        #expect(kinds(result) == [.equal, .change])
        // Non-space characters: 54 old, 52 new; "quatre" (6) and "cinq" (4) are not kept.
        #expect(result.paragraphs[1].similarity == Double(48 + 48) / Double(54 + 52))
    }

    @Test func typographyOnlyChangeIsAChangeOfClassTypography() {
        let curly = "Le sommet s’est tenu mercredi dans une villa au bord du lac Léman."
        let result = diff([Self.a, Self.b], [curly, Self.b])
        #expect(kinds(result) == [.change, .equal])
        #expect(result.paragraphs[0].changeClass == .typography)
        #expect(result.paragraphs[0].similarity == 1)
        #expect(!result.isSubstantive)
        #expect(result.summaryLine == "1 paragraph changed (typography only)")
    }

    @Test func englishQuotesToSpacedGuillemetsAreTypography() {
        // French typesetting: « oui » with no-break spaces inside the guillemets.
        let result = diff(["Il a dit \"oui\" hier soir."], ["Il a dit «\u{00A0}oui\u{00A0}» hier soir."])
        #expect(kinds(result) == [.change])
        #expect(result.paragraphs[0].changeClass == .typography)
        #expect(!result.isSubstantive)
    }

    @Test func aSplitIsOneOpWithTheSeamInItsWords() {
        let joined = Self.b + " " + Self.c
        let result = diff([Self.a, joined, Self.d], [Self.a, Self.b, Self.c, Self.d])
        #expect(kinds(result) == [.equal, .split, .equal])
        let split = result.paragraphs[1]
        #expect(split.old == [1] && split.new == [1, 2])
        #expect(split.words == [.equal(Self.b), .delete(" "), .insert("\n\n"), .equal(Self.c)])
        #expect(split.changeClass == .whitespace)
    }

    @Test func aMergeIsOneOpWithTheSeamInItsWords() {
        let joined = Self.b + " Aucune déclaration commune n'a été publiée."
        let result = diff([Self.a, Self.b, "Aucune déclaration commune n'a été publiée.", Self.d], [Self.a, joined, Self.d])
        #expect(kinds(result) == [.equal, .merge, .equal])
        let merge = result.paragraphs[1]
        #expect(merge.old == [1, 2] && merge.new == [1])
        #expect(merge.words.filter { $0.op != .equal } == [.delete("\n\n"), .insert(" ")])
    }

    /// A CMS that drops paragraph breaks joins the whole article into one paragraph: one merge
    /// of every paragraph, whitespace only, no deletion (found by a fresh user: "2 deleted,
    /// 1 merged" and a stealth edit; with 8 paragraphs, 8 deleted and 1 inserted).
    @Test(arguments: [3, 4, 8])
    func allParagraphsJoinedIntoOneIsOneWhitespaceMerge(count: Int) {
        let paragraphs = Array([Self.a, Self.b, Self.c, Self.d, Self.e, Self.a + " Puis", Self.b + " Ensuite", Self.c + " Enfin"].prefix(count))
        let result = diff(paragraphs, [paragraphs.joined(separator: " ")])
        #expect(kinds(result) == [.merge])
        #expect(result.paragraphs[0].old == Array(0..<count) && result.paragraphs[0].new == [0])
        #expect(result.paragraphs[0].changeClass == .whitespace)
        #expect(result.paragraphs[0].words.filter { $0.op != .equal } == Array(repeating: [WordOp.delete("\n\n"), .insert(" ")], count: count - 1).flatMap { $0 })
        #expect(!result.isSubstantive)
        #expect(!result.timestamps.stealthEdit)
    }

    @Test func oneParagraphCutInThreeIsOneSplit() {
        let result = diff([Self.a, Self.b + " " + Self.c + " " + Self.d, Self.e], [Self.a, Self.b, Self.c, Self.d, Self.e])
        #expect(kinds(result) == [.equal, .split, .equal])
        #expect(result.paragraphs[1].old == [1] && result.paragraphs[1].new == [1, 2, 3])
        #expect(result.paragraphs[1].changeClass == .whitespace)
    }

    @Test func threeOfFourParagraphsJoinedIsOneMergeOfThree() {
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.a, [Self.b, Self.c, Self.d].joined(separator: " ")])
        #expect(kinds(result) == [.equal, .merge])
        #expect(result.paragraphs[1].old == [1, 2, 3])
        #expect(result.paragraphs[1].changeClass == .whitespace)
    }

    @Test func deletesSitWhereTheyWere() {
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.a, Self.c, Self.e, Self.d])
        #expect(result.paragraphs.map(\.op) == [.equal, .delete, .equal, .insert, .equal])
        #expect(result.paragraphs.map(\.old) == [[0], [1], [2], [], [3]])
        #expect(result.paragraphs.map(\.new) == [[0], [], [1], [2], [3]])
    }

    @Test func nfcAgainstNfdIsNoChangeAtAll() {
        let nfd = "Le sommet s'est tenu mercredi dans une villa au bord du lac Le\u{301}man."
        let result = RevisionDiff(
            old: Article(headline: "Genève", paragraphs: [Self.a]),
            new: Article(headline: "Gene\u{300}ve", paragraphs: [nfd]))
        #expect(kinds(result) == [.equal])
        #expect(!result.headline.changed)
        #expect(result.headline.changeClass == nil)
        #expect(result.summaryLine == "no change")
    }

    @Test func nonAnchorableIdsDoNotAnchor() {
        var aligner = SequenceAligner()
        // 7 and 1 are both unique and cross; only 1 may anchor, so 1 is kept.
        let runs = aligner.align([7, 1], [1, 7], idCount: 8, anchorable: [true, true, true, true, true, true, true, false], workLimit: 1000)
        #expect(runs == [MatchRun(old: 1, new: 0, count: 1)])
    }

    @Test func repeatedBoilerplateStaysEqualAroundEdits() {
        let boilerplate = "Lire aussi : Le sommet de Genève"
        let edited = "Les deux délégations ont discuté pendant plus de quatre heures."
        let result = diff([Self.a, boilerplate, Self.b, boilerplate, Self.c], [Self.a, boilerplate, edited, boilerplate, Self.c])
        #expect(kinds(result) == [.equal, .equal, .change, .equal, .equal])
    }

    @Test func aMoveAmongRepeatedBoilerplateIsOneMove() {
        let boilerplate = "Lire aussi : Le sommet de Genève"
        let result = diff([Self.a, boilerplate, Self.b, boilerplate, Self.c], [Self.a, boilerplate, boilerplate, Self.c, Self.b])
        #expect(kinds(result) == [.equal, .equal, .equal, .equal, .move])
        #expect(result.paragraphs[4].old == [2])
    }

    @Test func neighbouringEditsInPlaceAreChangesInOrder() {
        let editedB = "Les deux délégations ont discuté pendant plus de quatre heures."
        let editedC = "Aucune déclaration commune n'a été publiée à la fin de la rencontre."
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.a, editedB, editedC, Self.d])
        #expect(kinds(result) == [.equal, .change, .change, .equal])
        #expect(result.paragraphs.map(\.old) == [[0], [1], [2], [3]])
        #expect(result.paragraphs[1].words.filter { $0.op != .equal } == [.delete("près"), .insert("plus")])
        #expect(result.paragraphs[2].words.filter { $0.op != .equal } == [.delete("l'issue"), .insert("la fin")])
    }

    @Test func twoEditedParagraphsThatSwappedPlacesAreNotPairedByPosition() {
        // Same number of old and new paragraphs between unchanged ones, but each old one is
        // like the other new one: a move and a change, never b ↔ c' and c ↔ b'.
        let editedB = "Les deux délégations ont discuté pendant plus de quatre heures."
        let editedC = "Aucune déclaration commune n'a été publiée à la fin de la rencontre."
        let result = diff([Self.a, Self.b, Self.c, Self.d], [Self.a, editedC, editedB, Self.d])
        let pairs = result.paragraphs.filter { !$0.old.isEmpty && !$0.new.isEmpty }.map { [$0.old, $0.new] }
        #expect(pairs.contains([[1], [2]]) && pairs.contains([[2], [1]]))
        #expect(Set(kinds(result)) == [.equal, .change, .move])
    }
}
