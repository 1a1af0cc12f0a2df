import ArticleText
import EditAudit
import Testing

@Suite("text rules")
struct TextRuleTests {
    @Test("duplicated-lede: a lede repeated with a trailing no-break space, and a headline echo")
    func duplicatedLedeFires() throws {
        let a = try TestArchive()
        let first = try a.record("l", article(headline, dateline(published: "17:04"), ["  • " + headline, p1, p1 + "\u{00A0}", p2]), captured: capture1)
        let findings = try a.audit().findings(.duplicatedLede)
        #expect(findings == [Finding(
            rule: .duplicatedLede, severity: .warning, id: "l", revision: 1, commit: first.commit,
            message: "¶2 repeats ¶1 (same words, other spacing or typography): “La Seine est sortie de son lit mardi en soirée.\u{00A0}”; ¶0 repeats the headline: “  • Inondations : la Seine en crue”")])
    }

    @Test("duplicated-lede: distinct paragraphs are quiet, and a duplication is not reported again while it persists")
    func duplicatedLedeQuiet() throws {
        let a = try TestArchive()
        try a.record("q", article(headline, dateline(published: "17:04"), [p1, p2, p3]), captured: capture1)
        #expect(try a.audit().findings(.duplicatedLede).isEmpty)

        try a.record("k", article(headline, dateline(published: "17:04"), [p1, p1, p2]), captured: capture1)
        try a.record("k", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p1, p2, p3]), captured: capture2)
        #expect(try a.audit().findings(.duplicatedLede).map(\.revision) == [1])
    }

    /// Found by a fresh user: separators, bullets and "read also" boxes repeat in real pages.
    @Test("duplicated-lede: a repeated separator, short bullet or read-also line is not a lede")
    func duplicatedLedeIgnoresFurniture() throws {
        let a = try TestArchive()
        let lire = "Lire aussi : Les épisodes cévenols, un phénomène en hausse"
        try a.record("b", article(headline, dateline(published: "17:04"), [p1, "—", lire, "• Alès", p2, "—", lire, "• Alès", p3]), captured: capture1)
        #expect(try a.audit().findings(.duplicatedLede).isEmpty)
        #expect(!ArticleParser.isReadMore("Related news came in the evening."))
    }

    @Test("headline-changed and flip-flop: not for spaces added and dropped again, nor quotes retyped and back")
    func cosmeticChurnIsQuiet() throws {
        let a = try TestArchive()
        let base = article(headline, dateline(published: "17:04"), [p1, "Il a dit 'oui'.", p2])
        try a.record("c", base, captured: capture1)
        try a.record("c", article(headline + "  ", dateline(published: "17:04"), [p1, "Il a dit ’oui’.", p2]), captured: capture2)
        try a.record("c", base, captured: capture3)
        let report = try a.audit()
        #expect(report.findings(.headlineChanged).isEmpty)
        #expect(report.findings(.flipFlop).isEmpty)
    }

    @Test("headline-changed: info with both headlines")
    func headlineChangedFires() throws {
        let a = try TestArchive()
        try a.record("h", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("h", article("Crue de la Seine : les quais fermés", dateline(published: "17:04", modified: "20:04"), [p1]), captured: capture2)
        let findings = try a.audit().findings(.headlineChanged)
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.map(\.message) == ["headline changed from “Inondations : la Seine en crue” to “Crue de la Seine : les quais fermés”"])
    }

    @Test("headline-changed: not when only paragraphs change")
    func headlineChangedQuiet() throws {
        let a = try TestArchive()
        try a.record("h", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("h", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        #expect(try a.audit().findings(.headlineChanged).isEmpty)
    }

    @Test("large-deletion: two of four 10-word paragraphs removed is 50 %")
    func largeDeletionFires() throws {
        let a = try TestArchive()
        try a.record("x", article(headline, dateline(published: "17:04"), [p1, p2, p3, p4]), captured: capture1)
        try a.record("x", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p4]), captured: capture2)
        let findings = try a.audit().findings(.largeDeletion)
        #expect(findings.map(\.message) == ["deletes 20 of the previous revision's 40 words (50 %, limit 30 %): 2 paragraphs deleted"])
        #expect(findings.map(\.severity) == [.warning])
    }

    @Test("large-deletion: one of four paragraphs (25 %) is under the default 30 %, over a 20 % threshold")
    func largeDeletionThreshold() throws {
        let a = try TestArchive()
        try a.record("x", article(headline, dateline(published: "17:04"), [p1, p2, p3, p4]), captured: capture1)
        try a.record("x", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2, p4]), captured: capture2)
        #expect(try a.audit().findings(.largeDeletion).isEmpty)
        var configuration = AuditConfiguration()
        configuration.thresholds.largeDeletionRatio = 0.2
        #expect(try a.audit(configuration).findings(.largeDeletion).map(\.message) == [
            "deletes 10 of the previous revision's 40 words (25 %, limit 20 %): 1 paragraph deleted"])
    }

    @Test("large-deletion: removing a duplicated copy does not count")
    func largeDeletionIgnoresDuplicateRemoval() throws {
        let a = try TestArchive()
        try a.record("x", article(headline, dateline(published: "17:04"), [p1, p1, p2]), captured: capture1)
        try a.record("x", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        #expect(try a.audit().findings(.largeDeletion).isEmpty)
    }

    @Test("flip-flop: A → B → A")
    func flipFlopFires() throws {
        let a = try TestArchive()
        try a.record("f", article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture1)
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p3]), captured: capture2)
        let third = try a.record("f", article(headline, dateline(published: "17:04", modified: "20:30"), [p1, p2]), captured: capture3)
        #expect(try a.audit().findings(.flipFlop) == [Finding(
            rule: .flipFlop, severity: .warning, id: "f", revision: 3, commit: third.commit,
            message: "text returns to revision 1's text, undoing revision 2")])
    }

    @Test("flip-flop: A → B → C and a stamps-only revision are quiet")
    func flipFlopQuiet() throws {
        let a = try TestArchive()
        try a.record("f", article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture1)
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p3]), captured: capture2)
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:30"), [p1, p3]), captured: capture3)
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:45"), [p1, p4]), captured: capture4)
        #expect(try a.audit().findings(.flipFlop).isEmpty)
    }

    @Test("flip-flop across --since: the earlier revision is known by its meta.json digest")
    func flipFlopAcrossSince() throws {
        let a = try TestArchive()
        let text1 = article(headline, dateline(published: "17:04"), [p1, p2])
        try a.record("f", text1, captured: capture1)
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p3]), captured: capture2)
        try a.record("f", text1, captured: capture3)
        let report = try a.audit(since: capture3)
        #expect(report.checkedRevisions == 1)
        #expect(report.findings(.flipFlop).map(\.message) == ["text returns to revision 1's text, undoing revision 2"])
    }
}
