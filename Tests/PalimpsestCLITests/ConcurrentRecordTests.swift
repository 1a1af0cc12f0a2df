import Foundation
import Testing

/// `scripts/stress` in small (issue 6, point 1): real `palimpsest record` processes, four
/// writers at once, two sharing an article; nothing is lost and each writer's revisions land
/// in its capture order.
@Suite struct ConcurrentRecordTests {
    /// Thread-safe list of what each writer was told.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Int: [String]] = [:]
        func append(_ writer: Int, _ line: String) { lock.lock(); storage[writer, default: []].append(line); lock.unlock() }
        subscript(writer: Int) -> [String] { lock.lock(); defer { lock.unlock() }; return storage[writer] ?? [] }
    }

    static func article(ofWriter writer: Int) -> String { writer < 2 ? "shared" : "solo-\(writer)" }

    @Test func fourWritersTenRevisionsEachLoseNothing() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let writers = 4, revisions = 10
        for writer in 0..<writers {
            for n in 0..<revisions {
                let text = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nLe rédacteur \(writer) écrit la version \(n).\n\nUn paragraphe commun.\n"
                try text.write(to: cli.directory.appendingPathComponent("w\(writer)-\(n).txt"), atomically: true, encoding: .utf8)
            }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for n in 0..<revisions {
                let captured = String(format: "2021-06-16T18:%02d:00+02:00", n)
                let out = try? cli.run(["record", "w\(writer)-\(n).txt", "--id", Self.article(ofWriter: writer),
                                        "--archive", cli.archive, "--captured", captured, "--format", "json"])
                let status = out.flatMap { try? cli.json($0.stdout)["status"] as? String } ?? "error: \(out?.stderr ?? "")"
                results.append(writer, "\(status) w\(writer)-\(n).txt")
            }
        }
        for writer in 0..<writers {
            #expect(results[writer] == (0..<revisions).map { "recorded w\(writer)-\($0).txt" })
        }

        for article in ["shared", "solo-2", "solo-3"] {
            let commits = try cli.git(["rev-list", "--first-parent", "--reverse", "refs/articles/\(article)"]).stdout.split(separator: "\n")
            var sources: [String] = []
            for (index, commit) in commits.enumerated() {
                sources.append(try cli.git(["ls-tree", "--name-only", "\(commit):source"]).stdout.trimmingCharacters(in: .newlines))
                let meta = try cli.json(try cli.git(["show", "\(commit):meta.json"]).stdout)
                #expect(meta["revision"] as? Int == index + 1)
            }
            let mine = (0..<writers).filter { Self.article(ofWriter: $0) == article }
            #expect(sources.count == mine.count * revisions)
            for writer in mine {
                #expect(sources.filter { $0.hasPrefix("w\(writer)-") } == (0..<revisions).map { "w\(writer)-\($0).txt" })
            }
        }
        let fsck = try cli.git(["fsck", "--full", "--strict"])
        #expect(fsck.status == 0)
        #expect((fsck.stdout + fsck.stderr).split(separator: "\n").allSatisfy { $0.hasPrefix("notice:") || $0.hasPrefix("dangling ") })
    }
}
