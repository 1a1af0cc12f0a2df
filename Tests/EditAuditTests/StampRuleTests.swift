import EditAudit
import Foundation
import Testing

@Suite("stamp rules")
struct StampRuleTests {
    @Test("stealth-edit: a substantive change while the last stamp stays put")
    func stealthEditFires() throws {
        let a = try TestArchive()
        try a.record("s", article(headline, dateline(published: "17:04", modified: "18:00"), [p1, p2]), captured: capture1)
        let second = try a.record("s", article(headline, dateline(published: "17:04", modified: "18:00"), [p1 + " Les pompiers sont mobilisés.", p2]), captured: capture2)
        let findings = try a.audit().findings(.stealthEdit)
        #expect(findings == [Finding(
            rule: .stealthEdit, severity: .error, id: "s", revision: 2, commit: second.commit,
            message: "text changed substantively (1 paragraph changed) but the last stamp stayed at 2021-06-16T18:00:00+02:00")])
    }

    @Test("stealth-edit and missing-stamp: a substantive edit that removes the only stamp")
    func stampRemovedWithAnEdit() throws {
        let a = try TestArchive()
        try a.record("r", article(headline, "Modifié le 16 juin 2021 à 18:00", [p1, p2]), captured: capture1)
        let second = try a.record("r", article(headline, nil, [p1 + " Les pompiers sont mobilisés.", p2]), captured: capture2)
        let report = try a.audit()
        #expect(report.findings(.stealthEdit) == [Finding(
            rule: .stealthEdit, severity: .error, id: "r", revision: 2, commit: second.commit,
            message: "text changed substantively (1 paragraph changed) and the revision states no stamp, where revision 1's last stamp was 2021-06-16T18:00:00+02:00")])
        #expect(report.findings(.missingStamp).map { "\($0.revision ?? 0) \($0.message)" } == [
            "1 no published stamp",
            "2 text changed (1 paragraph changed) but the revision states no modified stamp",
        ])
    }

    @Test("stealth-edit: not when the modified stamp advances, nor for a typography-only change")
    func stealthEditQuiet() throws {
        let a = try TestArchive()
        try a.record("s", article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture1)
        try a.record("s", article(headline, dateline(published: "17:04", modified: "20:04"), [p1 + " Les pompiers sont mobilisés.", p2]), captured: capture2)
        // Same stamps, only the apostrophe changes: typography, not substance.
        try a.record("s", article(headline, dateline(published: "17:04", modified: "20:04"), [p1 + " Les pompiers sont mobilisés.", p2.replacingOccurrences(of: "’", with: "'")]), captured: capture3)
        let report = try a.audit()
        #expect(report.checkedRevisions == 3)
        #expect(report.findings(.stealthEdit).isEmpty)
    }

    @Test("timestamp-regression: the modified stamp goes back")
    func regressionFires() throws {
        let a = try TestArchive()
        try a.record("t", article(headline, dateline(published: "17:04", modified: "20:04"), [p1]), captured: capture1)
        try a.record("t", article(headline, dateline(published: "17:04", modified: "19:00"), [p1, p2]), captured: capture2)
        let findings = try a.audit().findings(.timestampRegression)
        #expect(findings.map(\.message) == ["modified stamp 2021-06-16T19:00:00+02:00 is earlier than revision 1's last stamp 2021-06-16T20:04:00+02:00 (-1 h 4 min)"])
        #expect(findings.map(\.revision) == [2])
    }

    @Test("timestamp-regression: not when the stamp advances")
    func regressionQuiet() throws {
        let a = try TestArchive()
        try a.record("t", article(headline, dateline(published: "17:04", modified: "19:00"), [p1]), captured: capture1)
        try a.record("t", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        #expect(try a.audit().findings.isEmpty)
    }

    @Test("modified-before-published: reported where it starts, once")
    func modifiedBeforePublishedFires() throws {
        let a = try TestArchive()
        try a.record("m", article(headline, dateline(published: "17:04", modified: "16:00"), [p1]), captured: capture1)
        try a.record("m", article(headline, dateline(published: "17:04", modified: "16:00"), [p1, p2]), captured: capture2)
        let findings = try a.audit().findings(.modifiedBeforePublished)
        #expect(findings.map(\.revision) == [1])
        #expect(findings.first?.message == "modified stamp 2021-06-16T16:00:00+02:00 is 1 h 4 min before the published stamp 2021-06-16T17:04:00+02:00")
    }

    @Test("modified-before-published: not for modified after published")
    func modifiedBeforePublishedQuiet() throws {
        let a = try TestArchive()
        try a.record("m", article(headline, dateline(published: "17:04", modified: "17:05"), [p1]), captured: capture1)
        #expect(try a.audit().findings(.modifiedBeforePublished).isEmpty)
    }

    @Test("published-changed: a warning naming both stamps")
    func publishedChangedFires() throws {
        let a = try TestArchive()
        try a.record("p", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("p", article(headline, dateline(published: "18:30"), [p1, p2]), captured: capture2)
        let findings = try a.audit().findings(.publishedChanged)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == ["published stamp changed from 2021-06-16T17:04:00+02:00 to 2021-06-16T18:30:00+02:00 (+1 h 26 min)"])
    }

    /// A publisher removing or adding the publication date changes it too (found by a fresh
    /// user: a removal was reported only as missing-stamp).
    @Test("published-changed: a published stamp removed, then added back")
    func publishedRemovedAndAdded() throws {
        let a = try TestArchive()
        try a.record("p", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("p", article(headline, nil, [p1, p2]), captured: capture2)
        try a.record("p", article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture3)
        let findings = try a.audit().findings(.publishedChanged)
        #expect(findings.map(\.revision) == [2, 3])
        #expect(findings.map(\.message) == ["published stamp removed (it was 2021-06-16T17:04:00+02:00)",
                                             "published stamp added: 2021-06-16T17:04:00+02:00"])
    }

    @Test("published-changed: not when only the modified stamp moves")
    func publishedChangedQuiet() throws {
        let a = try TestArchive()
        try a.record("p", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("p", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        #expect(try a.audit().findings(.publishedChanged).isEmpty)
    }

    @Test("future-stamp: a stamp after the capture time beyond the tolerance")
    func futureStampFires() throws {
        let a = try TestArchive()
        // Captured at 17:30 Paris; modified claims 20:04.
        try a.record("f", article(headline, dateline(published: "17:04", modified: "20:04"), [p1]), captured: "2021-06-16T17:30:00+02:00")
        let findings = try a.audit().findings(.futureStamp)
        #expect(findings.map(\.message) == ["modified stamp 2021-06-16T20:04:00+02:00 is 2 h 34 min after the capture time 2021-06-16T17:30:00+02:00 (tolerance 300 s)"])
    }

    @Test("future-stamp: within the 5-minute tolerance is quiet; a tolerance of 0 is not")
    func futureStampTolerance() throws {
        let a = try TestArchive()
        // Published 17:04 Paris, captured at 17:00 Paris: 4 minutes of clock skew.
        try a.record("f", article(headline, dateline(published: "17:04"), [p1]), captured: "2021-06-16T15:00:00Z")
        #expect(try a.audit().findings(.futureStamp).isEmpty)
        var strict = AuditConfiguration()
        strict.thresholds.futureToleranceSeconds = 0
        #expect(try a.audit(strict).findings(.futureStamp).map(\.message) == [
            "published stamp 2021-06-16T17:04:00+02:00 is 4 min after the capture time 2021-06-16T17:00:00+02:00 (tolerance 0 s)"])
    }

    @Test("missing-stamp: no dateline is reported once; a text change without a modified stamp too")
    func missingStampFires() throws {
        let a = try TestArchive()
        try a.record("n", article(headline, nil, [p1]), captured: capture1)
        try a.record("n", article(headline, nil, [p1, p2]), captured: capture2)
        try a.record("d", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("d", article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture2)
        let findings = try a.audit().findings(.missingStamp)
        #expect(findings.map { "\($0.id) \($0.revision ?? 0) \($0.severity)" } == ["d 2 info", "n 1 info"])
        #expect(findings.map(\.message) == [
            "text changed (1 paragraph inserted) but the revision states no modified stamp",
            "no published or modified stamp",
        ])
    }

    @Test("missing-stamp: not when both stamps are there")
    func missingStampQuiet() throws {
        let a = try TestArchive()
        try a.record("d", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("d", article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        #expect(try a.audit().findings(.missingStamp).isEmpty)
    }
}

@Suite struct StampMismatchRuleTests {
    static func page(_ name: String) throws -> String {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/html")
        return try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("stamp-mismatch: a page whose visible dateline disagrees with its metadata")
    func stampMismatchFires() throws {
        let a = try TestArchive()
        let page = try Self.page("time-only.html").replacingOccurrences(of: "June 16, 2021 at 11:04 am", with: "June 16, 2021 at 9:30 am")
        try a.record("t", page, captured: "2021-06-17T09:00:00+02:00")
        let findings = try a.audit().findings(.stampMismatch)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == ["the page's visible dateline says published 2021-06-16T09:30:00+02:00, modified 2021-06-16T14:04:00+02:00 but its metadata says published 2021-06-16T11:04:00-04:00, modified 2021-06-16T14:04:00-04:00"])
    }

    @Test("stamp-mismatch: not when the page agrees with itself")
    func stampMismatchQuiet() throws {
        let a = try TestArchive()
        try a.record("l", try Self.page("lemonde-like.html"), captured: "2021-06-17T09:00:00+02:00")
        try a.record("t", try Self.page("time-only.html"), captured: "2021-06-17T09:00:00+02:00")
        #expect(try a.audit().findings(.stampMismatch).isEmpty)
    }
}
