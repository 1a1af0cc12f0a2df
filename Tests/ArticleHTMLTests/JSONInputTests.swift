import ArticleHTML
import ArticleText
import Foundation
import Testing

struct JSONInputTests {
    let extractor = ArticleExtractor(stamps: StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!))

    func extract(_ json: String) throws(ExtractionError) -> ExtractedArticle {
        try extractor.extract(Array(json.utf8), format: .json, input: "story.json")
    }

    @Test func paragraphsArray() throws {
        let page = try extract("""
            {"headline": "Poutine-Biden : un sommet à Genève", "url": "https://example.org/a",
             "published": "2021-06-16T17:04:00+02:00", "modified": "2021-06-16T20:04:00+02:00",
             "byline": "Jean Dupont",
             "paragraphs": ["Premier paragraphe.", "Deuxième\\n\\nTroisième.", "  "]}
            """)
        #expect(page.article.headline == "Poutine-Biden : un sommet à Genève")
        #expect(page.article.dateline == nil)
        #expect(page.article.stamps.published?.iso8601 == "2021-06-16T17:04:00+02:00")
        #expect(page.article.stamps.modified?.iso8601 == "2021-06-16T20:04:00+02:00")
        #expect(page.structuredStamps == page.article.stamps)
        #expect(page.url == "https://example.org/a")
        #expect(page.byline == "Jean Dupont")
        // A blank line inside a string would split it when article.txt is read back.
        #expect(page.article.paragraphs == ["Premier paragraphe.", "Deuxième", "Troisième."])
    }

    @Test func bodySplitAtBlankLines() throws {
        let page = try extract(#"{"headline": "Titre", "published": null, "body": "Un.\r\n\r\nDeux,\nsuite.\n \u00A0\nTrois.\u00A0"}"#)
        #expect(page.article.paragraphs == ["Un.", "Deux,\nsuite.", "Trois.\u{A0}"])
        #expect(page.article.stamps == DatelineStamps())
        #expect(page.structuredStamps == nil)
    }

    @Test func errorsNameTheField() {
        #expect(throws: ExtractionError.missingField(input: "story.json", field: "headline")) {
            try extract(#"{"paragraphs": ["a"]}"#)
        }
        #expect(throws: ExtractionError.missingField(input: "story.json", field: "paragraphs")) {
            try extract(#"{"headline": "Titre"}"#)
        }
        #expect(throws: ExtractionError.invalidField(input: "story.json", field: "paragraphs", reason: "must be an array of strings")) {
            try extract(#"{"headline": "Titre", "paragraphs": ["a", 2]}"#)
        }
        #expect(throws: ExtractionError.invalidField(input: "story.json", field: "headline", reason: "must be a string")) {
            try extract(#"{"headline": 7, "body": "a"}"#)
        }
        #expect(throws: ExtractionError.invalidJSON(input: "story.json", detail: "the top level is not an object")) {
            try extract(#"["headline"]"#)
        }
        #expect(throws: ExtractionError.invalidJSON(input: "story.json", detail: "it does not parse as JSON")) {
            try extract(#"{"headline": "#)
        }
    }

    @Test func unreadableStampNamesFieldAndValue() throws {
        do {
            _ = try extract(#"{"headline": "Titre", "published": "2021-06-31T17:04:00+02:00", "body": "a"}"#)
            Issue.record("expected an error")
        } catch {
            guard case .invalidField(let input, let field, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(input == "story.json")
            #expect(field == "published")
            #expect(error.description.hasPrefix("story.json: the JSON field \"published\" is \"2021-06-31T17:04:00+02:00\", neither"))
        }
    }

    /// Needs `StampParser.parseDateline` (stamps branch): fails until that lands.
    @Test func datelineStringStamp() throws {
        let page = try extract(#"{"headline": "Title", "modified": "Updated June 16, 2021 5:04 PM ET", "body": "Text."}"#)
        #expect(page.article.stamps.modified?.iso8601 == "2021-06-16T17:04:00-04:00")
    }
}
