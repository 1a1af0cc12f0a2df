import ArticleText
import Foundation

/// Reads the date-times that pages publish in machine-readable form: schema.org
/// `datePublished`/`dateModified` (ISO 8601), Open Graph `article:published_time`, and HTML's
/// `<time datetime>` (WHATWG HTML "valid date string" / "valid global date and time string").
///
/// Accepts `YYYY-MM-DD`, then optionally `T` or a space, `hh:mm`, `:ss`, a fraction (dropped:
/// stamps have whole seconds), and `Z`, `±hh:mm`, `±hhmm` or `±hh`. A time without an offset is
/// read in ``timeZone``; a date alone is read as 00:00 there. Both say so in a warning.
struct ISOStampReader: Sendable {
    var timeZone: TimeZone

    struct Reading: Sendable, Equatable {
        var stamp: Stamp
        /// Set when the text left the zone or the time of day to us.
        var warning: String?
    }

    /// The stamp `text` names, or nil when it is not of the accepted shapes or names a date or
    /// time that does not exist (`2021-06-31`, `25:00`).
    func read(_ text: String) -> Reading? {
        var scanner = Digits(Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2),
              scanner.skip("-"), let day = scanner.number(2)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var hasTime = false
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(2), scanner.skip(":"), let m = scanner.number(2) else { return nil }
            hour = h; minute = m; hasTime = true
            if scanner.skip(":") {
                guard let s = scanner.number(2) else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") {
                    guard scanner.digitRun() > 0 else { return nil }
                }
            }
        }
        var offset: Int?
        if scanner.skip("Z") || scanner.skip("z") {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let h = scanner.number(2) else { return nil }
            _ = scanner.skip(":")
            let m = scanner.atEnd ? 0 : scanner.number(2)
            guard let m, h <= 18, m < 60 else { return nil }
            offset = sign * (h * 3600 + m * 60)
        }
        guard scanner.atEnd, hasTime || offset == nil else { return nil }
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }

        let zone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let instant = calendar.date(from: components),
              calendar.component(.day, from: instant) == day, calendar.component(.month, from: instant) == month
        else { return nil }

        if let offset { return Reading(stamp: Stamp(instant: instant, utcOffsetSeconds: offset), warning: nil) }
        let stamp = Stamp(instant: instant, in: zone)
        let what = hasTime ? "names no UTC offset" : "is a date without a time; read as 00:00"
        return Reading(stamp: stamp, warning: "\"\(text)\" \(what) in \(zone.identifier) (\(stamp.iso8601))")
    }

    /// A cursor over ASCII bytes.
    private struct Digits {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }

        /// Exactly `count` digits as a number.
        mutating func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        /// Skips a run of digits; returns its length.
        mutating func digitRun() -> Int {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index - start
        }
    }
}
