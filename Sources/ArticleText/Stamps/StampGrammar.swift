import Foundation

/// A date as written: a calendar date (the year may be missing) or a day relative to capture.
enum DateSpec: Sendable, Equatable {
    case calendar(year: Int?, month: Int, day: Int, weekday: Int?)
    /// `aujourd'hui` = 0, `hier` = -1, `avant-hier` = -2.
    case relativeDay(Int)
}

enum Meridiem: Sendable, Equatable { case am, pm }

/// A time of day as written; not yet checked (`25:70` parses, the resolver refuses it).
struct TimeSpec: Sendable, Equatable {
    var hour: Int
    var minute = 0
    var second = 0
    var fraction = 0.0
    var meridiem: Meridiem?
}

/// `il y a 2 heures`, `2 hours ago`: an amount of time before capture.
struct RelativeSpec: Sendable, Equatable {
    var seconds: Int
    /// The unit's length in seconds, i.e. the stamp's precision.
    var unitSeconds: Int
}

/// The pieces a stamp is made of; a stamp is one or more atoms, in any order.
enum StampAtom: Sendable, Equatable {
    case date(DateSpec)
    case time(TimeSpec)
    case zone(StatedZone)
    case relative(RelativeSpec)
}

/// Recognizers for dateline pieces over a token array. Each returns what it read and the index
/// of the first token after it, or nil (consuming nothing) when the tokens at `i` are not one.
struct StampGrammar {
    let tokens: [StampToken]

    private typealias V = StampVocabulary

    func token(_ i: Int) -> StampToken? { tokens.indices.contains(i) ? tokens[i] : nil }

    /// A token right after the previous one, with no whitespace between.
    private func adjacent(_ i: Int) -> StampToken? {
        guard let t = token(i), !t.spaceBefore else { return nil }
        return t
    }

    /// Matches a folded word sequence (punctuation entries match themselves).
    func match(_ words: [String], at i: Int) -> Int? {
        for (offset, word) in words.enumerated() {
            guard let t = token(i + offset), t.kind != .number, t.folded == word else { return nil }
        }
        return i + words.count
    }

    // MARK: Keywords

    /// `Publié`, `Mis à jour`, `Last updated`, `Stand`, …: the longest keyword phrase at `i`.
    func keyword(at i: Int) -> (StampRole, Int)? {
        var best: (StampRole, Int)?
        for entry in V.keywords {
            if let end = match(entry.words, at: i), end > (best?.1 ?? i) { best = (entry.role, end) }
        }
        return best
    }

    // MARK: Relative stamps

    /// `il y a 2 heures`, `2 hours ago`, `vor 5 Minuten`, `hace 2 horas`, `2 ore fa`, `há 2 horas`.
    func relative(at i: Int) -> (RelativeSpec, Int)? {
        for prefix in V.relativePrefixes {
            if let j = match(prefix, at: i), let (spec, end) = amountAndUnit(at: j) { return (spec, end) }
        }
        if let (spec, end) = amountAndUnit(at: i), let suffix = token(end), suffix.kind == .word,
           V.relativeSuffixes.contains(suffix.folded) {
            return (spec, end + 1)
        }
        return nil
    }

    private func amountAndUnit(at i: Int) -> (RelativeSpec, Int)? {
        guard let t = token(i) else { return nil }
        let amount: Int
        if t.kind == .number, t.digits <= 4, let value = t.value {
            amount = value
        } else if t.kind == .word, V.one.contains(t.folded) {
            amount = 1
        } else {
            return nil
        }
        guard let u = token(i + 1), u.kind == .word, let unit = V.units[u.folded] else { return nil }
        return (RelativeSpec(seconds: amount * unit, unitSeconds: unit), i + 2)
    }

    // MARK: Dates

