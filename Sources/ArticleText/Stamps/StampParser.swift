import Foundation

/// Reads the publisher's stamps ("Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04")
/// out of a dateline block.
///
/// Understood forms, in French, English, German, Spanish, Italian and Portuguese:
/// - keywords: `Publié`, `Modifié`, `Mis à jour`, `Actualisé`, `Published`, `Updated`,
///   `Last updated`, `Veröffentlicht`, `Aktualisiert`, `Stand`, `Publicado`, `Actualizado`,
///   `Pubblicato`, `Aggiornato`, `Atualizado`, … (accents optional, any case);
/// - dates: `16 juin 2021`, `1er juin 2021`, `mercredi 16 juin 2021`, `June 16, 2021`,
///   `Wed, 16 Jun 2021`, `16. Juni 2021`, `16 de junio de 2021`, `16/06/2021`, `16.06.2021`,
///   ISO 8601 `2021-06-16`, and `aujourd'hui`, `hier`, `today`, `yesterday`, … ;
/// - times: `17:04`, `17:04:00.5`, `17h04`, `17 h 04`, `17.04 Uhr`, `5:04 p.m.`, `5pm`, `noon`;
/// - zones: abbreviations (`ET`, `EDT`, `PT`, `CET`, `CEST`, `BST`, `GMT`, `UTC`), `heure de Paris`,
///   and offsets (`Z`, `+02:00`, `+0200`) as in ISO 8601 and RFC 2822 §3.3;
/// - relative stamps: `il y a 2 heures`, `2 hours ago`, `vor 5 Minuten`, `hace 2 horas`, … .
///
/// Rules, all reported in ``DatelineStamps/warnings`` where they guess:
/// - **Zone.** A zone written in the stamp wins. `EST`, `EDT`, `CEST`, … are the fixed offsets the
///   IANA tz database gives them; generic `ET`, `CT`, `MT`, `PT` and `heure de Paris` follow their
///   IANA zone's rule on that date (`ET` in June is −04:00). Otherwise the configured `timeZone`
///   applies, and ``Stamp/utcOffsetSeconds`` is its offset at the instant (Europe/Paris in June:
///   +7200).
/// - **DST.** A local time skipped by a spring-forward transition is moved forward by the gap's
///   length (RFC 5545 §3.3.5, java.time): 2021-03-28 02:30 Europe/Paris is 03:30+02:00. A time
///   repeated by a fall-back transition takes its first occurrence, the earlier instant (java.time,
///   Python `fold=0`): 2021-10-31 02:30 Europe/Paris is 02:30+02:00. Both add a warning.
/// - **Missing time.** A date without a time of day is read as 00:00 local, with a warning.
/// - **Missing date.** A time without a date takes the date (and zone) of the stamp before it in
///   the same dateline (`… le 16 juin à 17h04, mis à jour à 20h04`); the first stamp takes the
///   capture day, or the day before when that time was still to come at capture (more than
///   5 minutes after it), with a warning.
/// - **Missing year.** The capture date's year, or the year before when that would put the stamp
///   more than a day after capture; with a warning.
/// - **Relative stamps** (`hier`, `il y a 2 heures`) count back from `captured`; without it they
///   get no instant and a warning. The parser never reads the clock.
/// - **Numeric dates** are day-first (`06/07/2021` is 6 July); month-first only when day-first is
///   impossible (`06/16/2021`).
/// - **Roles.** A stamp after a published keyword is published, after a modified keyword
///   modified. A stamp with no keyword is published if it is the dateline's first, else modified. Several
///   published stamps keep the earliest (warning); several modified stamps keep the latest.
/// - **Impossible dates** (`31 juin`, `29 février 2021`, `25:70`) never become instants: they go
///   to ``DatelineStamps/invalid`` with the text as written and the reason.
public struct StampParser: Sendable {
    /// The IANA zone for stamps that name none.
    public let timeZone: TimeZone
    /// When the text was captured: the reference for relative stamps and missing years.
    public let captured: Date?

