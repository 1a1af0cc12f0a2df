import Foundation
import Testing
@testable import ArticleText

/// One dateline and the instants it must give, written out by hand.
struct StampCase: CustomTestStringConvertible, Sendable {
    let text: String
    let zone: String
    let published: String?
    let modified: String?
    /// Capture time for relative stamps, as ISO 8601.
    let captured: String?

    init(_ text: String, _ zone: String, published: String?, modified: String? = nil, captured: String? = nil) {
        self.text = text
        self.zone = zone
        self.published = published
        self.modified = modified
        self.captured = captured
    }

    var testDescription: String { "\(text) [\(zone)]" }
}

/// Capture time of the relative cases: 2021-06-16 22:00 in Paris, 20:00 UTC.
let captureTime = "2021-06-16T22:00:00+02:00"

func parseStamps(_ text: String, zone: String = "Europe/Paris", captured: String? = nil) -> DatelineStamps? {
    let parser = StampParser(
        timeZone: TimeZone(identifier: zone)!,
        captured: captured.flatMap { Stamp(iso8601: $0)?.instant })
    return parser.parseDateline(text)
}

let frenchCases: [StampCase] = [
    StampCase("Publié le 16 juin 2021 à 17:04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17 h 04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16/06/2021 à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 1er juin 2021 à 09h30", "Europe/Paris", published: "2021-06-01T09:30:00+02:00"),
    StampCase("Publié le mercredi 16 juin 2021 à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié aujourd'hui à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00", captured: captureTime),
    StampCase("Publié aujourd’hui à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00", captured: captureTime),
    StampCase("Modifié hier à 23h50", "Europe/Paris", published: nil, modified: "2021-06-15T23:50:00+02:00", captured: captureTime),
    StampCase("Mis à jour il y a 2 heures", "Europe/Paris", published: nil, modified: "2021-06-16T20:00:00+02:00", captured: captureTime),
    StampCase("Publié il y a 5 min", "Europe/Paris", published: "2021-06-16T21:55:00+02:00", captured: captureTime),
    StampCase("MODIFIÉ LE 16 JUIN 2021 À 20H04", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Modifie le 16 juin 2021 a 20h04", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04 - Mis à jour le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04 | Mis à jour le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04\nMis à jour le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le\u{00A0}16\u{00A0}juin\u{00A0}2021 à\u{202F}17:04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Actualisé le 16 juin 2021 à 20:04", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié 16 juin 2021 à 17:04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17h04 (heure de Paris)", "America/New_York", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17h04, mis à jour à 20h04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17h04 et modifié le 17 juin 2021 à 08h15", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-17T08:15:00+02:00"),
    StampCase("Publié le 16 juin 2021", "Europe/Paris", published: "2021-06-16T00:00:00+02:00"),
    StampCase("16/06/2021 17:04 · 16/06/2021 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Le 16 juin 2021 à 17:04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publié le 16 janvier 2021 à 17:04", "Europe/Paris", published: "2021-01-16T17:04:00+01:00"),
    StampCase("Publié le 16 févr. 2021 à 08:00", "Europe/Paris", published: "2021-02-16T08:00:00+01:00"),
    StampCase("Mis à jour le 16/06 à 20h04", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00+02:00", captured: captureTime),
    StampCase("Dernière mise à jour : 16 juin 2021 à 20:04", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Par Jean Dupont | Publié le 16 juin 2021 à 17h04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Modifié le 16 juin 2021 à 21:10 Modifié le 16 juin 2021 à 18:00", "Europe/Paris",
              published: nil, modified: "2021-06-16T21:10:00+02:00"),
    StampCase("Publié le 16 juin 2021 à midi", "Europe/Paris", published: "2021-06-16T12:00:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04 UTC", "Europe/Paris", published: "2021-06-16T17:04:00+00:00"),
    StampCase("Publié le 16 juin 2021 à 17:04 / Modifié le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 16 juin 2021 à 17:04, modifié le 16 juin 2021 à 20:04", "Europe/Paris",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
]

let englishCases: [StampCase] = [
    StampCase("Published June 16, 2021 at 5:04 p.m. ET", "Europe/Paris", published: "2021-06-16T17:04:00-04:00"),
    StampCase("Updated 8:04 PM EDT, Wed June 16, 2021", "Europe/Paris", published: nil, modified: "2021-06-16T20:04:00-04:00"),
    StampCase("16 June 2021 17:04 BST", "Europe/Paris", published: "2021-06-16T17:04:00+01:00"),
    StampCase("Jun. 16, 2021 5:04 pm", "America/New_York", published: "2021-06-16T17:04:00-04:00"),
    StampCase("Updated 2 hours ago", "Europe/Paris", published: nil, modified: "2021-06-16T20:00:00+02:00", captured: captureTime),
    StampCase("Last updated on June 16, 2021 at 8:04 pm", "Europe/London", published: nil, modified: "2021-06-16T20:04:00+01:00"),
    StampCase("Published June 16, 2021 at 5:04 p.m. ET | Updated June 16, 2021 at 8:04 p.m. ET", "UTC",
              published: "2021-06-16T17:04:00-04:00", modified: "2021-06-16T20:04:00-04:00"),
    StampCase("Published 5:04 PM PT, June 16, 2021", "UTC", published: "2021-06-16T17:04:00-07:00"),
    StampCase("Published Dec. 16, 2021 at 5:04 p.m. ET", "UTC", published: "2021-12-16T17:04:00-05:00"),
    StampCase("Updated 8:04 PM EST, Wed June 16, 2021", "UTC", published: nil, modified: "2021-06-16T20:04:00-05:00"),
    StampCase("Published June 16, 2021 12:30 a.m. CT", "UTC", published: "2021-06-16T00:30:00-05:00"),
    StampCase("Posted 16 June 2021, 17:04 GMT", "Europe/Paris", published: "2021-06-16T17:04:00+00:00"),
    StampCase("Updated an hour ago", "Europe/Paris", published: nil, modified: "2021-06-16T21:00:00+02:00", captured: captureTime),
    StampCase("Published yesterday at 11:50 pm", "Europe/Paris", published: "2021-06-15T23:50:00+02:00", captured: captureTime),
    StampCase("June 16, 2021 5:04 PM", "America/Chicago", published: "2021-06-16T17:04:00-05:00"),
    StampCase("Published June 16, 2021 at 12 noon ET", "UTC", published: "2021-06-16T12:00:00-04:00"),
    StampCase("Published Wednesday, June 16th, 2021 at 5:04 pm MT", "UTC", published: "2021-06-16T17:04:00-06:00"),
    StampCase("Published 5:04 pm ET June 16 2021, updated 8:04 pm", "UTC",
              published: "2021-06-16T17:04:00-04:00", modified: "2021-06-16T20:04:00-04:00"),
    StampCase("By Jane Smith, Reuters - Published June 16, 2021 5:04 PM CEST", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Published 16 June 2021\nLast modified on 17 June 2021 09:15 BST", "Europe/London",
              published: "2021-06-16T00:00:00+01:00", modified: "2021-06-17T09:15:00+01:00"),
    StampCase("Published June 16, 2021 5:04 PM PDT", "UTC", published: "2021-06-16T17:04:00-07:00"),
    StampCase("Published 06/16/2021 5:04 PM ET", "UTC", published: "2021-06-16T17:04:00-04:00"),
    StampCase("First published on Wed 16 Jun 2021 17.04 BST", "UTC", published: "2021-06-16T17:04:00+01:00"),
    StampCase("Last modified on Wed 16 Jun 2021 20.04 BST", "UTC", published: nil, modified: "2021-06-16T20:04:00+01:00"),
    StampCase("June 16, 2021, 5:04 p.m. ET", "UTC", published: "2021-06-16T17:04:00-04:00"),
    StampCase("Published 17:04 CEST (15:04 GMT) June 16, 2021", "UTC", published: "2021-06-16T17:04:00+02:00"),
]

let germanCases: [StampCase] = [
    StampCase("Veröffentlicht am 16.06.2021, 17:04 Uhr", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Aktualisiert am 16.06.2021, 20:04 Uhr", "Europe/Berlin", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Stand: 16.06.2021 20:04 Uhr", "Europe/Berlin", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Veröffentlicht am 16. Juni 2021 um 17:04 Uhr", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Mittwoch, 16. Juni 2021, 17.04 Uhr", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Aktualisiert vor 5 Minuten", "Europe/Berlin", published: nil, modified: "2021-06-16T21:55:00+02:00", captured: captureTime),
    StampCase("Veröffentlicht am 16.06.2021 um 17:04 Uhr MESZ", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Veroeffentlicht: 16.06.2021 17:04", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Veröffentlicht am 16.06.2021 | Aktualisiert am 17.06.2021", "Europe/Berlin",
              published: "2021-06-16T00:00:00+02:00", modified: "2021-06-17T00:00:00+02:00"),
    StampCase("Veröffentlicht gestern um 23:50 Uhr", "Europe/Berlin", published: "2021-06-15T23:50:00+02:00", captured: captureTime),
    StampCase("VERÖFFENTLICHT AM 16.06.2021 UM 17 UHR", "Europe/Berlin", published: "2021-06-16T17:00:00+02:00"),
    StampCase("Mi., 16.06.2021 - 17:04 Uhr", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
    StampCase("16.06.2021, 17.04 Uhr", "Europe/Berlin", published: "2021-06-16T17:04:00+02:00"),
]

let spanishCases: [StampCase] = [
    StampCase("Publicado el 16 de junio de 2021 a las 17:04", "Europe/Madrid", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Actualizado el 16 de junio de 2021 a las 20:04", "Europe/Madrid", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publicado el 16/06/2021 a las 17:04 | Actualizado el 16/06/2021 a las 20:04", "Europe/Madrid",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Actualizado hace 2 horas", "Europe/Madrid", published: nil, modified: "2021-06-16T20:00:00+02:00", captured: captureTime),
    StampCase("Publicado: miércoles, 16 de junio de 2021, 17:04", "Europe/Madrid", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publicado el 16 jun 2021 17:04 CEST", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publicado el 16 de junio de 2021 a las 17:04 (hora peninsular)", "Atlantic/Canary", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Madrid - 16 jun 2021 - 17:04 CEST", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Publicado el 16 jun. 2021 - 17:04 h", "Europe/Madrid", published: "2021-06-16T17:04:00+02:00"),
]

let italianCases: [StampCase] = [
    StampCase("Pubblicato il 16 giugno 2021 alle 17:04", "Europe/Rome", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Aggiornato il 16 giugno 2021 alle 20:04", "Europe/Rome", published: nil, modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Pubblicato il 16 giugno 2021 alle ore 17:04 - Aggiornato il 16 giugno 2021 alle ore 20:04", "Europe/Rome",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Aggiornato 2 ore fa", "Europe/Rome", published: nil, modified: "2021-06-16T20:00:00+02:00", captured: captureTime),
    StampCase("Pubblicato il 16/06/2021 alle 17:04", "Europe/Rome", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Pubblicato mercoledì 16 giugno 2021 alle 17:04", "Europe/Rome", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Pubblicato il 16 dicembre 2021 alle 9:30", "Europe/Rome", published: "2021-12-16T09:30:00+01:00"),
    StampCase("16 giugno 2021 (modifica il 16 giugno 2021 | 20:04)", "Europe/Rome",
              published: "2021-06-16T00:00:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
]

let portugueseCases: [StampCase] = [
    StampCase("Publicado em 16/06/2021 às 17h04", "America/Sao_Paulo", published: "2021-06-16T17:04:00-03:00"),
    StampCase("Atualizado em 16/06/2021 às 20h04", "America/Sao_Paulo", published: nil, modified: "2021-06-16T20:04:00-03:00"),
    StampCase("Publicado em 16 de junho de 2021 às 17:04", "Europe/Lisbon", published: "2021-06-16T17:04:00+01:00"),
    StampCase("Atualizado há 2 horas", "Europe/Lisbon", published: nil, modified: "2021-06-16T19:00:00+01:00", captured: captureTime),
    StampCase("Publicado em 16/06/2021 às 17h04 - Atualizado em 16/06/2021 às 20h04", "America/Sao_Paulo",
              published: "2021-06-16T17:04:00-03:00", modified: "2021-06-16T20:04:00-03:00"),
    StampCase("Publicado em quarta-feira, 16 de junho de 2021 às 17:04 (horário de Brasília)", "Europe/Paris",
              published: "2021-06-16T17:04:00-03:00"),
    StampCase("Publicado em 1º de junho de 2021 às 8h", "America/Sao_Paulo", published: "2021-06-01T08:00:00-03:00"),
    StampCase("16.jun.2021 às 17h04", "America/Sao_Paulo", published: "2021-06-16T17:04:00-03:00"),
    StampCase("16/06/2021 17h04 Atualizado há 2 horas", "America/Sao_Paulo",
              published: "2021-06-16T17:04:00-03:00", modified: "2021-06-16T15:00:00-03:00", captured: captureTime),
    StampCase("Publicado em 16/06/2021 às 17h04min", "America/Sao_Paulo", published: "2021-06-16T17:04:00-03:00"),
]

let machineCases: [StampCase] = [
    StampCase("2021-06-16T17:04:00+02:00", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16T15:04:00Z", "Europe/Paris", published: "2021-06-16T15:04:00+00:00"),
    StampCase("2021-06-16T17:04+02:00", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16T17:04:00.123+02:00", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16T17:04:00", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16T17:04:00+0200", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16 17:04", "Europe/Paris", published: "2021-06-16T17:04:00+02:00"),
    StampCase("2021-06-16T17:04:00-04:00", "Europe/Paris", published: "2021-06-16T17:04:00-04:00"),
    StampCase("Published 2021-06-16T17:04:00+02:00 Updated 2021-06-16T20:04:00+02:00", "UTC",
              published: "2021-06-16T17:04:00+02:00", modified: "2021-06-16T20:04:00+02:00"),
    StampCase("Publié le 2021-06-16T17:04:00Z", "Europe/Paris", published: "2021-06-16T17:04:00+00:00"),
    StampCase("Wed, 16 Jun 2021 17:04:00 +0200", "UTC", published: "2021-06-16T17:04:00+02:00"),
    StampCase("Wed, 16 Jun 2021 15:04:00 GMT", "Europe/Paris", published: "2021-06-16T15:04:00+00:00"),
    StampCase("Wed, 16 Jun 2021 11:04:00 -0400", "Europe/Paris", published: "2021-06-16T11:04:00-04:00"),
    StampCase("Updated June 16, 2021 17:04 UTC+2", "America/New_York", published: nil, modified: "2021-06-16T17:04:00+02:00"),
    StampCase("Updated June 16, 2021 11:04 GMT-04:00", "Europe/Paris", published: nil, modified: "2021-06-16T11:04:00-04:00"),
]

@Suite("Stamp table")
struct StampTableTests {
    static let all = frenchCases + englishCases + germanCases + spanishCases + italianCases + portugueseCases + machineCases

    @Test func tableIsLargeAndCoversEveryLanguage() {
        #expect(Self.all.count >= 80)
        #expect(frenchCases.count >= 30)
        #expect([englishCases, germanCases, spanishCases, italianCases, portugueseCases, machineCases].allSatisfy { $0.count >= 5 })
    }

    @Test(arguments: all)
    func stampGivesExpectedInstants(_ c: StampCase) throws {
        let stamps = try #require(parseStamps(c.text, zone: c.zone, captured: c.captured))
        #expect(stamps.invalid.isEmpty)
        #expect(stamps.published?.iso8601 == c.published)
        #expect(stamps.modified?.iso8601 == c.modified)
    }
}
