import ArticleHTML
import ArticleText
import Foundation
import Testing

/// Rendering, furniture and decoding rules on small pages written inline.
struct HTMLTextTests {
    let extractor = ArticleExtractor(stamps: StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!))

    func extract(_ html: String) throws(ExtractionError) -> ExtractedArticle {
        try extractor.extract(Array(html.utf8), format: .html, input: "page.html")
    }

    func paragraphs(_ body: String) throws -> [String] {
        try extract("<html><head><title>t</title></head><body><article><h1>Titre</h1>\(body)</article></body></html>").article.paragraphs
    }

    @Test func whitespaceCollapsesLikeABrowserButNoBreakSpacesStay() throws {
        #expect(try paragraphs("<p>  Un\n\t  deux&nbsp;&nbsp;trois <b>quatre</b>  cinq&#160;!  </p>") == ["Un deux\u{A0}\u{A0}trois quatre cinq\u{A0}!"])
    }

    @Test func entitiesAreDecoded() throws {
        #expect(try paragraphs("<p>L&rsquo;&eacute;t&eacute; &amp; l&#x2019;hiver &lt;3</p>") == ["L’été & l’hiver <3"])
    }

    @Test func lineBreaksStayInsideTheParagraphAndDoubleBreaksSplitIt() throws {
        #expect(try paragraphs("<p>Un<br> deux<br/><br>trois</p>") == ["Un\ndeux", "trois"])
    }

    @Test func looseTextInADivIsAParagraph() throws {
        #expect(try paragraphs("<div>Premier.<br><br>Second.</div>") == ["Premier.", "Second."])
    }

    @Test func nestedBlocksAreNotTakenTwice() throws {
        #expect(try paragraphs("<ul><li><p>Un</p><p>Deux</p></li><li>Trois <ul><li>Quatre</li></ul></li></ul><blockquote><p>Cinq</p></blockquote>")
            == ["Un", "Deux", "Trois", "Quatre", "Cinq"])
    }

    @Test func readMoreBlocksGoButSentencesStartingWithRelatedStay() throws {
        #expect(try paragraphs("""
            <p>À lire aussi <a href="/x">Le sommet</a></p>
            <p>Lesen Sie auch: <a href="/y">Der Gipfel</a></p>
            <p>Related to this, the minister resigned.</p>
            """) == ["Related to this, the minister resigned."])
    }

    @Test func classSegmentsTellAdsFromLedes() throws {
        #expect(try paragraphs("""
            <p class="lead-paragraph">Lede.</p><div class="article__ad"><p>Pub</p></div>
            <div id="taboola-below"><p>Sponsored</p></div><p class="masthead-note">Note.</p>
            """) == ["Lede.", "Note."])
    }

    @Test func headlineFallsBackToTheFirstH1() throws {
        let page = try extract("<html><body><h1> Le  titre\n</h1><p>Texte.</p></body></html>")
        #expect(page.article.headline == "Le titre")
        #expect(page.article.paragraphs == ["Texte."])
        #expect(page.warnings == ["page.html: no publication stamps found (no schema.org dates, article:published_time, <time datetime> or visible dateline)"])
    }

    @Test func pageWithoutHeadlineOrParagraphsIsRefused() {
        #expect(throws: ExtractionError.noHeadline(input: "page.html")) { try extract("<html><body><p>Texte.</p></body></html>") }
        #expect(throws: ExtractionError.noParagraphs(input: "page.html")) { try extract("<html><body><h1>Titre</h1></body></html>") }
    }

    @Test func windows1252PageWithoutCharsetIsDecodedWithAWarning() throws {
        var bytes = Array("<html><body><h1>Caf".utf8) + [0xE9] + Array("</h1><p>".utf8)
        bytes += [0x93] + Array("Bonjour".utf8) + [0x94, 0x85] + Array("</p></body></html>".utf8)
        let page = try extractor.extract(bytes, format: .html, input: "page.html")
        #expect(page.article.headline == "Café")
        #expect(page.article.paragraphs == ["“Bonjour”…"])
        #expect(page.warnings.first == "page.html: not UTF-8 and no charset declared; decoded as Windows-1252")
    }

    @Test func declaredLatin1IsHonoured() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Caf".utf8) + [0xE9] + Array("</h1><p>Texte.</p></body></html>".utf8)
        let page = try extractor.extract(bytes, format: .html, input: "page.html")
        #expect(page.article.headline == "Café")
        #expect(page.warnings.first?.hasPrefix("page.html: not UTF-8; decoded as ") == true)
    }

    @Test func doubleEncodedTextIsRefused() {
        do {
            _ = try extract("<html><body><h1>Titre</h1><p>PubliÃ© hier</p></body></html>")
            Issue.record("expected an error")
        } catch {
            guard case .article(.doubleEncoded(let input, let sample)) = error else { Issue.record("wrong error \(error)"); return }
            #expect(input == "page.html")
            #expect(sample.contains("PubliÃ©"))
        }
    }

    @Test func subscriberOnlyNoticeOnAFullPageIsAWarning() throws {
        let long = String(repeating: "Une phrase de l’article, assez longue pour compter. ", count: 12)
        let page = try extract("<html><body><article><h1>Titre</h1><p>\(long)</p><div class=\"paywall\"><p>La suite est réservée aux abonnés.</p></div></article></body></html>")
        #expect(page.article.paragraphs.count == 1)
        #expect(page.warnings.contains("page.html: the page says part of the article is for subscribers only; the recorded text may be cut short"))
    }

    @Test func shortBriefWithNewsletterBoxIsNotAnInterstitial() throws {
        let page = try extract("""
            <html><body><article><h1>Brève</h1><p>Le sommet a eu lieu mercredi à Genève, a annoncé la présidence. Les deux délégations ont salué un échange franc et direct sur les sujets de désaccord.</p>
            <div class="newsletter"><p>Abonnez-vous à notre newsletter</p></div></article></body></html>
            """)
        #expect(page.article.paragraphs.count == 1)
    }

    @Test func jsonLDTypeArrayAndInvalidBlocks() throws {
        let page = try extract("""
            <html><head>
            <script type="application/ld+json">{ not json </script>
            <script type="application/ld+json; charset=utf-8">{"@type": ["schema:ReportageNewsArticle"], "headline": "Le  reportage", "datePublished": "2021-06-16T17:04:00+02:00", "author": "Jean Dupont"}</script>
            </head><body><h1>Autre</h1><p>Texte.</p></body></html>
            """)
        #expect(page.article.headline == "Le reportage")
        #expect(page.article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(page.byline == "Jean Dupont")
        #expect(page.warnings == ["page.html: a JSON-LD block is not valid JSON and was ignored"])
    }

    /// Needs `StampParser.parseDateline` (stamps branch): fails until that lands.
    @Test func metadataAndVisibleDatelineThatDisagreeAreBothKept() throws {
        let page = try extract("""
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Titre", "datePublished": "2021-06-16T17:04:00+02:00"}</script></head>
            <body><article><h1>Titre</h1><p class="date">Publié le 16 juin 2021 à 18:04</p><p>Texte.</p></article></body></html>
            """)
        #expect(page.stampMismatch)
        #expect(page.structuredStamps?.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(page.visibleStamps?.published?.iso8601 == "2021-06-16T18:04:00+02:00")
        #expect(page.article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(page.article.dateline == "Publié le 16 juin 2021 à 18:04")
        #expect(page.article.paragraphs == ["Texte."])
        #expect(page.warnings.contains { $0.contains("visible dateline says published 2021-06-16T18:04:00+02:00") })
    }

    @Test func textInputGoesThroughTheTextLayoutParser() throws {
        let page = try extractor.extract(Array("Titre\n\nUn.\n\nDeux.\n".utf8), format: .text, input: "a.txt")
        #expect(page.article.headline == "Titre")
        #expect(page.article.paragraphs.last == "Deux.")
        #expect(throws: ExtractionError.article(.empty(input: "a.txt"))) {
            try extractor.extract(Array(" \n".utf8), format: .text, input: "a.txt")
        }
    }
}