    /// A date, optionally after a weekday: `mercredi 16 juin 2021`, `Wed, 16 Jun 2021`,
    /// `Wednesday, June 16, 2021`, `Mi., 16.06.2021`, `quarta-feira, 16 de junho de 2021`,
    /// `2021-06-16`, `16/06/2021`, or a relative day (`aujourd'hui`, `hier`, `yesterday`).
    func date(at i: Int) -> (DateSpec, Int)? {
        if let (weekday, j) = weekday(at: i) {
            guard let (date, end) = calendarDate(at: j),
                  case .calendar(let year, let month, let day, _) = date else { return nil }
            return (.calendar(year: year, month: month, day: day, weekday: weekday), end)
        }
        for (words, offset) in V.relativeDays {
            if let end = match(words, at: i) { return (.relativeDay(offset), end) }
        }
        return calendarDate(at: i)
    }

    private func weekday(at i: Int) -> (Int, Int)? {
        guard let t = token(i), t.kind == .word else { return nil }
        var j = i + 1
        let weekday: Int
        if let w = V.weekdays[t.folded] {
            weekday = w
        } else if let w = V.shortWeekdays[t.folded], let next = adjacent(j), next.isPunct(".,") {
            weekday = w
        } else {
            return nil
        }
        if adjacent(j)?.isPunct(".") == true { j += 1 }
        if adjacent(j)?.isPunct("-") == true, adjacent(j + 1)?.isWord("feira") == true { j += 2 }
        if token(j)?.isPunct(",") == true { j += 1 }
        return (weekday, j)
    }

    private func calendarDate(at i: Int) -> (DateSpec, Int)? {
        numericDate(at: i) ?? dayMonthYear(at: i) ?? monthDayYear(at: i)
    }

