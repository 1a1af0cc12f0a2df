import Foundation
import Testing
@testable import ArticleText

/// `Stamp`'s own ISO 8601 reading and writing against Foundation's formatter as the reference.
@Suite struct StampISOTests {
    static func reference(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    @Test(arguments: [
        "2021-06-16T17:04:00+02:00", "2021-06-16T15:04:00+00:00", "1999-12-31T23:59:59-05:30",
        "2024-02-29T00:00:00+14:00", "1970-01-01T00:00:00+00:00", "1969-12-31T23:59:59-01:00",
        "2021-03-28T03:10:00+02:00", "1600-02-29T12:00:00+00:00",
    ])
    func canonicalFormReadsAsFoundationDoesAndWritesBackTheSame(text: String) throws {
        let stamp = try #require(Stamp.canonical(text))
        #expect(stamp.instant == Self.reference(text))
        #expect(stamp.iso8601 == text)
    }

    @Test(arguments: ["2021-02-29T10:00:00+00:00", "2021-06-31T10:00:00+02:00", "2021-13-16T17:04:00+02:00",
                      "2021-06-16T24:00:00+02:00", "2021-06-16 17:04", "", "2021-06-16T17:04:00+0200"])
    func daysAndTimesThatDoNotExistAreNotCanonical(text: String) {
        #expect(Stamp.canonical(text) == nil)
    }

    /// ISO 8601 counts on the proleptic Gregorian calendar; Foundation switches to the Julian
    /// one before 1582, so years that early are checked by round trip only.
    @Test func earlyYearsAreProlepticGregorian() throws {
        let stamp = try #require(Stamp.canonical("0999-01-01T00:00:00+00:00"))
        #expect(stamp.instant.timeIntervalSince1970 == -30_641_760_000)
        #expect(stamp.iso8601 == "0999-01-01T00:00:00+00:00")
    }

    @Test func otherInternetFormsGoThroughFoundation() {
        #expect(Stamp(iso8601: "2021-06-16T15:04:00Z")?.iso8601 == "2021-06-16T15:04:00+00:00")
        #expect(Stamp(iso8601: "2021-06-16T17:04:00+0200") == nil)
    }
}