    /// A dateline is short: longer blocks are prose.
    static let maximumLength = 300
    /// Words that are neither stamps nor glue (a byline, "AFP") a dateline may still hold.
    static let maximumFillerWords = 8
    /// Words of byline allowed before the first keyword (`Par Jean Dupont | Publié …`).
    static let maximumLeadingFillerWords = 6
    /// Without any keyword a bare date must stand almost alone: at most this many filler words,
    /// and at most one of them in lower case (`16 juin 2021, par Jean Dupont`, not
    /// `16 juin 2021 : les résultats de l'élection`).
    static let maximumFillerWordsWithoutKeyword = 4
    /// With a keyword, at most this many filler words in lower case: a dateline's other words
    /// are bylines, agencies and places, capitalized (`Temps de lecture : 3 min` has two), while
    /// a sentence that opens with a keyword has verbs and nouns (`Updated: the minister
    /// resigned on June 16, 2021 at 5:04 PM after a long debate.` has five).
    static let maximumLowercaseFillerWords = 3
    /// Seconds a time without a date may lie after the capture time and still be the capture
    /// day's: clock skew between publisher and capture, the `future-stamp` rule's default
    /// tolerance (``AuditThresholds``: 300 s).
    static let captureClockTolerance = 300

    public init(timeZone: TimeZone, captured: Date? = nil) {
        self.timeZone = timeZone
        self.captured = captured
    }

    /// Returns nil when `text` is not a dateline; otherwise the stamps found.
    ///
    /// A dateline is at most 300 characters and holds at least one stamp. It begins with a stamp
    /// keyword or a date, or with a short byline or place (≤ 6 words) that is either ended by `|`,
    /// `-`, `–`, `·` or a line break (`Madrid - 16 jun 2021 - 17:04 CEST`) or opened by
    /// `Par`/`By`/`Von`/… and followed by a keyword. Besides stamps, separators (`|`, `-`, `–`, `·`,
    /// `/`, `,`, line breaks, `et`/`and`) and linking words (`le`, `à`, `am`, `at`) it has at most
    /// 8 other words, at most 3 of them in lower case; with no keyword at all, at most 4, of
    /// which at most one in lower case. So a prose paragraph that mentions "publié le 3 juin"
    /// mid-sentence, or opens with "Updated:", is not one.
    ///
    /// A dateline whose only stamps are impossible (`Publié le 31 juin 2021 à 17:04`) is still a
    /// dateline: the result has them in `invalid`, so the caller can refuse it with a clear error.
    public func parseDateline(_ text: String) -> DatelineStamps? {
        let trimmed = TrimmedText.trimmed(text)
        // `dropFirst` counts no further than the limit: most blocks tried are long paragraphs.
        guard !trimmed.isEmpty, trimmed.dropFirst(Self.maximumLength).isEmpty else { return nil }
        let grammar = StampGrammar(tokens: StampTokenizer.tokenize(trimmed))
        guard let pending = scan(grammar) else { return nil }
        return resolve(pending, in: trimmed)
    }

    // MARK: Scanning

    /// One stamp's pieces as read, before any checking.
    struct PendingStamp {
        var role: StampRole?
        var date: DateSpec?
        var time: TimeSpec?
        var zone: StatedZone?
        var relative: RelativeSpec?
        /// From the first atom to the last, keyword excluded (`31 juin 2021 à 17:04`).
        var range: Range<String.Index>?

        var hasAtoms: Bool { date != nil || time != nil || relative != nil }

        mutating func cover(_ r: Range<String.Index>) {
            range = range.map { min($0.lowerBound, r.lowerBound)..<max($0.upperBound, r.upperBound) } ?? r
        }
    }

