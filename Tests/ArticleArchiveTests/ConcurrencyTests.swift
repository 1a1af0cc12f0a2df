import ArticleArchive
import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// Records `count` distinct revisions of `id` on a new thread, with its own archive instance.
    private static func writer(path: String, id: String, label: String, count: Int, start: DispatchSemaphore,
                               group: DispatchGroup, results: Collector<String>) {
        group.enter()
        Thread {
            defer { group.leave() }
            start.wait()
            do {
                let archive = try ArticleArchive(at: path)
                for n in 0..<count {
                    var input = inputV1(id: id)
                    input.canonicalText = "Headline\n\n\(label) paragraph \(n).\n"
                    let result = try archive.record(input) { _ in "\(label) \(n)" }
                    results.append(result.status == .recorded ? "\(label) \(n)" : "unchanged \(label) \(n)")
                }
            } catch {
                results.append("error: \(error)")
            }
        }.start()
    }

    @Test func twoThreadsRecordingOneArticleBothLand() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        _ = try ArticleArchive.create(at: path, timeZone: nil)
        let start = DispatchSemaphore(value: 0), group = DispatchGroup(), results = Collector<String>()
        let perThread = 12
        for label in ["A", "B"] {
            Self.writer(path: path, id: "shared", label: label, count: perThread, start: start, group: group, results: results)
        }
        start.signal(); start.signal()
        group.wait()

        #expect(results.values.count == 2 * perThread)
        #expect(results.values.allSatisfy { !$0.hasPrefix("error") && !$0.hasPrefix("unchanged") }, "\(results.values)")
        let archive = try ArticleArchive(at: path)
        let history = try archive.history(id: "shared")
        #expect(history.count == 2 * perThread)
        #expect(history.map(\.revision) == Array(1...(2 * perThread)))
        #expect(history.map(\.meta.revision) == Array(1...(2 * perThread)))
        // Each thread's revisions land in its own order.
        for label in ["A", "B"] {
            let mine = history.map(\.summary).filter { $0.hasPrefix(label + " ") }
            #expect(mine == (0..<perThread).map { "\(label) \($0)" })
        }
        if gitAvailable {
            #expect(try git(["--git-dir", path, "fsck", "--no-dangling", "--no-progress"]).status == 0)
        }
    }

    @Test func twoThreadsCreatingOneArticleBothLand() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        _ = try ArticleArchive.create(at: path, timeZone: nil)
        for round in 0..<8 {
            let start = DispatchSemaphore(value: 0), group = DispatchGroup(), results = Collector<String>()
            for label in ["A", "B"] {
                Self.writer(path: path, id: "new-\(round)", label: label, count: 1, start: start, group: group, results: results)
            }
            start.signal(); start.signal()
            group.wait()
            #expect(results.values.sorted() == ["A 0", "B 0"])
            #expect(try ArticleArchive(at: path).history(id: "new-\(round)").count == 2)
        }
    }

    @Test func writersOfDifferentArticlesDoNotInterfere() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        _ = try ArticleArchive.create(at: path, timeZone: nil)
        let start = DispatchSemaphore(value: 0), group = DispatchGroup(), results = Collector<String>()
        for label in ["A", "B", "C"] {
            Self.writer(path: path, id: "article-\(label)", label: label, count: 5, start: start, group: group, results: results)
        }
        for _ in 0..<3 { start.signal() }
        group.wait()
        let archive = try ArticleArchive(at: path)
        #expect(try archive.articleIDs() == ["article-A", "article-B", "article-C"])
        for label in ["A", "B", "C"] {
            #expect(try archive.history(id: "article-\(label)").map(\.summary) == (0..<5).map { "\(label) \($0)" })
        }
    }
}
