import Foundation

/// A date on the proleptic Gregorian calendar (ISO 8601 §4.3.2.1), with day arithmetic.
struct CivilDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` (1…12); for an unknown year February has 29.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2: return year.map { isLeapYear($0) ? 29 : 28 } ?? 29
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (H. Hinnant's `civil_from_days`).
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// ISO 8601 weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    var weekday: Int {
        let d = daysSinceEpoch
        return ((d % 7 + 7) % 7 + 3) % 7 + 1
    }

    func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The local date of `instant` in `zone`.
    init(_ instant: Date, in zone: TimeZone) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        self.init(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }

    var iso8601: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

/// How a local wall-clock time maps onto an IANA zone's timeline (IANA tz, RFC 9557 §1.2).
struct LocalTimeResolution: Sendable {
    enum Fit: Sendable, Equatable {
        /// The local time occurs exactly once.
        case exact
        /// The local time was skipped by a forward transition of `gapSeconds`.
        case gap(gapSeconds: Int)
        /// The local time occurs twice; `laterOffset` is the offset of the second occurrence.
        case overlap(laterOffset: Int)
    }

    let instant: Date
    let utcOffsetSeconds: Int
    let fit: Fit

    /// Resolves `localSeconds` (seconds since 1970-01-01T00:00 local wall time) in `zone`.
    ///
    /// Rule (the one of RFC 5545 §3.3.5 and java.time's `ZonedDateTime.ofLocal`): a time inside a
    /// gap is moved forward by the gap's length (02:30 on a spring-forward night in Paris is
    /// 03:30+02:00); an ambiguous time takes its earlier instant, the first occurrence (02:30+02:00
    /// on a fall-back night), like Python's `fold=0`.
    static func resolve(localSeconds: Int, fraction: Double, in zone: TimeZone) -> LocalTimeResolution {
        func offset(at utc: Int) -> Int {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        }
        // Any real offset lies within ±1 day, so the offsets a day either side bracket one transition.
        let before = offset(at: localSeconds - 86_400)
        let after = offset(at: localSeconds + 86_400)
        let fitting = Set([before, after]).filter { offset(at: localSeconds - $0) == $0 }.sorted(by: >)
        func date(_ utc: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(utc) + fraction) }
        if let earliest = fitting.first {
            // A larger offset means an earlier instant.
            let fit: Fit = fitting.count > 1 ? .overlap(laterOffset: fitting[1]) : .exact
            return LocalTimeResolution(instant: date(localSeconds - earliest), utcOffsetSeconds: earliest, fit: fit)
        }
        // In a gap: read the time with the offset in force before it, which lands after the gap.
        let utc = localSeconds - before
        return LocalTimeResolution(instant: date(utc), utcOffsetSeconds: offset(at: utc), fit: .gap(gapSeconds: after - before))
    }
}

/// `+02:00`, `-04:00`, `+05:30`.
func formatOffset(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let magnitude = abs(seconds)
    return String(format: "%@%02d:%02d", sign, magnitude / 3600, (magnitude % 3600) / 60)
}
