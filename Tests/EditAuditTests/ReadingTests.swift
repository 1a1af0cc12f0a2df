@testable import EditAudit
import ArticleArchive
import ArticleText
import Foundation
import Testing

@Suite("reading revisions fast, in parallel")
struct ReadingTests {
    @Test("splitting canonical text gives what ArticleParser gives")
    func canonicalSplit() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/articles")
        var texts = [
            article(headline, dateline(published: "17:04", modified: "20:04"), ["  • " + headline, p1, p1 + "\u{00A0}", p2]),
            article(headline, nil, [p1, "- a\n- b", p3]),
            article(headline, dateline(published: "17:04"), []),
        ]
        let fixtures = FileManager.default.enumerator(atPath: seed.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
        #expect(!fixtures.isEmpty)
        for name in fixtures {
            texts.append(try String(contentsOf: seed.appendingPathComponent(name), encoding: .utf8))
        }
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!))
        var compared = 0
        defer { #expect(compared == texts.count) }
        for text in texts {
            let parsed = try parser.parse(text, input: "t").article
            compared += 1
            let canonical = parsed.canonicalText
            let fast = try ArticleArchive.restoredArticle(
                canonical, published: parsed.stamps.published, modified: parsed.stamps.modified,
                paragraphCount: parsed.paragraphs.count, input: "t")
            #expect(fast.headline == parsed.headline)
            #expect(fast.dateline == parsed.dateline)
            #expect(fast.paragraphs == parsed.paragraphs)
        }
    }

    @Test("a parallel audit reports exactly what a sequential one does")
    func parallel() throws {
        let a = try TestArchive()
        for n in 0..<12 {
            let id = String(format: "n%02d", n)
            try a.record(id, article(headline, dateline(published: "17:04"), [p1, p2]), captured: capture1)
            try a.record(id, article(headline, dateline(published: "17:04", modified: n % 2 == 0 ? "17:04" : "20:04"), [p1, p3]), captured: capture2)
            try a.record(id, article(headline, dateline(published: "17:04", modified: "20:30"), [p1, p2]), captured: capture3)
        }
        let sequential = try Auditor(workers: 1).audit(a.archive)
        let parallel = try Auditor(workers: 4).audit(a.archive)
        #expect(sequential == parallel)
        #expect(sequential.checkedRevisions == 36)
        #expect(sequential.findings(.flipFlop).count == 12)
        #expect(sequential.findings(.stealthEdit).count == 6)
    }
}