    /// Walks the tokens, groups atoms into stamps, and decides whether the block is a dateline.
    /// A keyword starts a new stamp; so does a second date or time, or a relative stamp, in the
    /// current one.
    func scan(_ grammar: StampGrammar) -> [PendingStamp]? {
        let tokens = grammar.tokens
        var stamps: [PendingStamp] = []
        var current = PendingStamp()
        func flush() {
            if current.hasAtoms { stamps.append(current) }
            current = PendingStamp()
        }

        enum Last { case date, time, other }
        var last = Last.other
        var fillerWords = 0
        var lowercaseFillerWords = 0
        var sawKeyword = false
        var leadingFillerWords = 0
        var bylineOpened = false
        var bylineClosed = false
        var firstItemIsKeyword: Bool?

        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let span = { (end: Int) in token.range.lowerBound..<tokens[end - 1].range.upperBound }
            if token.lineBreakBefore, firstItemIsKeyword == nil, leadingFillerWords > 0 {
                bylineClosed = true
            }

            if let (role, end) = grammar.keyword(at: i) {
                firstItemIsKeyword = firstItemIsKeyword ?? true
                sawKeyword = true
                flush()
                current.role = role
                last = .other
                i = end
                continue
            }
            if let (relative, end) = grammar.relative(at: i) {
                firstItemIsKeyword = firstItemIsKeyword ?? false
                if current.hasAtoms { flush() }
                current.relative = relative
                current.cover(span(end))
                last = .other
                i = end
                continue
            }
            if let (date, end) = grammar.date(at: i) {
                firstItemIsKeyword = firstItemIsKeyword ?? false
                if current.date != nil || current.relative != nil { flush() }
                current.date = date
                current.cover(span(end))
                last = .date
                i = end
                continue
            }
            if let (time, end) = grammar.time(at: i) {
                firstItemIsKeyword = firstItemIsKeyword ?? false
                if current.time != nil || current.relative != nil { flush() }
                current.time = time
                current.cover(span(end))
                last = .time
                i = end
                continue
            }
            if last != .other, let (zone, end) = grammar.zone(at: i, afterTime: last == .time) {
                if current.zone == nil {
                    current.zone = zone
                    current.cover(span(end))
                }
                i = end
                continue
            }
            if last == .time, let end = grammar.parenthesizedTime(at: i) {
                // `17:04 CEST (15:04 GMT)`: the same time restated in another zone.
                i = end
                continue
            }
            if token.kind == .punct {
                if let c = token.raw.first, StampVocabulary.strongSeparators.contains(c),
                   firstItemIsKeyword == nil, leadingFillerWords > 0 {
                    bylineClosed = true
                }
                i += 1
                continue
            }
            if token.kind == .word, StampVocabulary.glue.contains(token.folded) || StampVocabulary.conjunctions.contains(token.folded) {
                i += 1
                continue
            }
            // Filler: a byline, an agency name, a stray number.
            fillerWords += 1
            if token.kind == .word, token.raw.first?.isLowercase == true,
               !StampVocabulary.bylineMarkers.contains(token.folded) {
                lowercaseFillerWords += 1
            }
            if firstItemIsKeyword == nil {
                if leadingFillerWords == 0, StampVocabulary.bylineMarkers.contains(token.folded) { bylineOpened = true }
                leadingFillerWords += 1
            }
            last = .other
            i += 1
        }
        flush()

