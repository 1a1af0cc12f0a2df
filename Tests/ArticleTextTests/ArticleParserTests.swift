import Foundation
import Testing
@testable import ArticleText

@Suite struct ArticleParserTests {
    let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!))

    @Test func seedArticle() throws {
        let result = try parser.parse(try Fixtures.bytes(Fixtures.seed), input: "02.txt")
        let article = result.article
        #expect(article.headline == "La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine")
        #expect(article.dateline == "Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04")
        #expect(article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(article.stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
        #expect(article.paragraphs.count == 9)
        #expect(article.paragraphs[0] == "  • La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine")
        #expect(article.paragraphs[2].hasSuffix("prisonniers.\u{00A0}"))
        #expect(article.paragraphs[8].hasSuffix("Konstantin Iarochenko."))
        #expect(result.warnings.isEmpty)
    }

    @Test func seedCanonicalTextHasOneBlankLineBetweenBlocksAndEndsInLF() throws {
        let article = try parser.parse(try Fixtures.bytes(Fixtures.seed), input: "02.txt").article
        let canonical = article.canonicalText
        #expect(canonical.hasSuffix("Iarochenko.\n"))
        #expect(!canonical.contains("\n\n\n"))
        #expect(canonical.components(separatedBy: "\n\n").count == 11)
        // The canonical text parses back to the same article.
        #expect(try parser.parse(canonical, input: "article.txt").article == article)
    }

    @Test func crlfCrAndNbspBlankLinesSplitBlocksLikeLF() throws {
        let lf = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nUn.\n\nDeux."
        let crlf = "Titre\r\n\r\nPublié le 16 juin 2021 à 17:04\r\n \u{00A0}\r\nUn.\r\n\r\n\r\nDeux.\r\n"
        let cr = "Titre\r\rPublié le 16 juin 2021 à 17:04\r\rUn.\r\rDeux."
        let expected = try parser.parse(lf, input: "lf").article
        #expect(expected.paragraphs == ["Un.", "Deux."])
        #expect(try parser.parse(crlf, input: "crlf").article == expected)
        #expect(try parser.parse(cr, input: "cr").article == expected)
    }

    @Test func nfdInputIsStoredAsNFC() throws {
        let nfd = "Re\u{0301}sume\u{0301}\n\nUn e\u{0301}te\u{0301}."
        let article = try parser.parse(nfd, input: "nfd").article
        #expect(article.headline.unicodeScalars.count == 6)
        #expect(article.canonicalText.unicodeScalars.elementsEqual("Résumé\n\nUn été.\n".unicodeScalars))
    }

    @Test func bulletLinesAreParagraphsOfTheirOwn() throws {
        let text = "Titre\n\n• premier point\n- second point\n* troisième\nsuite du troisième\n\nFin."
        let article = try parser.parse(text, input: "b").article
        #expect(article.paragraphs == ["• premier point", "- second point", "* troisième\nsuite du troisième", "Fin."])
    }

    @Test func bulletLinesAreToldFromOthers() {
        for line in ["• a", "- a", "* a", "\u{00A0} – a", "‣\ta", "◦ a"] { #expect(ArticleParser.isBullet(line), "\(line)") }
        for line in ["A • b", "9 - b", "z", "-a", "*", "É - a", "—\u{2009}a", ""] { #expect(!ArticleParser.isBullet(line), "\(line)") }
    }

    @Test func missingDatelineIsAWarningNotAnError() throws {
        let result = try parser.parse("Titre\n\nUn paragraphe.", input: "x.txt")
        #expect(result.article.dateline == nil)
        #expect(result.article.stamps.published == nil)
        #expect(result.article.paragraphs == ["Un paragraphe."])
        #expect(result.warnings == ["x.txt: no dateline with publication stamps found; the revision has no published or modified time"])
    }

    /// Lines with no blank line between them are one block, the headline: a file that is not
    /// in the layout at all (a fresh user recorded `/etc/passwd` so) must not pass silently.
    @Test func aHeadlineWithNoParagraphIsAWarning() throws {
        let result = try parser.parse("Line one\nline two\nline three\n", input: "x.txt")
        #expect(result.article.headline == "Line one line two line three")
        #expect(result.article.paragraphs.isEmpty)
        #expect(result.warnings == [
            "x.txt: no dateline with publication stamps found; the revision has no published or modified time",
            "x.txt: no paragraph after the headline; the layout is a headline, a blank line, the dateline, a blank line, then paragraphs separated by blank lines",
        ])
    }

    @Test func badInputsGiveTheirErrors() throws {
        #expect(throws: ArticleError.empty(input: "w")) { try parser.parse(try Fixtures.bytes("bad/whitespace-only.txt"), input: "w") }
        #expect(throws: ArticleError.empty(input: "e")) { try parser.parse(try Fixtures.bytes("bad/empty.txt"), input: "e") }
        #expect(throws: ArticleError.noHeadline(input: "n")) { try parser.parse(try Fixtures.bytes("bad/no-headline.txt"), input: "n") }
        #expect(throws: (any Error).self) { try parser.parse(try Fixtures.bytes("bad/impossible-date.txt"), input: "i") }
        do {
            _ = try parser.parse(try Fixtures.bytes("bad/impossible-date.txt"), input: "i")
        } catch let ArticleError.invalidStamp(input, stamp, _) {
            #expect(input == "i")
            #expect(stamp.contains("31 juin 2021"))
        }
    }

    @Test func dstAwareStampsInParis() throws {
        let winter = try parser.parse("T\n\nPublié le 16/01/2021 à 17h04\n\nP.", input: "w").article
        #expect(winter.stamps.published?.iso8601 == "2021-01-16T17:04:00+01:00")
    }

    @Test func seedFixturesOfTheChain() throws {
        let first = try parser.parse(try Fixtures.bytes("articles/poutine-biden-geneve/01.txt"), input: "01").article
        #expect(first.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(first.stamps.modified == nil)
        #expect(first.paragraphs.count == 3)
        let correction = try parser.parse(try Fixtures.bytes("articles/poutine-biden-geneve/03.txt"), input: "03").article
        #expect(correction.stamps.modified?.iso8601 == "2021-06-16T23:15:00+02:00")
        #expect(correction.paragraphs.count == 8)
        let stealth = try parser.parse(try Fixtures.bytes("articles/poutine-biden-geneve/04.txt"), input: "04").article
        #expect(stealth.stamps == correction.stamps)
    }
}

@Suite struct HeadlineTests {
    @Test func aHeadlineOverSeveralLinesIsOneLine() throws {
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        let article = try parser.parse("Titre sur\ndeux lignes\n\nPublié le 16 juin 2021 à 17:04\n\nTexte.", input: "h").article
        #expect(article.headline == "Titre sur deux lignes")
        #expect(article.canonicalText.hasPrefix("Titre sur deux lignes\n\nPublié"))
    }
}
