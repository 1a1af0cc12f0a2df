/// Which stamp a dateline keyword introduces.
enum StampRole: Sendable, Equatable {
    case published
    case modified
}

/// The words of datelines in French, English, German, Spanish, Italian and Portuguese.
///
/// Every entry is folded (lower case, no diacritics; see `StampTokenizer.fold`), so `MODIFIÉ`,
/// `Modifié` and `Modifie` all match `modifie`. The month and weekday tables are merged across
/// languages: no abbreviation means two different months (`mar` is March, `ago` August, `set`
/// September, `out` October everywhere it occurs).
enum StampVocabulary {
    /// Keyword phrases, as word sequences. The parser takes the longest match.
    static let keywords: [(words: [String], role: StampRole)] = {
        let published = [
            // fr
            "publie", "publiee", "mis en ligne", "mise en ligne",
            // en
            "published", "first published", "originally published", "posted",
            // de
            "veroffentlicht", "veroeffentlicht", "publiziert", "erschienen",
            // es, pt
            "publicado", "publicada",
            // it
            "pubblicato", "pubblicata",
        ]
        let modified = [
            // fr
            "modifie", "modifiee", "mis a jour", "mise a jour", "maj", "actualise", "actualisee",
            "derniere mise a jour", "derniere modification",
            // en
            "updated", "last updated", "modified", "last modified", "revised", "edited",
            // de ("Stand" is the as-of time German sites show for the latest version)
            "aktualisiert", "zuletzt aktualisiert", "geandert", "geaendert", "stand",
            // es
            "actualizado", "actualizada", "modificado", "modificada", "ultima actualizacion",
            "ultima modificacion",
            // it
            "aggiornato", "aggiornata", "modificato", "modificata", "modifica", "ultimo aggiornamento",
            // pt
            "atualizado", "atualizada", "ultima atualizacao",
        ]
        func split(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }
        return published.map { (split($0), .published) } + modified.map { (split($0), .modified) }
    }()

