import ArticleHTML
import ArticleText
import Foundation
import Testing

/// Each page under `fixtures/html/` with the extraction a reader of that page expects.
struct HTMLFixtureTests {
    func extract(_ name: String, zone: String) throws -> ExtractedArticle {
        let extractor = ArticleExtractor(stamps: StampParser(timeZone: TimeZone(identifier: zone)!))
        return try extractor.extract(Fixtures.bytes("html/\(name)"), format: .html, input: name)
    }

    @Test func leMondeLikePage() throws {
        let page = try extract("lemonde-like.html", zone: "Europe/Paris")
        let article = page.article
        #expect(article.headline == "À Genève, Joe Biden et Vladimir Poutine s’accordent sur un retour des ambassadeurs")
        #expect(article.stamps.published?.iso8601 == "2021-06-16T17:04:33+02:00")
        #expect(article.stamps.modified?.iso8601 == "2021-06-16T20:04:10+02:00")
        #expect(page.structuredStamps == article.stamps)
        #expect(!page.stampMismatch)
        #expect(page.url == "https://www.lemonde.example/international/article/2021/06/16/a-geneve-joe-biden-et-vladimir-poutine_6084395_3210.html")
        #expect(page.byline == "Isabelle Mandraud, Piotr Smolar")
        #expect(article.paragraphs == [
            "Le sommet entre les présidents américain et russe, le premier depuis 2018, a duré moins de quatre heures.",
            "Les deux dirigeants se sont retrouvés mercredi dans la villa La Grange, au bord du lac Léman, pour une rencontre que chacun avait pris soin de présenter comme «\u{A0}pragmatique\u{A0}».",
            "«\u{A0}Il n’y a pas eu d’hostilité\u{A0}», a assuré Vladimir Poutine lors de sa conférence de presse, qualifiant son homologue de «\u{A0}partenaire expérimenté\u{A0}».",
            "Une «\u{A0}stabilité stratégique\u{A0}» à construire",
            "Les deux pays ont annoncé le retour de leurs ambassadeurs, rappelés au printemps, et l’ouverture de consultations sur le contrôle des armements.",
            "Joe Biden a pour sa part averti que les cyberattaques contre des infrastructures critiques auraient des «\u{A0}conséquences\u{A0}».",
        ])
        #expect(!article.canonicalText.contains("<"))
    }

    @Test func guardianLikePageWithGraphAndOpenGraphModifiedTime() throws {
        let page = try extract("guardian-like.html", zone: "Europe/London")
        let article = page.article
        #expect(article.headline == "Biden and Putin agree to return ambassadors after ‘constructive’ Geneva summit")
        // datePublished from the @graph (fraction dropped); no dateModified there, so Open Graph's.
        #expect(article.stamps.published?.iso8601 == "2021-06-16T15:04:00+00:00")
        #expect(article.stamps.modified?.iso8601 == "2021-06-16T19:12:45+00:00")
        #expect(page.url == "https://www.theguardian.example/world/2021/jun/16/biden-putin-summit-geneva")
        #expect(page.byline == "Julian Borger, Andrew Roth")
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs.first == "US president says he made clear to Russian leader that critical infrastructure ‘should be off limits’ to cyber-attack")
        #expect(article.paragraphs[2] == "The two leaders met for just under four hours.\nTheir aides had expected five.")
        #expect(article.paragraphs[3] == "Ambassadors to return to Washington and Moscow")
        #expect(article.paragraphs[5] == "Related to the cyber question, Biden said he had handed Putin a list of 16 sectors of infrastructure.")
        #expect(article.paragraphs.last == "This article was amended on 16 June 2021 to correct the length of the meeting.")
    }

    @Test func spiegelLikePageWithoutMetadataStamps() throws {
        let page = try extract("spiegel-like.html", zone: "Europe/Berlin")
        let article = page.article
        #expect(article.headline == "Biden und Putin vereinbaren Rückkehr der Botschafter")
        #expect(page.structuredStamps == nil)
        #expect(page.url == "https://www.spiegel.example/ausland/gipfel-in-genf-biden-und-putin-a-1234.html")
        #expect(page.byline == "Christian Esch")
        #expect(article.paragraphs.count == 5)
        #expect(article.paragraphs.first == "Drei Stunden, zwei Pressekonferenzen, kaum Annäherung: Die Präsidenten der USA und Russlands haben in Genf verhandelt.")
        #expect(article.paragraphs.last == "Über Cyberangriffe wollen Experten beider Länder weiter beraten.")
    }

    /// Needs `StampParser.parseDateline` (stamps branch): fails until that lands.
    @Test func spiegelLikePageStampsComeFromTheVisibleDateline() throws {
        let page = try extract("spiegel-like.html", zone: "Europe/Berlin")
        #expect(page.article.dateline == "Veröffentlicht am 16.06.2021, 17:04 Uhr")
        #expect(page.visibleStamps?.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(page.article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(!page.article.paragraphs.contains { $0.contains("Veröffentlicht") })
    }

    @Test func stampsOnlyInTimeElements() throws {
        let page = try extract("time-only.html", zone: "America/New_York")
        let article = page.article
        #expect(article.headline == "City council approves new bike lanes on Main Street")
        #expect(article.stamps.published?.iso8601 == "2021-06-16T11:04:00-04:00")
        #expect(article.stamps.modified?.iso8601 == "2021-06-16T14:04:00-04:00")
        #expect(!page.stampMismatch)
        #expect(page.url == "https://millbrookcourier.example/2021/06/16/council-bike-lanes/")
        #expect(page.byline == "Dana Whitfield")
        #expect(article.paragraphs == [
            "The Millbrook City Council voted 5-2 on Tuesday night to add protected bike lanes to a mile of Main Street.",
            "Construction is expected to start in August, according to the public works department.",
            "Council member Ruth Alvarez read from a resident’s letter:\n“We want our kids to ride to school.\nWe want them to come home.”",
            "Main Street, from Elm to the river",
            "Depot Road, near the high school",
            "Opponents said the lanes would remove 40 parking spaces.",
        ])
    }

    @Test func paywallPageIsAnInterstitial() throws {
        #expect(throws: ExtractionError.interstitial(input: "paywall-interstitial.html", kind: .paywall)) {
            try extract("paywall-interstitial.html", zone: "Europe/Paris")
        }
    }

    @Test func consentPageIsAnInterstitial() throws {
        #expect(throws: ExtractionError.interstitial(input: "consent-interstitial.html", kind: .consent)) {
            try extract("consent-interstitial.html", zone: "Europe/Berlin")
        }
    }

    @Test func duplicatedLedeIsKeptTwice() throws {
        let page = try extract("duplicated-lede.html", zone: "Europe/Paris")
        let article = page.article
        #expect(article.headline == "Poutine-Biden : un sommet à Genève")
        #expect(article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(article.stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
        #expect(page.url == "https://www.exemple-info.example/monde/poutine-biden-geneve")
        #expect(page.byline == "Exemple Info avec AFP")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs[0] == "Joe Biden et Vladimir Poutine se sont rencontrés mercredi à Genève pour leur premier sommet.")
        // The second copy keeps its trailing no-break space, as in the seed article.
        #expect(article.paragraphs[1] == "Joe Biden et Vladimir Poutine se sont rencontrés mercredi à Genève pour leur premier sommet.\u{A0}")
        #expect(TextKey.key(article.paragraphs[0]) == TextKey.key(article.paragraphs[1]))
        #expect(article.paragraphs.last == "Les deux présidents ont salué des discussions «\u{A0}constructives\u{A0}».")
    }
}
