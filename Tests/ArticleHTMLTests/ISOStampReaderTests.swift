@testable import ArticleHTML
import ArticleText
import Foundation
import Testing

struct ISOStampReaderTests {
    let reader = ISOStampReader(timeZone: TimeZone(identifier: "Europe/Paris")!)

    @Test(arguments: [
        ("2021-06-16T17:04:00+02:00", "2021-06-16T17:04:00+02:00"),
        ("2021-06-16T15:04:00Z", "2021-06-16T15:04:00+00:00"),
        ("2021-06-16T15:04:00.123456Z", "2021-06-16T15:04:00+00:00"),
        ("2021-06-16T17:04:33+0200", "2021-06-16T17:04:33+02:00"),
        ("2021-06-16T11:04-04", "2021-06-16T11:04:00-04:00"),
        ("2021-06-16 17:04:00+05:30", "2021-06-16T17:04:00+05:30"),
        (" 2021-06-16T17:04:00+02:00\n", "2021-06-16T17:04:00+02:00"),
    ])
    func readsStampsWithOffsets(_ text: String, _ iso: String) {
        let reading = reader.read(text)
        #expect(reading?.stamp.iso8601 == iso)
        #expect(reading?.warning == nil)
    }

    @Test func agreesWithStampsOwnParser() {
        let text = "2021-06-16T17:04:00+02:00"
        #expect(reader.read(text)?.stamp == Stamp(iso8601: text))
    }

    @Test func zonelessTimesAreReadInTheGivenZoneWithAWarning() {
        let reading = reader.read("2021-06-16T17:04:00")
        #expect(reading?.stamp.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(reading?.warning == "\"2021-06-16T17:04:00\" names no UTC offset in Europe/Paris (2021-06-16T17:04:00+02:00)")
    }

    @Test func dateOnlyIsMidnightInTheGivenZoneWithAWarning() {
        let reading = reader.read("2021-01-16")
        #expect(reading?.stamp.iso8601 == "2021-01-16T00:00:00+01:00")
        #expect(reading?.warning?.contains("date without a time") == true)
    }

    @Test(arguments: ["2021-06-31T10:00:00Z", "2021-13-01", "2021-06-16T25:00Z", "16/06/2021", "2021-06-16T17:04:00+02:00 extra", "2021-06-16+02:00", ""])
    func refusesWhatIsNotAnExistingISOStamp(_ text: String) {
        #expect(reader.read(text) == nil)
    }
}