    static let months: [String: Int] = {
        let table: [[String]] = [
            ["janvier", "janv", "jan", "january", "januar", "janner", "enero", "ene", "gennaio", "gen", "janeiro"],
            ["fevrier", "fevr", "fev", "february", "feb", "februar", "febrero", "febbraio", "fevereiro"],
            ["mars", "mar", "march", "marz", "maerz", "mrz", "marzo", "marco"],
            ["avril", "avr", "april", "apr", "abril", "abr", "aprile"],
            ["mai", "may", "mayo", "maggio", "mag", "maio"],
            ["juin", "june", "jun", "juni", "junio", "giugno", "giu", "junho"],
            ["juillet", "juil", "july", "jul", "juli", "julio", "luglio", "lug", "julho"],
            ["aout", "august", "aug", "agosto", "ago"],
            ["septembre", "sept", "sep", "september", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["octobre", "oct", "october", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"],
            ["novembre", "nov", "november", "noviembre", "novembro"],
            ["decembre", "dec", "december", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"],
        ]
        var months: [String: Int] = [:]
        for (index, names) in table.enumerated() {
            for name in names { months[name] = index + 1 }
        }
        return months
    }()

    /// English month names for messages (`June has 30 days`).
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// ISO 8601 weekday numbers: 1 = Monday … 7 = Sunday.
    static let weekdays: [String: Int] = {
        let table: [[String]] = [
            ["lundi", "monday", "mon", "montag", "lunes", "lunedi", "segunda"],
            ["mardi", "tuesday", "tue", "tues", "dienstag", "martes", "martedi", "terca"],
            ["mercredi", "wednesday", "wed", "mittwoch", "miercoles", "mercoledi", "quarta"],
            ["jeudi", "thursday", "thu", "thur", "thurs", "donnerstag", "jueves", "giovedi", "quinta"],
            ["vendredi", "friday", "fri", "freitag", "viernes", "venerdi", "sexta"],
            ["samedi", "saturday", "sat", "samstag", "sonnabend", "sabado", "sabato"],
            ["dimanche", "sunday", "sun", "sonntag", "domingo", "domenica"],
        ]
        var weekdays: [String: Int] = [:]
        for (index, names) in table.enumerated() {
            for name in names { weekdays[name] = index + 1 }
        }
        return weekdays
    }()

    /// German two-letter weekday abbreviations; too ambiguous to accept unless followed by `.`
    /// or `,` (`Mi., 16.06.2021`).
    static let shortWeekdays: [String: Int] = ["mo": 1, "di": 2, "mi": 3, "do": 4, "fr": 5, "sa": 6, "so": 7]

    /// Words naming a day relative to the capture day.
    static let relativeDays: [[String]: Int] = [
        ["aujourd'hui"]: 0, ["today"]: 0, ["heute"]: 0, ["hoy"]: 0, ["oggi"]: 0, ["hoje"]: 0,
        ["hier"]: -1, ["yesterday"]: -1, ["gestern"]: -1, ["ayer"]: -1, ["ieri"]: -1, ["ontem"]: -1,
        ["avant", "-", "hier"]: -2, ["vorgestern"]: -2, ["anteayer"]: -2, ["anteontem"]: -2,
    ]

    /// Words that make a relative stamp, placed before (`il y a`, `vor`, `hace`, `há`) or after
    /// (`ago`, `fa`) the amount.
    static let relativePrefixes: [[String]] = [["il", "y", "a"], ["vor"], ["hace"], ["ha"]]
    static let relativeSuffixes: Set<String> = ["ago", "fa"]

    /// Articles that stand for the amount 1 (`an hour ago`, `il y a une heure`, `vor einer Stunde`).
    static let one: Set<String> = ["un", "une", "a", "an", "one", "ein", "eine", "einer", "einem", "uno", "una", "um", "uma"]

    /// Seconds per unit of a relative stamp.
    static let units: [String: Int] = {
        let table: [(Int, [String])] = [
            (1, ["s", "sec", "secs", "seconde", "secondes", "second", "seconds", "sekunde", "sekunden",
                 "segundo", "segundos", "secondo", "secondi"]),
            (60, ["min", "mins", "mn", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "m"]),
            (3600, ["h", "hr", "hrs", "heure", "heures", "hour", "hours", "stunde", "stunden", "hora",
                    "horas", "ora", "ore"]),
            (86_400, ["j", "jour", "jours", "d", "day", "days", "tag", "tage", "tagen", "dia", "dias",
                      "giorno", "giorni"]),
            (604_800, ["semaine", "semaines", "week", "weeks", "woche", "wochen", "semana", "semanas",
                       "settimana", "settimane"]),
        ]
        var units: [String: Int] = [:]
        for (seconds, names) in table {
            for name in names { units[name] = seconds }
        }
        return units
    }()

    /// Ordinal endings after a day number: `1er`, `1re`, `1st`, `2nd`, `3rd`, `16th`, `1º`, `1ª`.
    static let ordinalSuffixes: Set<String> = ["er", "re", "st", "nd", "rd", "th", "o", "a", "e", "º", "ª"]

    /// Words that mean 12:00 or 00:00 on their own.
    static let namedTimes: [String: Int] = [
        "noon": 12, "midi": 12, "mittag": 12, "mezzogiorno": 12, "mediodia": 12,
        "midnight": 0, "minuit": 0, "mitternacht": 0, "mezzanotte": 0, "medianoche": 0,
    ]

    /// Small words that link keywords, dates and times (`le`, `à`, `am`, `a las`, `alle ore`, `às`,
    /// `Uhr`): neither stamps nor filler.
    static let glue: Set<String> = [
        "le", "l'", "on", "at", "am", "um", "el", "il", "em", "a", "las", "alle", "ore", "as", "de",
        "del", "du", "uhr", "since", "the", "t",
    ]

    /// Conjunctions read as separators between two stamps (`… à 17h04 et modifié à 20h04`).
    static let conjunctions: Set<String> = ["et", "and", "und", "y", "e"]

    /// Words that open a byline (`Par Jean Dupont, publié le …`).
    static let bylineMarkers: Set<String> = ["par", "by", "von", "por", "di", "da"]

    /// Punctuation that separates stamps or sits around them.
    static let separators: Set<Character> = [
        "|", "-", "–", "—", "·", "•", "/", ",", ";", ":", ".", "(", ")", "[", "]",
    ]
    /// Separators strong enough to end a byline before the first stamp.
    static let strongSeparators: Set<Character> = ["|", "-", "–", "—", "·", "•"]
}
