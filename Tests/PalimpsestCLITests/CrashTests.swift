import Foundation
import Testing

/// `record` and `import` killed with SIGKILL at any point leave a valid archive and a working
/// next `record` (issue 6, point 2). git is the oracle: `fsck --full --strict`, and every ref names a complete
/// revision commit.
@Suite struct CrashTests {
    static let id = "crash"

    func article(_ n: Int) -> String {
        "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nVersion \(n) du premier paragraphe.\n\nUn second paragraphe.\n"
    }

    func writeArticle(_ cli: CLI, _ n: Int) throws -> String {
        let path = cli.directory.appendingPathComponent("v\(n).txt").path
        try article(n).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func record(_ cli: CLI, _ file: String) -> [String] {
        ["record", file, "--id", Self.id, "--archive", cli.archive, "--format", "json"]
    }

    /// Starts `palimpsest` without waiting; stderr goes to the returned pipe.
    func start(_ cli: CLI, _ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        return (process, err)
    }

    /// What the process wrote to `err` up to its pause (PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE),
    /// or until it ended without pausing.
    func waitForPause(_ err: Pipe) -> String {
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("paused before updating") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        return String(decoding: said, as: UTF8.self)
    }

    func kill(_ process: Process) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// fsck exits 0 and reports nothing but notices and dangling (unreferenced) objects.
    func expectValid(_ cli: CLI, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fsck = try cli.git(["fsck", "--full", "--strict"])
        let lines = (fsck.stdout + fsck.stderr).split(separator: "\n")
        #expect(fsck.status == 0, "\(fsck.stderr)", sourceLocation: sourceLocation)
        #expect(lines.allSatisfy { $0.hasPrefix("notice:") || $0.hasPrefix("dangling ") }, "\(lines)", sourceLocation: sourceLocation)
        let refs = try cli.git(["for-each-ref", "--format=%(refname)", "refs/articles/"]).stdout.split(separator: "\n")
        for ref in refs {
            for file in ["article.txt", "meta.json"] {
                #expect(try cli.git(["cat-file", "-e", "\(ref):\(file)"]).status == 0, "\(ref) lacks \(file)", sourceLocation: sourceLocation)
            }
            let count = try cli.git(["rev-list", "--count", String(ref)]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let meta = try cli.json(try cli.git(["show", "\(ref):meta.json"]).stdout)
            #expect("\(meta["revision"] as? Int ?? -1)" == count, sourceLocation: sourceLocation)
        }
    }

    @Test func killedBetweenWritingObjectsAndMovingTheRefLeavesTheArchiveAsItWas() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        try #require(cli.run(record(cli, try writeArticle(cli, 1))).status == 0)
        let tip = try cli.git(["rev-parse", "refs/articles/\(Self.id)"]).stdout

        let (process, err) = try start(cli, record(cli, try writeArticle(cli, 2)),
                                       environment: ["PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE": "60"])
        #expect(waitForPause(err) == "palimpsest: paused before updating refs/articles/\(Self.id)\n")
        kill(process)

        try expectValid(cli)
        #expect(try cli.git(["rev-parse", "refs/articles/\(Self.id)"]).stdout == tip)
        #expect(!FileManager.default.fileExists(atPath: cli.archive + "/refs/articles/\(Self.id).lock"))
        let again = try cli.run(record(cli, try writeArticle(cli, 2)))
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try cli.json(again.stdout)["revision"] as? Int == 2)
        try expectValid(cli)
    }