        guard !stamps.isEmpty, fillerWords <= Self.maximumFillerWords, lowercaseFillerWords <= Self.maximumLowercaseFillerWords else { return nil }
        if !sawKeyword {
            guard fillerWords <= Self.maximumFillerWordsWithoutKeyword, lowercaseFillerWords <= 1 else { return nil }
        }
        if leadingFillerWords > 0 {
            // A byline or place ended by `|`, `-`, `·` or a line break may precede a keyword or a
            // date; one only opened by `Par`/`By` must reach a keyword ("Par ailleurs, le 3 juin…").
            guard leadingFillerWords <= Self.maximumLeadingFillerWords,
                  bylineClosed || (bylineOpened && firstItemIsKeyword == true) else { return nil }
        }
        return stamps
    }

    // MARK: Resolving

    private enum Outcome {
        case stamp(Stamp, date: CivilDate, zone: StatedZone?)
        case invalid(InvalidStamp)
        case unresolved
    }

    /// What a time-only stamp can borrow from the stamp before it.
    private enum Previous {
        case valid(date: CivilDate, zone: StatedZone?)
        case invalid
    }

    func resolve(_ pending: [PendingStamp], in text: String) -> DatelineStamps {
        var result = DatelineStamps()
        var published: [Stamp] = []
        var modified: [Stamp] = []
        var previous: Previous?
        for (index, stamp) in pending.enumerated() {
            // No keyword: the dateline's first stamp is the publication, any later one a revision.
            let role = stamp.role ?? (index == 0 ? .published : .modified)
            switch resolve(stamp, in: text, previous: previous, warnings: &result.warnings) {
            case .stamp(let resolved, let date, let zone):
                previous = .valid(date: date, zone: zone)
                if role == .published { published.append(resolved) } else { modified.append(resolved) }
            case .invalid(let invalid):
                previous = .invalid
                result.invalid.append(invalid)
            case .unresolved:
                break
            }
        }
        if published.count > 1 {
            result.warnings.append("the dateline has \(published.count) published stamps; kept the earliest")
        }
        result.published = published.min()
        result.modified = modified.max()
        if let p = result.published, let m = result.modified, m < p {
            result.warnings.append("modified (\(m.iso8601)) is earlier than published (\(p.iso8601))")
        }
        return result
    }

    private func resolve(
        _ stamp: PendingStamp, in text: String, previous: Previous?,
        warnings: inout [String]
    ) -> Outcome {
        let written = stamp.range.map { String(text[$0]) } ?? text
        let quoted = "“\(written)”"

        if let relative = stamp.relative {
            guard let captured else {
                warnings.append("\(quoted) is relative and no capture time was given: no instant")
                return .unresolved
            }
            let instant = captured.addingTimeInterval(-TimeInterval(relative.seconds))
            warnings.append("\(quoted) is relative: counted back from the capture time, precise to \(Self.unitName(relative.unitSeconds))")
            return .stamp(Stamp(instant: instant, in: timeZone), date: CivilDate(instant, in: timeZone), zone: nil)
        }

        // 1. Refuse impossible dates and times before anything else.
        var reasons: [String] = []
        if case .calendar(let year, let month, let day, _) = stamp.date {
            reasons += Self.dateProblems(year: year, month: month, day: day)
        }
        var hour = 0, minute = 0, second = 0, fraction = 0.0
        if let time = stamp.time {
            if let meridiem = time.meridiem {
                if time.hour == 0 || time.hour > 12 {
                    reasons.append("hour \(time.hour) does not exist on a 12-hour clock")
                } else {
                    hour = time.hour % 12 + (meridiem == .pm ? 12 : 0)
                }
            } else if time.hour > 23 {
                reasons.append("hour \(time.hour) does not exist")
            } else {
                hour = time.hour
            }
            if time.minute > 59 { reasons.append("minute \(time.minute) does not exist") }
            if time.second > 59 { reasons.append("second \(time.second) does not exist") }
            (minute, second, fraction) = (time.minute, time.second, time.fraction)
        }
        guard reasons.isEmpty else {
            return .invalid(InvalidStamp(text: written, reason: reasons.joined(separator: "; ")))
        }

        // 2. Find the date, borrowing from the previous stamp or the capture day where needed.
        var zone = stamp.zone
        let date: CivilDate
        switch stamp.date {
        case .calendar(let year?, let month, let day, let weekday):
            date = CivilDate(year: year, month: month, day: day)
            if let weekday, weekday != date.weekday {
                warnings.append("\(quoted) says \(Self.weekdayNames[weekday - 1]) but \(date.iso8601) is a \(Self.weekdayNames[date.weekday - 1])")
            }
        case .calendar(nil, let month, let day, _):
            guard let captured else {
                warnings.append("\(quoted) has no year and no capture time was given: no instant")
                return .unresolved
            }
            let today = CivilDate(captured, in: zoneForCaptureDay(zone))
            var year = today.year
            if CivilDate(year: year, month: month, day: min(day, 28)).daysSinceEpoch > today.daysSinceEpoch + 1 { year -= 1 }
            if let problem = Self.dateProblems(year: year, month: month, day: day).first {
                return .invalid(InvalidStamp(text: written, reason: problem))
            }
            date = CivilDate(year: year, month: month, day: day)
            warnings.append("\(quoted) has no year: read as \(year), the capture year")
        case .relativeDay(let offset):
            guard let captured else {
                warnings.append("\(quoted) is relative and no capture time was given: no instant")
                return .unresolved
            }
            date = CivilDate(captured, in: zoneForCaptureDay(zone)).adding(days: offset)
        case nil:
            if case .valid(let previousDate, let previousZone)? = previous {
                date = previousDate
                zone = zone ?? previousZone
            } else if case .invalid? = previous {
                return .invalid(InvalidStamp(text: written, reason: "its date is that of the impossible stamp before it"))
            } else if let captured {
                let day = CivilDate(captured, in: zoneForCaptureDay(zone))
                // A time still to come on the capture day (beyond clock skew) was yesterday's.
                let capturedOffset = zoneForCaptureDay(zone).secondsFromGMT(for: captured)
                let capturedSecond = (Int(captured.timeIntervalSince1970.rounded(.down)) + capturedOffset) - day.daysSinceEpoch * 86_400
                if hour * 3600 + minute * 60 + second > capturedSecond + Self.captureClockTolerance {
                    date = day.adding(days: -1)
                    warnings.append("\(quoted) has no date: read as the day before the capture, \(date.iso8601) (at capture, \(written) was still to come that day)")
                } else {
                    date = day
                    warnings.append("\(quoted) has no date: read as the capture day, \(date.iso8601)")
                }
            } else {
                warnings.append("\(quoted) has no date and no capture time was given: no instant")
                return .unresolved
            }
        }
        if stamp.time == nil {
            warnings.append("\(quoted) has no time of day: read as 00:00")
        }

        // 3. Place the local time on the timeline.
        let local = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        let result: Stamp
        switch zone {
        case .fixed(let offset, let name, let region)?:
            let instant = Date(timeIntervalSince1970: TimeInterval(local - offset) + fraction)
            result = Stamp(instant: instant, utcOffsetSeconds: offset)
            if let region, let regionZone = TimeZone(identifier: region) {
                let inForce = regionZone.secondsFromGMT(for: instant)
                if inForce != offset {
                    warnings.append("\(quoted) says \(name) (\(formatOffset(offset))) but \(region) was on \(formatOffset(inForce)) then; kept \(formatOffset(offset)) as written")
                }
            }
        case .region(let identifier, _)?:
            guard let regionZone = TimeZone(identifier: identifier) else { return .unresolved }
            result = place(local, fraction, in: regionZone, quoted: quoted, warnings: &warnings)
        case nil:
            result = place(local, fraction, in: timeZone, quoted: quoted, warnings: &warnings)
        }
        return .stamp(result, date: date, zone: zone)
    }

    /// Resolves a local time in an IANA zone with the gap/overlap rule above.
    private func place(_ local: Int, _ fraction: Double, in zone: TimeZone, quoted: String, warnings: inout [String]) -> Stamp {
        let resolution = LocalTimeResolution.resolve(localSeconds: local, fraction: fraction, in: zone)
        let stamp = Stamp(instant: resolution.instant, utcOffsetSeconds: resolution.utcOffsetSeconds)
        switch resolution.fit {
        case .exact:
            break
        case .gap(let gap):
            warnings.append("\(quoted) names a local time that does not exist in \(zone.identifier) (clocks jumped \(Self.durationName(gap)) ahead); read as \(stamp.iso8601)")
        case .overlap(let laterOffset):
            warnings.append("\(quoted) is ambiguous in \(zone.identifier) (that local time occurs twice); read as the first occurrence, \(stamp.iso8601), not \(formatOffset(laterOffset))")
        }
        return stamp
    }

    /// The zone whose calendar day "today" means for a stamp.
    private func zoneForCaptureDay(_ zone: StatedZone?) -> TimeZone {
        switch zone {
        case .fixed(let seconds, _, _)?: return TimeZone(secondsFromGMT: seconds) ?? timeZone
        case .region(let identifier, _)?: return TimeZone(identifier: identifier) ?? timeZone
        case nil: return timeZone
        }
    }

    /// Why `day month year` does not exist, if it does not (Gregorian calendar; an unknown year
    /// allows 29 February).
    static func dateProblems(year: Int?, month: Int, day: Int) -> [String] {
        guard (1...12).contains(month) else { return ["month \(month) does not exist"] }
        guard day >= 1 else { return ["day \(day) does not exist"] }
        let length = CivilDate.daysIn(month: month, year: year)
        guard day > length else { return [] }
        if month == 2, day == 29, let year {
            return ["\(year) is not a leap year: February \(year) has 28 days"]
        }
        return ["\(StampVocabulary.monthNames[month - 1]) has \(length) days"]
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static func unitName(_ seconds: Int) -> String {
        switch seconds {
        case 1: "the second"
        case 60: "the minute"
        case 3600: "the hour"
        case 86_400: "the day"
        default: "the week"
        }
    }

    private static func durationName(_ seconds: Int) -> String {
        seconds % 3600 == 0 ? "\(seconds / 3600) h" : "\(seconds / 60) min"
    }
}
