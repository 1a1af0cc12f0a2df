import ArticleText
import Foundation

/// Reads the stamps of `meta.json` quickly.
///
/// `meta.json` always writes `YYYY-MM-DDTHH:MM:SS±HH:MM` (``Stamp/iso8601``); this reads that
/// form with plain arithmetic (proleptic Gregorian calendar, days from civil by H. Hinnant's
/// algorithm) and hands anything else to `Stamp(iso8601:)`, which builds an
/// `ISO8601DateFormatter` per call — the audit's largest cost before this.
enum StampText {
    static func parse(_ text: String) -> Stamp? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 25, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"), utf8[10] == UInt8(ascii: "T"),
              utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"), utf8[22] == UInt8(ascii: ":"),
              utf8[19] == UInt8(ascii: "+") || utf8[19] == UInt8(ascii: "-")
        else { return Stamp(iso8601: text) }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<from + count {
                let digit = Int(utf8[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let offsetHours = number(20, 2), let offsetMinutes = number(23, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60,
              offsetHours < 24, offsetMinutes < 60
        else { return Stamp(iso8601: text) }
        let sign = utf8[19] == UInt8(ascii: "-") ? -1 : 1
        let offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        let local = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Stamp(instant: Date(timeIntervalSince1970: TimeInterval(local - offset)), utcOffsetSeconds: offset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