    @Test func killedAtRandomMomentsTheArchiveStaysValidAndRecordingGoesOn() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        var generator = SystemRandomNumberGenerator()
        for n in 1...12 {
            let (process, _) = try start(cli, record(cli, try writeArticle(cli, n)))
            // Anywhere from before libgit2 starts to after the ref moved (a debug record takes ~0.1 s).
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.15, using: &generator))
            kill(process)
            try expectValid(cli)
            let refLock = cli.archive + "/refs/articles/\(Self.id).lock"
            if FileManager.default.fileExists(atPath: refLock) {
                // Killed inside the ref update: the next record names the leftover lock.
                let blocked = try cli.run(record(cli, try writeArticle(cli, 100 + n)))
                #expect(blocked.status == 2)
                #expect(blocked.stderr.contains("delete \(refLock) and retry"), "\(blocked.stderr)")
                try FileManager.default.removeItem(atPath: refLock)
            }
        }
        let last = try cli.run(record(cli, try writeArticle(cli, 1000)))
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try cli.json(last.stdout)["status"] as? String == "recorded")
        try expectValid(cli)
    }

    /// DIR/<article-NN>/<r1…rN>.txt: `articles` articles of `revisions` revisions each.
    func importTree(_ cli: CLI, articles: Int, revisions: Int) throws -> String {
        let root = cli.directory.appendingPathComponent("tree")
        for a in 0..<articles {
            let dir = root.appendingPathComponent(String(format: "article-%02d", a))
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for n in 1...revisions {
                try article(a * 100 + n).write(to: dir.appendingPathComponent("r\(n).txt"), atomically: true, encoding: .utf8)
            }
        }
        return root.path
    }

    func importing(_ cli: CLI, _ tree: String) -> [String] {
        ["import", tree, "--archive", cli.archive, "--captured", "2021-06-17T10:00:00+02:00"]
    }

    @Test func importKilledAfterWritingItsPackLeavesNoRefMovedAndImportsAgain() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let tree = try importTree(cli, articles: 3, revisions: 2)
        let (process, err) = try start(cli, importing(cli, tree), environment: ["PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE": "60"])
        #expect(waitForPause(err) == "palimpsest: paused before updating 3 article refs\n")
        kill(process)

        try expectValid(cli)
        #expect(try cli.git(["for-each-ref", "refs/articles/"]).stdout.isEmpty)
        let again = try cli.run(importing(cli, tree))
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "imported 3 articles: 6 revisions recorded, 0 unchanged\n")
        try expectValid(cli)
    }

    @Test func importKilledAtRandomMomentsTheArchiveStaysValidAndRecordingGoesOn() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let tree = try importTree(cli, articles: 20, revisions: 3)
        var generator = SystemRandomNumberGenerator()
        for _ in 1...8 {
            let (process, _) = try start(cli, importing(cli, tree))
            // From start-up through the pack, the flushes and the ref moves (a debug import of
            // this tree writes its pack after about 0.2 s and ends at about 0.3 s).
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.4, using: &generator))
            kill(process)
            try expectValid(cli)
            // A kill inside a ref update leaves its lock file, which the next writer names.
            for lock in (try? FileManager.default.subpathsOfDirectory(atPath: cli.archive + "/refs/articles")) ?? []
            where lock.hasSuffix(".lock") {
                try FileManager.default.removeItem(atPath: cli.archive + "/refs/articles/" + lock)
            }
        }
        let finished = try cli.run(importing(cli, tree))
        #expect(finished.status == 0, "\(finished.stderr)")
        // Whatever landed before a kill is not recorded twice.
        for a in 0..<20 {
            #expect(try cli.git(["rev-list", "--count", String(format: "refs/articles/article-%02d", a)]).stdout == "3\n")
        }
        let last = try cli.run(record(cli, try writeArticle(cli, 1000)))
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try cli.json(last.stdout)["status"] as? String == "recorded")
        try expectValid(cli)
    }

    @Test func aLeftoverRefLockIsReportedWithTheFileToDelete() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        try #require(cli.run(record(cli, try writeArticle(cli, 1))).status == 0)
        let refLock = cli.archive + "/refs/articles/\(Self.id).lock"
        try Data().write(to: URL(fileURLWithPath: refLock))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-600)], ofItemAtPath: refLock)

        let blocked = try cli.run(record(cli, try writeArticle(cli, 2)))
        #expect(blocked.status == 2)
        #expect(blocked.stdout.isEmpty)
        #expect(blocked.stderr.hasPrefix("error: could not record article '\(Self.id)': \(refLock) was left 60"), "\(blocked.stderr)")
        #expect(blocked.stderr.hasSuffix("if no git command is running on this archive, delete \(refLock) and retry\n"))
        #expect(try cli.git(["rev-list", "--count", "refs/articles/\(Self.id)"]).stdout == "1\n")

        try FileManager.default.removeItem(atPath: refLock)
        let unblocked = try cli.run(record(cli, try writeArticle(cli, 2)))
        #expect(try cli.json(unblocked.stdout)["revision"] as? Int == 2)
        try expectValid(cli)
    }

    /// Two imports of one tree at once (cron runs overlapping; found by a fresh user): the one
    /// whose refs moved meanwhile must not append the same files again on the other's tips.
    @Test func anImportThatLosesTheRaceToAnotherRecordsNothingTwice() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let tree = cli.directory.appendingPathComponent("tree")
        for (id, count) in [("x", 3), ("y", 2)] {
            let dir = tree.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for n in 1...count {
                try article(n).write(to: dir.appendingPathComponent("0\(n).txt"), atomically: true, encoding: .utf8)
            }
        }
        let arguments = ["import", tree.path, "--archive", cli.archive, "--captured", "2021-06-17T10:00:00+02:00"]
        // The first writes its pack and waits before moving refs; the second runs whole meanwhile.
        let (first, err) = try start(cli, arguments, environment: ["PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE": "3"])
        #expect(waitForPause(err) == "palimpsest: paused before updating 2 article refs\n")
        let second = try cli.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        for (id, count) in [("x", 3), ("y", 2)] {
            #expect(try cli.git(["rev-list", "--count", "refs/articles/\(id)"]).stdout == "\(count)\n", "\(id)")
        }
        try expectValid(cli)
    }
}
