import ArticleText
import Testing
@testable import RevisionDiff

@Suite struct DuplicateTests {
    @Test func seedLedeIsANormalizedDuplicateAndTheBulletEchoesTheHeadline() {
        #expect(DuplicateFinder.duplicates(in: Seed.paragraphs) == [Duplicate(paragraphs: [1, 2], kind: .normalized)])
        #expect(DuplicateFinder.headlineEchoes(headline: Seed.headline, paragraphs: Seed.paragraphs) == [0])
    }

    @Test func exactNormalizedAndNear() {
        let a = "Le président russe a qualifié la rencontre de constructive, sans détailler les sujets abordés."
        let aCurly = "Le président russe a qualifié la rencontre de « constructive », sans détailler les sujets abordés."
        let aNear = "Le président russe a qualifié la rencontre de constructive, sans détailler les dossiers abordés."
        let other = "Les Etats-Unis accusent la Russie de multiplier les attaques informatiques."
        let found = DuplicateFinder.duplicates(in: [a, other, a, aNear, a + "\u{00A0}"])
        #expect(found == [
            Duplicate(paragraphs: [0, 2], kind: .exact),
            Duplicate(paragraphs: [0, 3], kind: .near),
            Duplicate(paragraphs: [0, 4], kind: .normalized),
        ])
        // Quotes differ in class only when the key maps them: « » become ", which adds tokens here.
        #expect(DuplicateFinder.duplicates(in: [a, aCurly]) == [Duplicate(paragraphs: [0, 1], kind: .near)])
    }

    @Test func headlineEchoIgnoresBulletAndTypography() {
        let echoes = DuplicateFinder.headlineEchoes(
            headline: "L'accord est signé",
            paragraphs: ["Texte.", "- L’accord est  signé", "* L'accord est signé\u{00A0}", "L'accord est signé !"])
        #expect(echoes == [1, 2])
    }

    @Test func anInsertedCopyCarriesDuplicateOf() {
        let a = "Le président russe a qualifié la rencontre de constructive."
        let b = "Les ambassadeurs vont regagner leurs postes."
        let result = RevisionDiff(
            old: Article(headline: "T", paragraphs: [a, b]),
            new: Article(headline: "T", paragraphs: [a, b, a]))
        #expect(result.paragraphs.map(\.op) == [.equal, .equal, .insert])
        #expect(result.paragraphs[2].duplicateOf == 0)
        #expect(result.duplicatesNew == [Duplicate(paragraphs: [0, 2], kind: .exact)])
        #expect(result.duplicatesOld == [])
    }
}
