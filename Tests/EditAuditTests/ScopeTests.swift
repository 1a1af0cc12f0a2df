import EditAudit
import Testing

@Suite("scope: ids, since, ignores, severities")
struct ScopeTests {
    /// `live-1` and `story` each with a stealth edit at revision 2 (captured at `capture2`).
    func archive() throws -> (TestArchive, story2: String) {
        let a = try TestArchive()
        var commit = ""
        for id in ["live-1", "story"] {
            try a.record(id, article(headline, dateline(published: "17:04", modified: "18:00"), [p1, p2]), captured: capture1)
            commit = try a.record(id, article(headline, dateline(published: "17:04", modified: "18:00"), [p1, p2 + " Les pompiers sont mobilisés."]), captured: capture2).commit
        }
        return (a, commit)
    }

    @Test("--id audits only the named articles; an unknown id is an error")
    func ids() throws {
        let (a, _) = try archive()
        let report = try a.audit(ids: ["story"])
        #expect(report.articles == ["story"])
        #expect(report.findings.map(\.id) == ["story"])
        #expect(throws: AuditError.unknownArticle(id: "nope", path: a.path)) { try a.audit(ids: ["nope"]) }
    }

    @Test("--since: only revisions captured at or after it are reported and counted")
    func since() throws {
        let (a, _) = try archive()
        let later = try a.audit(since: capture3)
        #expect(later.checkedRevisions == 0)
        #expect(later.checkedArticles == 0)
        #expect(later.findings.isEmpty)
        let window = try a.audit(since: capture2)
        #expect(window.checkedRevisions == 2)
        #expect(window.findings.map(\.rule) == [.stealthEdit, .stealthEdit])
    }

    /// Revision 3 was captured before revision 2 (found by a fresh user: reported although
    /// captured before the window, because a revision before it was in the window).
    @Test("--since: a revision captured before the window is left out even after one in it")
    func sinceWithCapturesOutOfOrder() throws {
        let a = try TestArchive()
        try a.record("o", article(headline, dateline(published: "17:04", modified: "18:00"), [p1]), captured: capture1)
        try a.record("o", article(headline, dateline(published: "17:04", modified: "18:00"), [p1, p2]), captured: capture3)
        try a.record("o", article(headline, dateline(published: "17:04", modified: "18:00"), [p1 + " Les pompiers sont mobilisés.", p2]), captured: capture1)
        let window = try a.audit(since: capture2)
        #expect(window.checkedRevisions == 1)
        #expect(window.findings.map(\.revision) == [2])
    }

    @Test("ignores by article pattern, by commit, and for some rules only")
    func ignores() throws {
        let (a, story2) = try archive()
        let byArticle = try ConfigurationFile.parse("ignore:\n  - article: \"live-*\"\n", file: "c.yml")
        let report = try a.audit(byArticle)
        #expect(report.articles == ["story"])
        #expect(report.findings.map(\.id) == ["story"])

        let byCommit = try ConfigurationFile.parse("ignore:\n  - commit: \(story2.prefix(10))\n", file: "c.yml")
        #expect(try a.audit(byCommit).findings.map(\.id) == ["live-1"])

        let otherRule = try ConfigurationFile.parse("ignore:\n  - article: \"*\"\n    rules: [flip-flop]\n", file: "c.yml")
        #expect(try a.audit(otherRule).findings.count == 2)
        let thisRule = try ConfigurationFile.parse("ignore:\n  - article: \"*\"\n    rules: [stealth-edit]\n", file: "c.yml")
        let quiet = try a.audit(thisRule)
        #expect(quiet.findings.isEmpty)
        #expect(quiet.checkedArticles == 2)
    }

    @Test("severity overrides and off")
    func severities() throws {
        let (a, _) = try archive()
        let lowered = try ConfigurationFile.parse("rules:\n  stealth-edit: info\n", file: "c.yml")
        let report = try a.audit(lowered)
        #expect(report.findings.map(\.severity) == [.info, .info])
        #expect(!report.hasFinding(atOrAbove: .warning))
        #expect(report.hasFinding(atOrAbove: .info))
        let off = try ConfigurationFile.parse("rules:\n  stealth-edit: off\n", file: "c.yml")
        #expect(try a.audit(off).findings.isEmpty)
    }
}
