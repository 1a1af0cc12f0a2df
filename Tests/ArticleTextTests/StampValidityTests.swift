import Foundation
import Testing
@testable import ArticleText

@Suite("Stamp validity and DST")
struct StampValidityTests {
    struct Impossible: Sendable, CustomTestStringConvertible {
        let dateline: String
        let text: String
        let reason: String
        var testDescription: String { dateline }
    }

    static let impossible = [
        Impossible(dateline: "Publié le 31 juin 2021 à 17:04", text: "31 juin 2021 à 17:04", reason: "June has 30 days"),
        Impossible(dateline: "Publié le 29 février 2021 à 10:00", text: "29 février 2021 à 10:00",
                   reason: "2021 is not a leap year: February 2021 has 28 days"),
        Impossible(dateline: "Publié le 16 juin 2021 à 25:70", text: "16 juin 2021 à 25:70",
                   reason: "hour 25 does not exist; minute 70 does not exist"),
        Impossible(dateline: "Published June 16, 2021 at 13:04 p.m.", text: "June 16, 2021 at 13:04 p.m.",
                   reason: "hour 13 does not exist on a 12-hour clock"),
        Impossible(dateline: "Publié le 31/04/2021", text: "31/04/2021", reason: "April has 30 days"),
        Impossible(dateline: "Publié le 16/13/2021 à 10h00", text: "16/13/2021 à 10h00", reason: "month 13 does not exist"),
        Impossible(dateline: "2021-02-30T10:00:00Z", text: "2021-02-30T10:00:00Z", reason: "February has 28 days"),
        Impossible(dateline: "Veröffentlicht am 32.01.2021, 17:04 Uhr", text: "32.01.2021, 17:04 Uhr", reason: "January has 31 days"),
        Impossible(dateline: "Publicado el 0 de junio de 2021", text: "0 de junio de 2021", reason: "day 0 does not exist"),
        Impossible(dateline: "Publié le 16 juin 2021 à 24:00", text: "16 juin 2021 à 24:00", reason: "hour 24 does not exist"),
        Impossible(dateline: "Wed, 16 Jun 2021 17:04:61 +0200", text: "Wed, 16 Jun 2021 17:04:61 +0200", reason: "second 61 does not exist"),
    ]

    @Test(arguments: impossible)
    func impossibleDateIsInvalidNotAnInstant(_ c: Impossible) throws {
        let stamps = try #require(parseStamps(c.dateline), "an impossible dateline is still a dateline")
        #expect(stamps.published == nil)
        #expect(stamps.modified == nil)
        #expect(stamps.invalid == [InvalidStamp(text: c.text, reason: c.reason)])
    }

    @Test func leapDayInLeapYearIsValid() throws {
        let stamps = try #require(parseStamps("Publié le 29 février 2020 à 10:00"))
        #expect(stamps.published?.iso8601 == "2020-02-29T10:00:00+01:00")
        #expect(stamps.invalid.isEmpty)
    }

    @Test func validStampSurvivesBesideAnInvalidOne() throws {
        let stamps = try #require(parseStamps("Publié le 16 juin 2021 à 17:04 Modifié le 31 juin 2021 à 20:04"))
        #expect(stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(stamps.modified == nil)
        #expect(stamps.invalid == [InvalidStamp(text: "31 juin 2021 à 20:04", reason: "June has 30 days")])
    }

    @Test func timeBorrowingTheDateOfAnImpossibleStampIsInvalidToo() throws {
        let stamps = try #require(parseStamps("Publié le 31 juin 2021 à 17:04, modifié à 20:04", captured: captureTime))
        #expect(stamps.published == nil)
        #expect(stamps.modified == nil)
        #expect(stamps.invalid.map(\.text) == ["31 juin 2021 à 17:04", "20:04"])
    }