    private func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard let t = token(i), t.kind == .number, digits.contains(t.digits) else { return nil }
        return t.value
    }

    /// ISO 8601 `2021-06-16` (also with `/` or `.`), optionally followed by the `T` of a
    /// date-time; day-first `16/06/2021`, `16.06.2021`, `16-06-21`; yearless `16/06`, `16.06.`.
    /// Day-first is the order of every supported language but US English; month-first is used only
    /// when day-first is impossible and month-first is not (`06/16/2021`).
    private func numericDate(at i: Int) -> (DateSpec, Int)? {
        guard let first = token(i), first.kind == .number, let a = first.value,
              let sep = adjacent(i + 1), sep.isPunct("-/."),
              let second = adjacent(i + 2), second.kind == .number, second.digits <= 2, let b = second.value
        else { return nil }
        let secondSep = adjacent(i + 3).flatMap { $0.raw == sep.raw ? $0 : nil }
        let third = secondSep == nil ? nil : adjacent(i + 4).flatMap { $0.kind == .number ? $0 : nil }

        if first.digits == 4 {
            guard let third, third.digits <= 2, let c = third.value else { return nil }
            var end = i + 5
            if let t = adjacent(end), t.isWord("t"), adjacent(end + 1)?.kind == .number { end += 1 }
            return (.calendar(year: a, month: b, day: c, weekday: nil), end)
        }
        guard first.digits <= 2 else { return nil }
        let (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b)
        if let third, third.digits == 4 || third.digits == 2, let c = third.value {
            let year = third.digits == 2 ? 2000 + c : c
            return (.calendar(year: year, month: month, day: day, weekday: nil), i + 5)
        }
        if sep.raw == "/", secondSep == nil {
            return (.calendar(year: nil, month: month, day: day, weekday: nil), i + 3)
        }
        if sep.raw == ".", secondSep != nil, third == nil {
            return (.calendar(year: nil, month: month, day: day, weekday: nil), i + 4)
        }
        return nil
    }

    /// `16 juin 2021`, `1er juin 2021`, `16. Juni 2021`, `16 de junio de 2021`, `16th June 2021`,
    /// `16 juin` (no year).
    private func dayMonthYear(at i: Int) -> (DateSpec, Int)? {
        guard let day = number(i, digits: 1...2) else { return nil }
        var j = i + 1
        if let t = adjacent(j), (t.kind == .word && V.ordinalSuffixes.contains(t.folded)) || t.isPunct(".°") {
            j += 1
        }
        if token(j)?.isWord("de") == true { j += 1 }
        guard let m = token(j), m.kind == .word, let month = V.months[m.folded] else { return nil }
        j += 1
        if adjacent(j)?.isPunct(".") == true { j += 1 }
        var k = j
        if token(k)?.isPunct(",") == true { k += 1 }
        if token(k)?.isWord("de") == true || token(k)?.isWord("del") == true { k += 1 }
        if let year = number(k, digits: 4...4) {
            return (.calendar(year: year, month: month, day: day, weekday: nil), k + 1)
        }
        return (.calendar(year: nil, month: month, day: day, weekday: nil), j)
    }

    /// `June 16, 2021`, `Jun. 16, 2021`, `June 16th 2021`, `June 16` (no year).
    private func monthDayYear(at i: Int) -> (DateSpec, Int)? {
        guard let m = token(i), m.kind == .word, let month = V.months[m.folded] else { return nil }
        var j = i + 1
        if adjacent(j)?.isPunct(".") == true { j += 1 }
        guard let day = number(j, digits: 1...2) else { return nil }
        j += 1
        if let t = adjacent(j), t.kind == .word, ["st", "nd", "rd", "th"].contains(t.folded) { j += 1 }
        var k = j
        if token(k)?.isPunct(",") == true { k += 1 }
        if let year = number(k, digits: 4...4) {
            return (.calendar(year: year, month: month, day: day, weekday: nil), k + 1)
        }
        return (.calendar(year: nil, month: month, day: day, weekday: nil), j)
    }

    // MARK: Times

    /// `17:04`, `17:04:00.250`, `17:04 h`, `17h04`, `17 h 04`, `17h`, `17h04min`, `17.04 Uhr`,
    /// `17.04 BST`, `17 Uhr`, `5:04 p.m.`, `5pm`, `midi`, `noon`. A bare number is never a time, and
    /// `17.04` only with a marker after it (`Uhr`, `pm`, a zone), since alone it may be a date.
    func time(at i: Int) -> (TimeSpec, Int)? {
        guard let t = token(i) else { return nil }
        if t.kind == .word, let hour = V.namedTimes[t.folded] { return (TimeSpec(hour: hour), i + 1) }
        guard t.kind == .number, t.digits <= 2, let hour = t.value else { return nil }
        var spec = TimeSpec(hour: hour)
        var j = i + 1
        var isTime = false
        var needsMarker = false
        if adjacent(j)?.isPunct(":") == true, let m = adjacent(j + 1), m.kind == .number, m.digits == 2 {
            spec.minute = m.value ?? 0
            j += 2
            isTime = true
            if adjacent(j)?.isPunct(":") == true, let s = adjacent(j + 1), s.kind == .number, s.digits == 2 {
                spec.second = s.value ?? 0
                j += 2
                if adjacent(j)?.isPunct(".,") == true, let f = adjacent(j + 1), f.kind == .number {
                    spec.fraction = Double("0.\(f.raw)") ?? 0
                    j += 2
                }
            }
        } else if token(j)?.isWord("h") == true {
            j += 1
            isTime = true
            if let m = token(j), m.kind == .number, m.digits == 2 {
                spec.minute = m.value ?? 0
                j += 1
                if adjacent(j)?.isWord("min") == true { j += 1 }
            }
        } else if adjacent(j)?.isPunct(".") == true, let m = adjacent(j + 1), m.kind == .number, m.digits == 2 {
            spec.minute = m.value ?? 0
            j += 2
            needsMarker = true
        }
        if let suffix = token(j), suffix.kind == .word, ["uhr", "h", "hs", "hrs"].contains(suffix.folded) {
            j += 1
            isTime = true
        }
        if let (meridiem, end) = meridiem(at: j) {
            spec.meridiem = meridiem
            j = end
            isTime = true
        }
        if needsMarker, !isTime, zone(at: j, afterTime: false) != nil { isTime = true }
        guard isTime else { return nil }
        if hour == 12, token(j)?.isWord("noon") == true { j += 1 }
        return (spec, j)
    }

    /// `am`, `PM`, `a.m.`, `p.m`. German `am` before a date (`17:04 am 16.06.2021`) is a preposition.
    private func meridiem(at j: Int) -> (Meridiem, Int)? {
        guard let t = token(j), t.kind == .word else { return nil }
        if t.folded == "am" || t.folded == "pm" {
            if t.folded == "am", token(j + 1)?.kind == .number { return nil }
            return (t.folded == "am" ? .am : .pm, j + 1)
        }
        if t.folded == "a" || t.folded == "p", adjacent(j + 1)?.isPunct(".") == true, adjacent(j + 2)?.isWord("m") == true {
            var end = j + 3
            if adjacent(end)?.isPunct(".") == true { end += 1 }
            return (t.folded == "a" ? .am : .pm, end)
        }
        return nil
    }

    /// `(15:04 GMT)` right after a time: the same moment restated in another zone, which adds no
    /// stamp. Returns the index after `)`.
    func parenthesizedTime(at i: Int) -> Int? {
        guard token(i)?.isPunct("(") == true, let (_, afterTime) = time(at: i + 1) else { return nil }
        var j = afterTime
        if let (_, afterZone) = zone(at: j, afterTime: true) { j = afterZone }
        return token(j)?.isPunct(")") == true ? j + 1 : nil
    }

    // MARK: Zones

    /// A zone after a date or time: `ET`, `CEST`, `GMT`, `UTC+2`, `heure de Paris`; after a time
    /// also `Z` and numeric offsets (`+02:00`, `+0200`, `-04`) as in ISO 8601 and RFC 2822 §3.3.
    func zone(at i: Int, afterTime: Bool) -> (StatedZone, Int)? {
        guard let t = token(i) else { return nil }
        for phrase in ZoneAbbreviations.phrases {
            if let end = match(phrase.words, at: i) { return (phrase.zone, end) }
        }
        if t.kind == .word {
            if afterTime, t.raw == "Z" || t.raw == "z", !t.spaceBefore {
                return (.fixed(seconds: 0, name: "Z", region: nil), i + 1)
            }
            let upper = t.raw.uppercased()
            guard t.isCapitals || upper == "UTC" || upper == "GMT",
                  let zone = ZoneAbbreviations.abbreviations[upper] else { return nil }
            // "… 17H04 ET MODIFIÉ …": the French conjunction, in a dateline written in capitals.
            if upper == "ET", keyword(at: i + 1) != nil { return nil }
            if ZoneAbbreviations.offsetBases.contains(upper), let (seconds, end) = offset(at: i + 1, adjacentSign: true) {
                return (.fixed(seconds: seconds, name: upper + formatOffset(seconds), region: nil), end)
            }
            return (zone, i + 1)
        }
        if afterTime, let (seconds, end) = offset(at: i, adjacentSign: false) {
            return (.fixed(seconds: seconds, name: formatOffset(seconds), region: nil), end)
        }
        return nil
    }

    /// `+0200`, `+02:00`, `+02`, `-4`, `−05:00`: seconds east of UTC. The digits must touch the sign,
    /// so a spaced dash (`17:04 - 20:04`) stays a separator.
    private func offset(at i: Int, adjacentSign: Bool) -> (Int, Int)? {
        guard let sign = token(i), sign.isPunct("+-−"), !adjacentSign || !sign.spaceBefore,
              let n = adjacent(i + 1), n.kind == .number, let value = n.value else { return nil }
        var end = i + 2
        let hours: Int
        var minutes = 0
        switch n.digits {
        case 4:
            hours = value / 100
            minutes = value % 100
        case 1, 2:
            hours = value
            if adjacent(end)?.isPunct(":") == true, let m = adjacent(end + 1), m.kind == .number, m.digits == 2 {
                minutes = m.value ?? 0
                end += 2
            }
        default:
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return ((sign.raw == "+" ? 1 : -1) * (hours * 3600 + minutes * 60), end)
    }
}
