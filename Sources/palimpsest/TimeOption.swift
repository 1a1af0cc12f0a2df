import ArticleText
import Foundation

/// Times given on the command line (`--captured`, `audit --since`): ISO 8601 with an offset
/// (`2021-06-16T20:30:00+02:00` or `…Z`; the seconds may be left out).
enum TimeOption {
    /// The instant `text` names; now when `text` is nil. `forms` ends the error message.
    /// - Throws: `CommandError` naming `option` for text that is not such a time, or that names
    ///   a day, time or offset that does not exist (`2021-02-30`, `25:00`, `+99:00`), which
    ///   Foundation's parser would silently roll over.
    static func parse(_ text: String?, option: String, forms: String = "an ISO 8601 time with offset; write e.g. 2021-06-16T20:30:00+02:00") throws -> Date {
        guard let text else { return Date() }
        guard let stamp = Stamp(iso8601: withSeconds(text)) else {
            throw CommandError("\(option) \(text): not \(forms)")
        }
        // Printed back in its own offset, a real date and time reads the same to the minute.
        let written = text.replacingOccurrences(of: " ", with: "T").prefix(16)
        guard stamp.iso8601.prefix(16) == written, abs(stamp.utcOffsetSeconds) <= 18 * 3600 else {
            throw CommandError("\(option) \(text): that date, time or offset does not exist; check the day and month")
        }
        return stamp.instant
    }

    /// `2021-06-16T23:00Z` as `2021-06-16T23:00:00Z`: ISO 8601 lets seconds be left out.
    private static func withSeconds(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 16, characters[13] == ":", "Z+-".contains(characters[16]) else { return text }
        return String(characters[..<16]) + ":00" + String(characters[16...])
    }
}
