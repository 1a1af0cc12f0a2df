import Foundation
import Testing
@testable import ArticleText

@Suite("Stamp datelines")
struct StampDatelineTests {
    /// The seed article (design §2): headline, blank line, the stamp line, then paragraphs.
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/articles/poutine-biden-geneve/02.txt")

    @Test func seedDatelineGivesBothStamps() throws {
        // The seed's bytes: plain spaces, both stamps on one line, no separator.
        let stamps = try #require(parseStamps("Publi\u{E9} le 16 juin 2021 \u{E0} 17:04 Modifi\u{E9} le 16 juin 2021 \u{E0} 20:04"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
        #expect(stamps.published?.utcOffsetSeconds == 7200)
        #expect(stamps.warnings.isEmpty)
        #expect(stamps.invalid.isEmpty)
    }

    /// The 300-character limit counts characters (an NFD `é` is one) once the block is trimmed
    /// of whitespace, line breaks and no-break spaces at both ends.
    @Test func datelineLimitCountsCharactersOfTheTrimmedBlock() throws {
        let parser = StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!)
        func dateline(characters: Int) -> String {
            let head = "Publie\u{301} le 16 juin 2021", tail = " \u{E0} 17:04"
            let padding = String(repeating: " ", count: characters - head.count - tail.count)
            return "\n\u{A0} " + head + padding + tail + " \u{202F}\n"
        }
        let longest = try #require(parser.parseDateline(dateline(characters: 300)))
        #expect(longest.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(parser.parseDateline(dateline(characters: 301)) == nil)
    }

    @Test func seedFileHasExactlyOneDatelineTheBlockAfterTheHeadline() throws {
        let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let blocks = text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        #expect(blocks.count > 5)
        let parser = StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!)
        let datelines = blocks.indices.filter { parser.parseDateline(blocks[$0]) != nil }
        #expect(datelines == [1])
        let stamps = try #require(parser.parseDateline(blocks[1]))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
    }

    static let prose = [
        "Le rapport, publié le 3 juin, montre que les ventes ont reculé de 4 % sur un an dans toutes les régions.",
        "Le président russe Vladimir Poutine a déclaré mercredi 16 juin 2021 que sa rencontre avait été constructive.",
        "Il y a 2 heures, le président a déclaré que la rencontre avec son homologue avait été très constructive et utile.",
        "Published on June 3, the report shows that sales fell by four percent in every single region of the country.",
        "Mis à jour le 3 juin, le document publié par le ministère contient désormais de nombreuses annexes techniques et des tableaux.",
        "La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine",
        "• La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine",
        "Am 16.06.2021 um 17:04 Uhr hat der Bundestag nach langer Debatte über das neue Gesetz zur Reform abgestimmt.",
        "El 16 de junio de 2021 a las 17:04 el presidente anunció un acuerdo histórico con los sindicatos del sector.",
        "Veröffentlicht",
        "",
        "   \u{00A0}  ",
        String(repeating: "Publié le 16 juin 2021 à 17:04 ", count: 12),
        "Ce texte a été publié le 16 juin 2021 à 17:04.",
        "Sales of 12 units",
        "16 juin 2021 : les résultats de l'élection",
        "Par ailleurs, le 16 juin 2021",
        "Le président a parlé à 17.04 heures",
        "Updated just now",
        // A keyword opening a sentence (found by a fresh user: taken as the dateline, the
        // paragraph dropped out of the diff).
        "Updated: the minister resigned on June 16, 2021 at 5:04 PM after a long debate.",
        "Modifié : le ministre a démissionné le 16 juin 2021 à 17h04 après un long débat.",
    ]

    @Test(arguments: prose)
    func proseIsNotADateline(_ text: String) {
        #expect(parseStamps(text) == nil)
    }

    @Test func aFewLowercaseWordsAroundStampsAreAllowed() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17h04 - Temps de lecture : 3 min"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        let print = try #require(parseStamps("Published June 16, 2021 in the print edition"))
        #expect(print.published?.iso8601 == "2021-06-16T00:00:00+02:00")
    }

    @Test func bylineAndAgencyAreAllowedFiller() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17h04 par Jean Dupont (AFP)"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        let byline = try #require(parseStamps("AFP – Publié le 16 juin 2021 à 17h04"))
        #expect(byline.published?.iso8601 == "2021-06-16T17:04:00+02:00")
    }

    @Test func bylineOnItsOwnLineAndBylineAfterABareDate() throws {
        let above = try #require(parseStamps("Jean Dupont\nPublié le 16 juin 2021 à 17h04"))
        #expect(above.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        let after = try #require(parseStamps("16 juin 2021, par Jean Dupont"))
        #expect(after.published?.iso8601 == "2021-06-16T00:00:00+02:00")
    }

    @Test func configuredZoneAppliesWhenTheTextNamesNone() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17h04", zone: "America/New_York"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00-04:00")
        #expect(stamps.published?.utcOffsetSeconds == -14_400)
    }

    @Test func secondBareDateIsModified() throws {
        let stamps = try #require(parseStamps("16 juin 2021 à 17:04 — 17 juin 2021 à 09:00"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.modified?.iso8601 == "2021-06-17T09:00:00+02:00")
    }

    @Test func secondTimeUnderAModifiedKeywordStaysModified() throws {
        let stamps = try #require(parseStamps("Mis à jour le 16 juin 2021 à 17h04 et à 20h04"))
        #expect(stamps.published == nil)
        #expect(stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
    }

    @Test func severalPublishedKeepTheEarliestWithAWarning() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17:04 | Publié le 15 juin 2021 à 08:00"))
        #expect(stamps.published?.iso8601 == "2021-06-15T08:00:00+02:00")
        #expect(stamps.warnings.contains { $0.contains("2 published stamps") })
    }

    @Test func modifiedBeforePublishedIsWarned() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 10:00"))
        #expect(stamps.modified?.iso8601 == "2021-06-16T10:00:00+02:00")
        #expect(stamps.warnings.contains { $0.contains("earlier than published") })
    }

    @Test func dateWithoutTimeIsMidnightWithAWarning() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021"))
        #expect(stamps.published?.iso8601 == "2021-06-16T00:00:00+02:00")
        #expect(stamps.warnings == ["“16 juin 2021” has no time of day: read as 00:00"])
    }

    @Test func relativeStampWithoutCaptureHasNoInstant() throws {
        let stamps = try #require(parseStamps("Mis à jour il y a 2 heures"))
        #expect(stamps.published == nil)
        #expect(stamps.modified == nil)
        #expect(stamps.invalid.isEmpty)
        #expect(stamps.warnings == ["“il y a 2 heures” is relative and no capture time was given: no instant"])

        let yesterday = try #require(parseStamps("Publié hier à 23h50"))
        #expect(yesterday.published == nil)
        #expect(yesterday.warnings.count == 1)
    }

    @Test func relativeStampNamesItsPrecision() throws {
        let stamps = try #require(parseStamps("Updated 2 hours ago", captured: captureTime))
        #expect(stamps.warnings == ["“2 hours ago” is relative: counted back from the capture time, precise to the hour"])
    }

    @Test func yesterdayCrossesMonthAndYearBoundaries() throws {
        let stamps = try #require(parseStamps("Modifié hier à 23h50", captured: "2021-01-01T00:30:00+01:00"))
        #expect(stamps.modified?.iso8601 == "2020-12-31T23:50:00+01:00")
    }

    @Test func yearlessDateAfterNewYearIsLastYear() throws {
        let stamps = try #require(parseStamps("Publié le 31 décembre à 23h00", captured: "2022-01-01T10:00:00+01:00"))
        #expect(stamps.published?.iso8601 == "2021-12-31T23:00:00+01:00")
        #expect(stamps.warnings.contains { $0.contains("no year") })
    }

    @Test func timeWithoutAnyDateTakesTheCaptureDay() throws {
        let stamps = try #require(parseStamps("Publié à 17h04", captured: captureTime))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.warnings.contains { $0.contains("no date") })
    }

    /// At 09:00, "10h00" with no date was yesterday's (found by a fresh user: read as the
    /// capture day, an hour after capture, then reported as a future stamp). Within the audit's
    /// 5-minute clock tolerance it stays the capture day.
    @Test func timeWithoutAnyDateStillToComeAtCaptureIsTheDayBefore() throws {
        let stamps = try #require(parseStamps("Publié à 10h00", captured: "2021-06-16T09:00:00+02:00"))
        #expect(stamps.published?.iso8601 == "2021-06-15T10:00:00+02:00")
        #expect(stamps.warnings == ["“10h00” has no date: read as the day before the capture, 2021-06-15 (at capture, 10h00 was still to come that day)"])
        let skewed = try #require(parseStamps("Publié à 9h04", captured: "2021-06-16T09:00:00+02:00"))
        #expect(skewed.published?.iso8601 == "2021-06-16T09:04:00+02:00")
    }

    @Test func weekdayThatDisagreesWithTheDateIsWarned() throws {
        let stamps = try #require(parseStamps("Publié le jeudi 16 juin 2021 à 17h04"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.warnings == ["“jeudi 16 juin 2021 à 17h04” says Thursday but 2021-06-16 is a Wednesday"])
    }

    @Test func outOfSeasonAbbreviationIsKeptAsWrittenWithAWarning() throws {
        let stamps = try #require(parseStamps("Updated 8:04 PM EST, Wed June 16, 2021", zone: "UTC"))
        #expect(stamps.modified?.utcOffsetSeconds == -18_000)
        #expect(stamps.warnings.count == 1)
        #expect(stamps.warnings.first?.contains("America/New_York was on -04:00") == true)
    }

    @Test func capitalisedFrenchConjunctionIsNotEasternTime() throws {
        let stamps = try #require(parseStamps("PUBLIÉ LE 16 JUIN 2021 À 17H04 ET MODIFIÉ À 20H04"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
    }

    @Test func germanAmBeforeADateIsNotAnteMeridiem() throws {
        let stamps = try #require(parseStamps("Stand: 17:04 Uhr am 16.06.2021", zone: "Europe/Berlin"))
        #expect(stamps.modified?.iso8601 == "2021-06-16T17:04:00+02:00")
    }
}
