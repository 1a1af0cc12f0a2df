import Foundation
import Testing
import TestSupport

/// `palimpsest import` writes in batches with one durability barrier each, yet must record
/// exactly what `record` would, file by file: same commits (ids pin content, times, parents and
/// messages), same unchanged revisions.
@Suite struct ImportTests {
    func tree(_ cli: CLI) throws -> URL {
        let root = cli.directory.appendingPathComponent("tree")
        let fixtures = URL(fileURLWithPath: CLI.fixture("articles/poutine-biden-geneve"))
        for (id, files) in [("a", ["01", "02", "03", "04"]), ("b", ["02", "02", "04"]), ("c", ["03"])] {
            let dir = root.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (n, file) in files.enumerated() {
                try FileManager.default.copyItem(at: fixtures.appendingPathComponent("\(file).txt"),
                                                 to: dir.appendingPathComponent("r\(n).txt"))
            }
        }
        return root
    }

    /// `git count-objects -v` as numbers: `count` loose objects, `packs`, `in-pack` objects, …
    func objectCounts(_ cli: CLI) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in try cli.git(["count-objects", "-v"]).stdout.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { counts[String(parts[0])] = Int(parts[1].trimmingCharacters(in: .whitespaces)) }
        }
        return counts
    }

    @Test func importRecordsWhatRecordWouldFileByFile() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let captured = "2021-06-17T10:00:00+02:00"
        let other = cli.directory.appendingPathComponent("b.git").path
        for archive in [cli.archive, other] {
            try #require(cli.run(["init", "--archive", archive, "--timezone", "Europe/Paris"]).status == 0)
        }
        // Revision 1 of `a` exists before the import: the batch builds on it.
        try #require(cli.run(["record", root.appendingPathComponent("a/r0.txt").path, "--id", "a", "--archive", cli.archive, "--captured", captured]).status == 0)
        let looseBefore = try objectCounts(cli)["count"]
        let out = try cli.run(["import", root.path, "--archive", cli.archive, "--captured", captured])
        #expect(out.status == 0, "\(out.stderr)")
        // a/r0.txt is already revision 1 of `a`: skipped, not recorded or compared again.
        #expect(out.stdout == "imported 3 articles: 6 revisions recorded, 1 unchanged, 1 already in the archive\n")
        // The imported revisions are one pack; the loose objects are record's alone.
        let counts = try objectCounts(cli)
        #expect(counts["count"] == looseBefore)
        #expect(counts["packs"] == 1)

        for id in ["a", "b", "c"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(id).path).sorted()
            for file in files {
                try #require(cli.run(["record", root.appendingPathComponent("\(id)/\(file)").path, "--id", id,
                                      "--archive", other, "--captured", captured]).status == 0)
            }
        }
        let imported = try cli.git(["for-each-ref"]).stdout
        let recorded = try Subprocess.git(["--git-dir", other, "for-each-ref"]).stdout
        #expect(imported == recorded)
        #expect(imported.split(separator: "\n").count == 3)
        let fsck = try cli.git(["fsck", "--full", "--strict"])
        #expect(fsck.status == 0)
        #expect((fsck.stdout + fsck.stderr).split(separator: "\n").allSatisfy { $0.hasPrefix("notice:") })
    }

    @Test func ofSeveralBadFilesTheFirstInTreeOrderIsReported() throws {
        let cli = try CLI()
        let root = try tree(cli)
        // Files are checked on several threads; the report must not depend on which ends first.
        try Data().write(to: root.appendingPathComponent("c/r0.txt"))
        try FileManager.default.copyItem(atPath: CLI.fixture("bad/empty.txt"), toPath: root.appendingPathComponent("b/r5.txt").path)
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let out = try cli.run(["import", root.path, "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: \(root.path)/b/r5.txt: the file is empty"), "\(out.stderr)")
        #expect(try cli.git(["for-each-ref", "refs/articles/"]).stdout.isEmpty)
    }

    @Test func aBadFileInABatchWritesNothingOfThatBatch() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try FileManager.default.copyItem(atPath: CLI.fixture("bad/empty.txt"), toPath: root.appendingPathComponent("c/r9.txt").path)
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let before = try cli.snapshot()
        let out = try cli.run(["import", root.path, "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr.hasSuffix("error: \(root.path)/c/r9.txt: the file is empty; give a file with a headline, a blank line and the article's paragraphs\n"))
        #expect(try cli.snapshot() == before)
    }

    func initialized(_ cli: CLI, _ archive: String? = nil) throws {
        try #require(cli.run(["init", "--archive", archive ?? cli.archive, "--timezone", "Europe/Paris"]).status == 0)
    }

    func importing(_ cli: CLI, _ root: URL, archive: String? = nil) throws -> CLI.Output {
        try cli.run(["import", root.path, "--archive", archive ?? cli.archive, "--captured", "2021-06-17T10:00:00+02:00"])
    }

    func revisionCounts(_ cli: CLI) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for id in ["a", "b", "c"] {
            counts[id] = Int(try cli.git(["rev-list", "--count", "refs/articles/\(id)"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return counts
    }

    /// A re-run (e.g. after a killed import) must not record the same files again.
    @Test func importingTheSameTreeAgainRecordsNothing() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try initialized(cli)
        try #require(try importing(cli, root).status == 0)
        let refs = try cli.git(["for-each-ref"]).stdout
        let again = try importing(cli, root)
        #expect(again.status == 0, "\(again.stderr)")
        // b/r1.txt was unchanged the first time: it comes before b/r2.txt, which landed.
        #expect(again.stdout == "imported 3 articles: 0 revisions recorded, 0 unchanged, 8 already in the archive\n")
        #expect(try cli.git(["for-each-ref"]).stdout == refs)
        #expect(try revisionCounts(cli) == ["a": 4, "b": 2, "c": 1])
        #expect(try cli.git(["for-each-ref", "--format=%(refname)"]).stdout == "refs/articles/a\nrefs/articles/b\nrefs/articles/c\n")
    }

    @Test func aFileAddedToAnImportedTreeIsTheOnlyNewRevision() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try initialized(cli)
        try #require(try importing(cli, root).status == 0)
        try FileManager.default.copyItem(atPath: CLI.fixture("articles/poutine-biden-geneve/04.txt"),
                                         toPath: root.appendingPathComponent("c/r1.txt").path)
        let again = try importing(cli, root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "imported 3 articles: 1 revision recorded, 0 unchanged, 8 already in the archive\n")
        #expect(try revisionCounts(cli) == ["a": 4, "b": 2, "c": 2])
    }

    /// A file found unchanged by the first import keeps no source/<name>; once a later record
    /// moved the tip, a re-run must still not append it as the newest revision (found by a
    /// fresh user: the audit then accused the publisher of a flip-flop and a stealth edit).
    @Test func aFileFoundUnchangedIsNotAddedAgainAfterALaterRecord() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try FileManager.default.copyItem(atPath: CLI.fixture("articles/poutine-biden-geneve/03.txt"),
                                         toPath: root.appendingPathComponent("c/r1.txt").path)
        try initialized(cli)
        #expect(try importing(cli, root).stdout == "imported 3 articles: 7 revisions recorded, 2 unchanged\n")
        let later = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/04.txt"), "--id", "c", "--archive", cli.archive])
        try #require(later.status == 0, "\(later.stderr)")
        let again = try importing(cli, root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "imported 3 articles: 0 revisions recorded, 0 unchanged, 9 already in the archive\n")
        #expect(try revisionCounts(cli) == ["a": 4, "b": 2, "c": 2])
    }

    /// An import killed after its first batches landed: the re-run records exactly what was
    /// missing, and the archive ends as one uninterrupted import would leave it.
    @Test func anImportStoppedPartWayIsCompletedByImportingAgain() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let part = cli.directory.appendingPathComponent("part")
        try FileManager.default.createDirectory(at: part, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("a"), to: part.appendingPathComponent("a"))
        let whole = cli.directory.appendingPathComponent("whole.git").path
        try initialized(cli)
        try initialized(cli, whole)
        try #require(try importing(cli, part).status == 0)
        let rest = try importing(cli, root)
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(rest.stdout == "imported 3 articles: 3 revisions recorded, 1 unchanged, 4 already in the archive\n")
        try #require(try importing(cli, root, archive: whole).status == 0)
        #expect(try cli.git(["for-each-ref"]).stdout == (try Subprocess.git(["--git-dir", whole, "for-each-ref"]).stdout))
    }

    @Test func emptyArticleDirectoriesAreNotCountedAndCountsAreSingularForOne() throws {
        let cli = try CLI()
        let root = cli.directory.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("one"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.fixture("articles/poutine-biden-geneve/01.txt"),
                                         toPath: root.appendingPathComponent("one/r0.txt").path)
        try initialized(cli)
        let out = try importing(cli, root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "imported 1 article: 1 revision recorded, 0 unchanged\n")
        #expect(out.stderr.isEmpty)
    }

    /// `import s2/x` on one article's own files is a mistake, not an import of nothing.
    @Test func aDirectoryOfFilesWithoutArticleDirectoriesIsRefused() throws {
        let cli = try CLI()
        let root = cli.directory.appendingPathComponent("x")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["01.txt", "02.txt"] {
            try FileManager.default.copyItem(atPath: CLI.fixture("articles/poutine-biden-geneve/\(name)"),
                                             toPath: root.appendingPathComponent(name).path)
        }
        try initialized(cli)
        let before = try cli.snapshot()
        let out = try importing(cli, root)
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.hasPrefix("error: \(root.path) holds files but no article directories: import expects DIR/<id>/<files>"), "\(out.stderr)")
        #expect(out.stderr.contains("`palimpsest record FILE... --id ID`"))
        #expect(try cli.snapshot() == before)
    }

    @Test func looseFilesBesideArticleDirectoriesAreSkippedWithAWarning() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try Data("notes\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        try initialized(cli)
        let out = try importing(cli, root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "imported 3 articles: 7 revisions recorded, 1 unchanged\n")
        #expect(out.stderr.hasPrefix("warning: \(root.path): skipped notes.txt, not in an article directory"), "\(out.stderr)")
    }

    /// A tree from elsewhere may hold links to any file of the machine (found by a fresh user:
    /// `/etc/passwd` became an article): import never follows them, and says so.
    @Test func symbolicLinksAreNeverFollowed() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let secret = cli.directory.appendingPathComponent("secret.txt")
        try Data("Secret headline\n\nnot for the archive\n".utf8).write(to: secret)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/r9.txt").path, withDestinationPath: secret.path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("b/r8.txt").path, withDestinationPath: "/nonexistent")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("d").path, withDestinationPath: root.appendingPathComponent("a").path)
        try expectImportSkipping(cli, root, warning: "\(root.path): skipped 3 symbolic links (import never follows links): a/r9.txt, b/r8.txt, d")
        #expect(try revisionCounts(cli) == ["a": 4, "b": 2, "c": 1])
        #expect(try cli.git(["for-each-ref", "--format=%(refname)"]).stdout == "refs/articles/a\nrefs/articles/b\nrefs/articles/c\n")
    }

    /// Imports `root`, the tree of ``tree(_:)`` plus what import must skip, into a new archive:
    /// the tree's own counts, and `warning` as the one line on stderr.
    func expectImportSkipping(_ cli: CLI, _ root: URL, warning: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try initialized(cli)
        let out = try importing(cli, root)
        #expect(out.status == 0, "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stdout == "imported 3 articles: 7 revisions recorded, 1 unchanged\n", sourceLocation: sourceLocation)
        #expect(out.stderr == "warning: \(warning)\n", sourceLocation: sourceLocation)
    }

    /// The seed's first revision as `dir/01.txt`, making `dir` as needed.
    func seedRevision(in dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.fixture("articles/poutine-biden-geneve/01.txt"),
                                         toPath: dir.appendingPathComponent("01.txt").path)
    }

    @Test func directoriesInsideAnArticleAreSkippedWithAWarning() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let nested = root.appendingPathComponent("c/deeper")
        try seedRevision(in: nested)
        try expectImportSkipping(cli, root, warning: "\(root.appendingPathComponent("c").path): skipped deeper, not a file (an article directory holds its revision files only)")
    }

    /// Such a name is listed decoded lossily (`c\u{FFFD}.txt`), so it cannot be opened by it:
    /// the warning says why instead of "not a file" (found by a fresh user).
    @Test func aFileWhoseNameIsNotUTF8IsSkippedWithAWarningSayingSo() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let name = Array(root.appendingPathComponent("c").path.utf8) + Array("/c".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        try expectImportSkipping(cli, root, warning: "\(root.appendingPathComponent("c").path): skipped c\u{FFFD}.txt, whose name is not UTF-8 (rename the file)")
    }

    @Test func aDirectoryNamedWithAnInvalidIDIsNamedInTheError() throws {
        let cli = try CLI()
        let root = try tree(cli)
        let bad = root.appendingPathComponent("a b")
        try seedRevision(in: bad)
        try initialized(cli)
        let before = try cli.snapshot()
        let out = try importing(cli, root)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: \(bad.path): its name is the article id, and invalid article id 'a b': "), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("; rename the directory\n"))
        #expect(try cli.snapshot() == before)
    }

    @Test func aMissingDirOrAFileGivenAsDirIsNamedAsSuch() throws {
        let cli = try CLI()
        let root = try tree(cli)
        try initialized(cli)
        let missing = root.appendingPathComponent("nope").path
        #expect(try importing(cli, URL(fileURLWithPath: missing)).stderr
                == "error: \(missing): no such directory; give DIR holding one directory per article\n")
        let file = root.appendingPathComponent("a/r0.txt").path
        #expect(try importing(cli, URL(fileURLWithPath: file)).stderr
                == "error: \(file): not a directory; give DIR holding one directory per article\n")
    }
}
