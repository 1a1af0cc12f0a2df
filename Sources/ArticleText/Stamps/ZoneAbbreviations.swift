import Foundation

/// A zone stated in the stamp's text. It wins over the parser's configured zone.
enum StatedZone: Sendable, Equatable {
    /// A fixed offset from UTC in seconds (`+02:00`, `Z`, `EDT`, `CEST`). `region` is the IANA zone
    /// whose daylight/standard pair the abbreviation belongs to; it is only used to warn when the
    /// abbreviation is out of season (`EST` in June), never to change the offset as written.
    case fixed(seconds: Int, name: String, region: String?)
    /// An IANA zone whose rule at that date applies (`ET` = America/New_York, `heure de Paris`).
    case region(identifier: String, name: String)
}

/// Time-zone names that publishers write after a time.
///
/// Abbreviations are matched only in capitals (`ET`, `EST`, `CET`) because in lower case they are
/// ordinary words (French `et`, `est`, `cet`); `UTC` and `GMT` are also accepted in any case.
/// Offsets are from the IANA tz database's definitions of these abbreviations.
enum ZoneAbbreviations {
    static let abbreviations: [String: StatedZone] = {
        let h = 3600
        func fixed(_ name: String, _ hours: Int, _ region: String?) -> (String, StatedZone) {
            (name, .fixed(seconds: hours * h, name: name, region: region))
        }
        func region(_ name: String, _ identifier: String) -> (String, StatedZone) {
            (name, .region(identifier: identifier, name: name))
        }
        let entries: [(String, StatedZone)] = [
            fixed("UTC", 0, nil), fixed("UT", 0, nil), fixed("GMT", 0, nil),
            // North America: generic names follow the zone's rule; EST/EDT etc. are fixed.
            region("ET", "America/New_York"), fixed("EST", -5, "America/New_York"), fixed("EDT", -4, "America/New_York"),
            region("CT", "America/Chicago"), fixed("CST", -6, "America/Chicago"), fixed("CDT", -5, "America/Chicago"),
            region("MT", "America/Denver"), fixed("MST", -7, "America/Denver"), fixed("MDT", -6, "America/Denver"),
            region("PT", "America/Los_Angeles"), fixed("PST", -8, "America/Los_Angeles"), fixed("PDT", -7, "America/Los_Angeles"),
            fixed("AKST", -9, "America/Anchorage"), fixed("AKDT", -8, "America/Anchorage"),
            fixed("HST", -10, "Pacific/Honolulu"),
            // Europe
            fixed("WET", 0, "Europe/Lisbon"), fixed("WEST", 1, "Europe/Lisbon"),
            fixed("BST", 1, "Europe/London"),
            fixed("CET", 1, "Europe/Paris"), fixed("CEST", 2, "Europe/Paris"),
            fixed("MEZ", 1, "Europe/Berlin"), fixed("MESZ", 2, "Europe/Berlin"),
            fixed("EET", 2, "Europe/Athens"), fixed("EEST", 3, "Europe/Athens"),
            fixed("MSK", 3, "Europe/Moscow"),
        ]
        return Dictionary(uniqueKeysWithValues: entries)
    }()

    /// Abbreviations after which an explicit offset may follow (`UTC+2`, `GMT-04:00`).
    static let offsetBases: Set<String> = ["UTC", "UT", "GMT"]

    /// Zone phrases, as folded word sequences.
    static let phrases: [(words: [String], zone: StatedZone)] = {
        let entries: [(String, String)] = [
            ("heure de paris", "Europe/Paris"), ("heure francaise", "Europe/Paris"),
            ("heure de france", "Europe/Paris"), ("paris time", "Europe/Paris"),
            ("uk time", "Europe/London"), ("london time", "Europe/London"),
            ("eastern time", "America/New_York"), ("central time", "America/Chicago"),
            ("mountain time", "America/Denver"), ("pacific time", "America/Los_Angeles"),
            ("deutscher zeit", "Europe/Berlin"), ("ora italiana", "Europe/Rome"),
            ("hora de madrid", "Europe/Madrid"), ("hora peninsular", "Europe/Madrid"),
            ("hora de lisboa", "Europe/Lisbon"), ("hora de brasilia", "America/Sao_Paulo"),
            ("horario de brasilia", "America/Sao_Paulo"),
        ]
        return entries.map { phrase, identifier in
            (phrase.split(separator: " ").map(String.init), StatedZone.region(identifier: identifier, name: phrase))
        }
    }()
}
