import EditAudit
import Foundation
import Testing

@Suite("archive-integrity")
struct IntegrityTests {
    /// Two healthy articles, `a` and `z`, around whatever a test breaks.
    func healthy() throws -> TestArchive {
        let archive = try TestArchive()
        for id in ["a", "z"] {
            try archive.record(id, article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
            try archive.record(id, article(headline, dateline(published: "17:04", modified: "20:04"), [p1, p2]), captured: capture2)
        }
        return archive
    }

    @Test("a healthy archive has no integrity findings")
    func quiet() throws {
        let report = try healthy().audit()
        #expect(report.findings.isEmpty)
        #expect(report.checkedArticles == 2)
        #expect(report.checkedRevisions == 4)
    }

    @Test("a ref file that is not an object id is reported; the other articles are audited")
    func garbageRef() throws {
        let archive = try healthy()
        try archive.writeRef("m-garbage", "this is not an object id\n")
        let report = try archive.audit()
        let findings = report.findings(.archiveIntegrity)
        #expect(findings.map(\.id) == ["m-garbage"])
        #expect(findings.first?.revision == nil)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message == "refs/articles/m-garbage is not a readable reference: its file does not hold an object id")
        #expect(report.checkedRevisions == 4)
    }

    @Test("a ref to a missing commit, and a nested ref, are reported")
    func danglingAndNestedRefs() throws {
        let archive = try healthy()
        try archive.writeRef("m-dangling", String(repeating: "ab", count: 20) + "\n")
        let tip = try archive.git(["rev-parse", "refs/articles/a"])
        try archive.writeRef("nested/b", tip + "\n")
        let findings = try archive.audit().findings(.archiveIntegrity)
        #expect(findings.map(\.id) == ["m-dangling", "nested/b"])
        #expect(findings.allSatisfy { $0.revision == nil })
    }

    @Test("an unreadable article.txt is reported at its revision; the next pair is still checked")
    func missingBlob() throws {
        let archive = try healthy()
        try archive.record("m", article(headline, dateline(published: "17:04"), [p3]), captured: capture1)
        try archive.record("m", article(headline, dateline(published: "17:04", modified: "20:04"), [p3, p4]), captured: capture2)
        try archive.record("m", article(headline, dateline(published: "17:04", modified: "19:00"), [p3, p4, p1]), captured: capture3)
        let commit = try archive.git(["rev-parse", "refs/articles/m~1"])
        let blob = try archive.git(["rev-parse", "refs/articles/m~1:article.txt"])
        try archive.deleteObject(blob)
        let report = try archive.audit()
        let integrity = report.findings(.archiveIntegrity)
        #expect(integrity.map(\.revision) == [2])
        #expect(integrity.map(\.commit) == [commit])
        #expect(integrity.first?.message.hasPrefix("cannot read article.txt: ") == true)
        #expect(report.findings(.timestampRegression).isEmpty)  // revision 3 has no readable previous
        #expect(report.findings.allSatisfy { $0.id == "m" })
    }

    @Test("a broken chain (a missing parent commit) is reported for the article")
    func brokenChain() throws {
        let archive = try healthy()
        let parent = try archive.git(["rev-parse", "refs/articles/z~1"])
        try archive.deleteObject(parent)
        let report = try archive.audit()
        let findings = report.findings(.archiveIntegrity)
        #expect(findings.map(\.id) == ["z"])
        #expect(findings.first?.revision == nil)
        #expect(report.checkedRevisions == 2)
    }

    @Test("archive-integrity can be lowered by configuration like any rule")
    func configurable() throws {
        let archive = try healthy()
        try archive.writeRef("m-garbage", "nope\n")
        let configuration = try ConfigurationFile.parse("rules:\n  archive-integrity: warning\n", file: "inline.yml")
        #expect(try archive.audit(configuration).findings.map(\.severity) == [.warning])
    }

    /// Objects are not hashed again on every read (git does not either; `git fsck --full` does):
    /// a damaged one still fails zlib's checksum and is reported.
    @Test("a damaged article.txt is reported at its revision")
    func damagedBlob() throws {
        let archive = try healthy()
        try archive.record("m", article(headline, dateline(published: "17:04"), [p3]), captured: capture1)
        try archive.record("m", article(headline, dateline(published: "17:04", modified: "20:04"), [p3, p4]), captured: capture2)
        try archive.damageObject(try archive.git(["rev-parse", "refs/articles/m:article.txt"]))
        let integrity = try archive.audit().findings(.archiveIntegrity)
        #expect(integrity.map(\.id) == ["m"])
        #expect(integrity.map(\.revision) == [2])
        #expect(integrity.first?.message.hasPrefix("cannot read article.txt: ") == true, "\(integrity)")
    }
}
