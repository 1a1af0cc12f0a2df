import ArticleText
import Foundation
import RevisionDiff
import Testing
@testable import DiffRender

@Suite struct EscapingTests {
    @Test func controlAndBidiCharactersBecomeVisible() {
        #expect(VisibleText.escape("a\u{1B}[2Jb\u{9B}c\u{202E}d\u{2066}e\tf\ng") == "a<U+001B>[2Jb<U+009B>c<U+202E>d<U+2066>e\tf\ng")
        #expect(VisibleText.escape("l’État « ok »") == "l’État « ok »")
    }

    @Test func wordDiffMarkersInTextAreEscaped() {
        #expect(WordDiffRenderer.escapeMarkers("a [-b-] {+c+} \\ d") == "a [\\-b-\\] {\\+c+\\} \\\\ d")
        #expect(WordDiffRenderer.escapeMarkers("x-y +1 [a] {b}") == "x-y +1 [a] {b}")
        #expect(WordDiffRenderer.escapeMarkers("été [-") == "été [\\-")
    }

    /// The byte path of the word-diff renderer copies text it proves safe; it must give what
    /// ``WordDiffRenderer/marked(_:)`` gives on every text, safe or not.
    @Test(arguments: [
        "plain é ’ « » …", "a [-b-] {+c+}", "x\\y", "esc\u{1B}[2J", "tab\tlf\n", "del\u{7F}", "c1\u{85}\u{9B}",
        "bidi\u{202E}x\u{2066}y\u{200F}", "arabic\u{061C}", "nbsp\u{00A0}: ok\u{202F}!", "测试A 👍🏽", "e\u{301}", "x-y +1 [a] {b}",
    ])
    func wordDiffBytesMatchMarkedSegments(text: String) {
        for style in [DiffLayout.Style.equal, .insert, .delete] {
            let segment = DiffLayout.Segment(style: style, text: text)
            var bytes: [UInt8] = []
            WordDiffRenderer.append(segment, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == WordDiffRenderer.marked(segment))
        }
    }

    @Test func htmlEscapesEveryMarkupCharacter() {
        #expect(HTMLRenderer.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }
}

@Suite struct RendererTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static func stamp(_ iso: String) -> Stamp { Stamp(iso8601: iso)! }

    static let old = Article(
        headline: "Titre", dateline: "Publié le 16 juin 2021 à 17:04",
        stamps: DatelineStamps(published: stamp("2021-06-16T17:04:00+02:00")),
        paragraphs: ["Un premier paragraphe sur la rencontre.", "Il a été condamné à 16 ans de prison."])
    static let new = Article(
        headline: "Titre", dateline: "Publié le 16 juin 2021 à 17:04",
        stamps: DatelineStamps(published: stamp("2021-06-16T17:04:00+02:00")),
        paragraphs: ["Un premier paragraphe sur la rencontre.", "Il a été condamné à 15 ans de prison.", "<b>Nouveau</b> & fin."])

    @Test func jsonDocumentHasTheDesignShape() throws {
        let diff = RevisionDiff(old: Self.old, new: Self.new)
        let json = try JSONSerialization.jsonObject(with: Data(JSONDiffRenderer.render(diff).utf8)) as! [String: Any]
        #expect(Set(json.keys) == ["schema", "headline", "timestamps", "paragraphs", "duplicates", "summary"])
        let timestamps = json["timestamps"] as! [String: Any]
        #expect(timestamps["stealth_edit"] as? Bool == true)
        #expect(timestamps["modified_delta_seconds"] as? Int == 0)
        #expect((timestamps["old"] as! [String: Any])["modified"] is NSNull)
        let paragraphs = json["paragraphs"] as! [[String: Any]]
        #expect(paragraphs.map { $0["op"] as! String } == ["equal", "change", "insert"])
        #expect(Set(paragraphs[1].keys) == ["op", "old", "new", "class", "similarity", "duplicate_of", "words"])
        #expect(paragraphs[0]["class"] is NSNull)
        #expect(json["summary"] as? [String: Int] == ["equal": 1, "inserted": 1, "deleted": 0, "changed": 1, "moved": 0, "split": 0, "merged": 0])
    }

    @Test func wordDiffShowsEditsWithGitMarkers() {
        let out = WordDiffRenderer.render(RevisionDiff(old: Self.old, new: Self.new))
        #expect(out.contains("@@ ¶1 changed (substantive) @@\nIl a été condamné à [-16-]{+15+} ans de prison.\n"))
        #expect(out.contains("@@ ¶2 inserted @@\n{+<b>Nouveau</b> & fin.+}\n"))
        #expect(out.contains("stealth edit"))
    }

    /// Found by a fresh user: `Lire aussi[- -]{+ +}:` looked like no change at all.
    @Test func invisibleCharactersOfAnEditAreShown() {
        let old = Article(headline: "T", paragraphs: ["Lire aussi : la suite, soit 10 000 €."])
        let new = Article(headline: "T", paragraphs: ["Lire aussi\u{00A0}: la suite, soit 10\u{202F}000\u{200B} €."])
        let out = WordDiffRenderer.render(RevisionDiff(old: old, new: new))
        // `10 000` with a narrow no-break space is one figure (Tokenizer), so it is replaced whole.
        #expect(out.contains("Lire aussi[- -]{+<U+00A0>+}: la suite, soit [-10 000-]{+10<U+202F>000<U+200B>+} €."), "\(out)")
        #expect(TerminalRenderer.render(RevisionDiff(old: old, new: new), color: false).contains("{+<U+00A0>+}"))
    }

    /// Found by a fresh user: the "moved to" marker sat just above the moved paragraph, not
    /// where it used to stand.
    @Test func htmlMarksAMoveWhereTheParagraphStood() throws {
        let a = "Le sommet s'est tenu mercredi dans une villa au bord du lac Léman."
        let b = "Les deux délégations ont discuté pendant près de quatre heures."
        let c = "Aucune déclaration commune n'a été publiée à l'issue de la rencontre."
        let down = HTMLRenderer.render(RevisionDiff(old: Article(headline: "T", paragraphs: [a, b, c]),
                                                    new: Article(headline: "T", paragraphs: [b, c, a])), title: "t")
        let marker = try #require(down.range(of: "<p class=\"label\" id=\"moved-from-0\">¶0 moved to <a href=\"#new-2\">¶2</a></p>"))
        let firstSection = try #require(down.range(of: "<section class=\"equal\" id=\"new-0\">"))
        #expect(marker.lowerBound < firstSection.lowerBound)
        let up = HTMLRenderer.render(RevisionDiff(old: Article(headline: "T", paragraphs: [a, b, c]),
                                                  new: Article(headline: "T", paragraphs: [c, a, b])), title: "t")
        let upMarker = try #require(up.range(of: "id=\"moved-from-2\""))
        let lastSection = try #require(up.range(of: "<section class=\"equal\" id=\"new-2\">"))
        #expect(upMarker.lowerBound > lastSection.lowerBound)
    }

    @Test func htmlPageEscapesArticleText() {
        let page = HTMLRenderer.render(RevisionDiff(old: Self.old, new: Self.new), title: "<t>")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>&lt;t&gt;</title>"))
        #expect(page.contains("<ins>&lt;b&gt;Nouveau&lt;/b&gt; &amp; fin.</ins>"))
        #expect(page.contains("<del>16</del><ins>15</ins>"))
        #expect(!page.contains("<b>Nouveau"))
    }
}
