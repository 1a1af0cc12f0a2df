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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffsetSeconds) ?? TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let offset = abs(utcOffsetSeconds)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d",
            c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0,
            sign, offset / 3600, (offset % 3600) / 60)
    }

    public var description: String { iso8601 }

    /// Parses the ISO 8601 form written by ``iso8601`` (also accepts `Z` and fractional-free
    /// `±hhmm`); returns nil for anything else.
    public init?(iso8601 text: String) {
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
