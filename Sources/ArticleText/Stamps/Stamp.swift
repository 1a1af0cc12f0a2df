import Foundation

/// A publisher's time stamp: an instant plus the UTC offset it was stated in.
///
/// Printed as ISO 8601 with seconds and offset (`2021-06-16T17:04:00+02:00`, design §2).
public struct Stamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The instant, independent of any zone.
    public let instant: Date
    /// Offset from UTC in seconds at that instant (e.g. 7200 for CEST).
    public let utcOffsetSeconds: Int

    public init(instant: Date, utcOffsetSeconds: Int) {
        self.instant = instant
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Builds a stamp for `instant` with the offset `zone` has at that instant.
    public init(instant: Date, in zone: TimeZone) {
        self.init(instant: instant, utcOffsetSeconds: zone.secondsFromGMT(for: instant))
    }

    /// ISO 8601 with seconds and offset, e.g. `2021-06-16T17:04:00+02:00`; `Z` is never used.
    public var iso8601: String {
        // Plain calendar arithmetic (proleptic Gregorian): meta.json stamps are read and written
        // for every revision an audit or import touches, and Foundation's formatters are slow.
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        let offset = abs(utcOffsetSeconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = date.year >= 0 && date.year < 10_000
            ? String(repeating: "0", count: 4 - String(date.year).count) + String(date.year) : String(date.year)
        return "\(year)-\(two(date.month))-\(two(date.day))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))"
            + (utcOffsetSeconds < 0 ? "-" : "+") + "\(two(offset / 3600)):\(two(offset % 3600 / 60))"
    }

    public var description: String { iso8601 }

    /// Parses ISO 8601 / RFC 3339 date-times with an offset: the form written by ``iso8601``
    /// (read with plain arithmetic, a day that does not exist in its month refused), and,
    /// through Foundation, `Z` and other internet date-time forms; nil for anything else.
    public init?(iso8601 text: String) {
        if let stamp = Self.canonical(text) {
            self = stamp
            return
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { return nil }
        let offset: Int
        if text.hasSuffix("Z") || text.hasSuffix("z") {
            offset = 0
        } else {
            let tail = text.suffix(6)
            guard tail.count == 6, let sign = tail.first, sign == "+" || sign == "-",
                  let hours = Int(tail.dropFirst().prefix(2)), let minutes = Int(tail.suffix(2))
            else { return nil }
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        self.init(instant: date, utcOffsetSeconds: offset)
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` exactly, or nil (then the caller tries Foundation).
    static func canonical(_ text: String) -> Stamp? {
        let b = Array(text.utf8)
        guard b.count == 25, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              b[22] == 0x3A, b[19] == 0x2B || b[19] == 0x2D else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in b[from..<from + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let offsetHours = number(20, 2), let offsetMinutes = number(23, 2),
              (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60, offsetHours < 24, offsetMinutes < 60
        else { return nil }
        let offset = (b[19] == 0x2D ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
        let local = CivilDate(year: year, month: month, day: day).daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Stamp(instant: Date(timeIntervalSince1970: TimeInterval(local - offset)), utcOffsetSeconds: offset)
    }

    public static func < (lhs: Stamp, rhs: Stamp) -> Bool { lhs.instant < rhs.instant }
}

/// What a dateline says: the published and modified stamps, and what the parser doubted.
public struct DatelineStamps: Sendable, Equatable {
    public var published: Stamp?
    /// The latest of "Modifié", "Mis à jour", "Updated", … when several are given.
    public var modified: Stamp?
    /// Non-fatal remarks a user should see, e.g. a local time inside a DST gap.
    public var warnings: [String]
    /// Stamps that name an impossible date or time (`31 juin`, `25:70`): never turned into an
    /// instant. `ArticleParser` refuses an article that has any.
    public var invalid: [InvalidStamp]

    public init(published: Stamp? = nil, modified: Stamp? = nil, warnings: [String] = [], invalid: [InvalidStamp] = []) {
        self.published = published
        self.modified = modified
        self.warnings = warnings
        self.invalid = invalid
    }
}

/// A stamp whose text names a date or time that does not exist.
public struct InvalidStamp: Sendable, Equatable {
    /// The stamp's text as written, e.g. `31 juin 2021 à 17:04`.
    public var text: String
    /// Why it is impossible, e.g. `June has 30 days`.
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