    @Test func acrossTheSpringForwardGapTheInstantsAre8400SecondsApart() throws {
        let stamps = try #require(parseStamps("Publié le 27 mars 2021 à 23:50 Modifié le 28 mars 2021 à 03:10"))
        let published = try #require(stamps.published)
        let modified = try #require(stamps.modified)
        #expect(published.iso8601 == "2021-03-27T23:50:00+01:00")
        #expect(modified.iso8601 == "2021-03-28T03:10:00+02:00")
        #expect(modified.instant.timeIntervalSince(published.instant) == 8400)
        #expect(stamps.warnings.isEmpty)
    }

    @Test func timeInsideTheGapMovesForwardByTheGapWithAWarning() throws {
        let stamps = try #require(parseStamps("Publié le 28 mars 2021 à 02:30"))
        #expect(stamps.published?.iso8601 == "2021-03-28T03:30:00+02:00")
        #expect(stamps.warnings == [
            "“28 mars 2021 à 02:30” names a local time that does not exist in Europe/Paris (clocks jumped 1 h ahead); read as 2021-03-28T03:30:00+02:00",
        ])
    }

    @Test func ambiguousTimeTakesTheFirstOccurrenceWithAWarning() throws {
        let stamps = try #require(parseStamps("Publié le 31 octobre 2021 à 02:30"))
        #expect(stamps.published?.iso8601 == "2021-10-31T02:30:00+02:00")
        #expect(stamps.warnings == [
            "“31 octobre 2021 à 02:30” is ambiguous in Europe/Paris (that local time occurs twice); read as the first occurrence, 2021-10-31T02:30:00+02:00, not +01:00",
        ])
        // One hour later on the wall clock is unambiguous standard time.
        let after = try #require(parseStamps("Publié le 31 octobre 2021 à 03:30"))
        #expect(after.published?.iso8601 == "2021-10-31T03:30:00+01:00")
        #expect(after.warnings.isEmpty)
    }

    @Test func genericEasternTimeFollowsNewYorkRulesThroughItsTransitions() throws {
        let gap = try #require(parseStamps("Published March 14, 2021 at 2:30 a.m. ET", zone: "UTC"))
        #expect(gap.published?.iso8601 == "2021-03-14T03:30:00-04:00")
        #expect(gap.warnings.count == 1)
        let overlap = try #require(parseStamps("Published Nov. 7, 2021 at 1:30 a.m. ET", zone: "UTC"))
        #expect(overlap.published?.iso8601 == "2021-11-07T01:30:00-04:00")
        #expect(overlap.warnings.first?.contains("ambiguous") == true)
        let winter = try #require(parseStamps("Published Jan. 7, 2021 at 1:30 p.m. ET", zone: "UTC"))
        #expect(winter.published?.iso8601 == "2021-01-07T13:30:00-05:00")
    }

    @Test func explicitOffsetNeverTriggersDSTRules() throws {
        let stamps = try #require(parseStamps("2021-03-28T02:30:00+01:00"))
        #expect(stamps.published?.iso8601 == "2021-03-28T02:30:00+01:00")
        #expect(stamps.warnings.isEmpty)
    }
}

@Suite("Stamp civil arithmetic")
struct StampCivilTests {
    @Test func daysRoundTripAndWeekdays() {
        let dates = [CivilDate(year: 1970, month: 1, day: 1), CivilDate(year: 2000, month: 2, day: 29),
                     CivilDate(year: 2021, month: 6, day: 16), CivilDate(year: 1969, month: 12, day: 31)]
        #expect(dates.map(\.daysSinceEpoch) == [0, 11_016, 18_794, -1])
        #expect(dates.map { CivilDate(daysSinceEpoch: $0.daysSinceEpoch) } == dates)
        #expect(dates.map(\.weekday) == [4, 2, 3, 3])
    }

    @Test func tokenizerSplitsLettersFromDigitsAndKeepsApostrophes() {
        let tokens = StampTokenizer.tokenize("aujourd’hui à 17h04")
        #expect(tokens.map(\.folded) == ["aujourd'hui", "a", "17", "h", "04"])
        #expect(tokens.map(\.spaceBefore) == [true, true, true, false, false])
    }
}
