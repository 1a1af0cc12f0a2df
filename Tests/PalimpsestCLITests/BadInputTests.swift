import Foundation
import Testing

/// Bad input gets one `error:` line naming the input, a non-zero exit, and an archive that is
/// byte for byte as it was (issue 2, point 6).
@Suite struct BadInputTests {
    func archiveWithOneRevision() throws -> CLI {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        try #require(cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/02.txt"), "--id", "a", "--archive", cli.archive]).status == 0)
        return cli
    }

    @Test(arguments: [
        ("bad/empty.txt", "empty.txt: the file is empty"),
        ("bad/whitespace-only.txt", "whitespace-only.txt: the file is empty"),
        ("bad/binary.png", "binary.png: looks like a binary file"),
        ("bad/undecodable.txt", "undecodable.txt: not UTF-8 (invalid byte at offset 12)"),
        ("bad/double-encoded.txt", "double-encoded.txt: text is UTF-8 encoded twice"),
        ("bad/no-headline.txt", "no-headline.txt: no headline"),
        ("bad/impossible-date.txt", "impossible-date.txt: the stamp \"31 juin 2021"),
    ])
    func refusedWithOneErrorLineAndTheArchiveUntouched(file: String, message: String) throws {
        let cli = try archiveWithOneRevision()
        let before = try cli.snapshot()
        let out = try cli.run(["record", CLI.fixture(file), "--id", "a", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("error: \(message)") == true, "\(out.stderr)")
        #expect(try cli.snapshot() == before)
    }

    /// A path may hold a line feed; the error naming it stays one line (found by a fresh user).
    @Test func anErrorNamingAPathWithALineFeedIsOneLine() throws {
        let cli = try archiveWithOneRevision()
        let path = cli.directory.appendingPathComponent("bad\nname.txt").path
        try Data().write(to: URL(fileURLWithPath: path))
        let out = try cli.run(["record", path, "--id", "a", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(out.stderr.hasPrefix("error: bad<U+000A>name.txt: the file is empty"), "\(out.stderr)")
    }

    @Test func oneBadFileInABatchRecordsNothing() throws {
        let cli = try archiveWithOneRevision()
        let before = try cli.snapshot()
        let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/03.txt"), CLI.fixture("bad/empty.txt"), "--id", "a", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(try cli.snapshot() == before)
    }

    @Test func windows1252IsRecordedWithAWarning() throws {
        let cli = try archiveWithOneRevision()
        let out = try cli.run(["record", CLI.fixture("bad/windows-1252.txt"), "--id", "w", "--archive", cli.archive, "--format", "json"])
        #expect(out.status == 0)
        #expect(out.stderr == "warning: windows-1252.txt: not UTF-8 (byte 0xAB at offset 26); decoded as Windows-1252\n")
        #expect(try cli.json(out.stdout)["status"] as? String == "recorded")
        let shown = try cli.run(["show", "--id", "w", "--archive", cli.archive]).stdout
        #expect(shown.hasPrefix("Poutine juge la rencontre « constructive »\n\nPublié le 16 juin 2021 à 17:04\n"))
    }

    @Test func missingArchiveAndBadIdsAreClearErrors() throws {
        let cli = try CLI()
        let missing = try cli.run(["log", "--id", "x", "--archive", cli.archive])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no archive at \(cli.archive): run `palimpsest init --archive \(cli.archive)` first\n")
        try cli.run(["init", "--archive", cli.archive])
        for bad in ["../escape", "a b", "x.lock", "-rf", "a:b", "ref~1"] {
            let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--id=\(bad)", "--archive", cli.archive])
            #expect(out.status == 2)
            #expect(out.stderr.hasPrefix("error: invalid article id '\(bad)'"), "\(out.stderr)")
        }
        #expect(try cli.git(["for-each-ref"]).stdout.isEmpty)
    }

    @Test func idFromURLIsSanitizedDeterministically() throws {
        // Slug (query kept), then FNV-1a 32 of "lemonde.fr/international/…html?utm=x", computed apart.
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let url = "https://www.lemonde.fr/international/article/2021/06/16/poutine-biden_6084362_3210.html?utm=x#top"
        let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--url", url, "--archive", cli.archive, "--format", "json"])
        #expect(try cli.json(out.stdout)["id"] as? String == "lemonde.fr-international-article-2021-06-16-poutine-biden_6084362_3210.html-utm-x-c197d554")
    }

    @Test func urlsThatDifferOnlyInTheirQueryAreDifferentArticles() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        var ids: [String] = []
        for url in ["https://news.example.com/article.php?id=123", "https://news.example.com/article.php?id=124"] {
            let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--url", url, "--archive", cli.archive, "--format", "json"])
            ids.append(try cli.json(out.stdout)["id"] as? String ?? "")
        }
        #expect(ids == ["news.example.com-article.php-id-123-cfd76d6b", "news.example.com-article.php-id-124-d4d7754a"])
    }

    @Test func noZoneAnywhereWarnsAndReadsUTC() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive])
        let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--id", "a", "--archive", cli.archive])
        #expect(out.status == 0)
        #expect(out.stderr.hasPrefix("warning: no --timezone given and the archive has none set"))
        let log = try cli.json(try cli.run(["log", "--id", "a", "--archive", cli.archive, "--format", "json"]).stdout)
        #expect((log["revisions"] as? [[String: Any]])?.first?["published"] as? String == "2021-06-16T17:04:00+00:00")
    }

    @Test func controlCharactersNeverReachTheTerminalRaw() throws {
        let cli = try CLI()
        let old = cli.directory.appendingPathComponent("old.txt"), new = cli.directory.appendingPathComponent("new.txt")
        try "Titre\n\nUn paragraphe.\n".write(to: old, atomically: true, encoding: .utf8)
        try "Titre\n\nUn \u{1B}]0;pwned\u{07}paragraphe \u{202E}[-x-] modifié.\n".write(to: new, atomically: true, encoding: .utf8)
        for format in ["terminal", "word-diff"] {
            let out = try cli.run(["diff", old.path, new.path, "--format", format, "--timezone", "UTC"]).stdout
            #expect(!out.contains("\u{1B}"))
            #expect(!out.contains("\u{202E}"))
            #expect(out.contains("<U+001B>]0;pwned<U+0007>"))
            #expect(out.contains("<U+202E>[\\-x-\\]"))
        }
        let html = try cli.run(["diff", old.path, new.path, "--format", "html", "--timezone", "UTC"]).stdout
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("&lt;U+001B&gt;"))
    }

    @Test func aFailedDiffPrintsOnlyItsErrorLine() throws {
        let cli = try CLI()
        let out = try cli.run(["diff", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "/nonexistent/new.txt"])
        #expect(out.status == 2)
        #expect(out.stderr == "error: /nonexistent/new.txt: no such file; check the path\n")
    }

    @Test func standardInputGivenTwiceIsAUsageError() throws {
        let cli = try CLI()
        let seed = try Data(contentsOf: URL(fileURLWithPath: CLI.fixture("articles/poutine-biden-geneve/01.txt")))
        for arguments in [["diff", "-", "-"], ["record", "-", "-", "--id", "x", "--archive", cli.archive]] {
            let out = try cli.run(arguments, stdin: seed)
            #expect(out.status == 64, "\(arguments)")
            #expect(out.stderr.contains("`-` (standard input) can be given only once"), "\(out.stderr)")
        }
    }
}

@Suite struct OutputFailureTests {
    /// Output to a full disk is an error line and status 2, never a crash or a silent 0.
    @Test(arguments: [["diff", "OLD", "NEW", "--timezone", "UTC"], ["list"], ["log", "--id", "a"]])
    func aFullDiskIsAnError(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "UTC"])
        try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--id", "a", "--archive", cli.archive])
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments.map {
            $0 == "OLD" ? CLI.fixture("articles/poutine-biden-geneve/01.txt") : $0 == "NEW" ? CLI.fixture("articles/poutine-biden-geneve/02.txt") : $0
        } + (arguments[0] == "diff" ? [] : ["--archive", cli.archive])
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "error: cannot write the output (No space left on device); check the disk or the file it goes to\n")
    }
}

@Suite struct TimeOptionTests {
    @Test(arguments: [
        ["record", "FILE", "--id", "a", "--captured", "2021-02-30T10:00:00Z"],
        ["record", "FILE", "--id", "a", "--captured", "2021-06-16T25:00:00+02:00"],
        ["audit", "--since", "2021-06-31"],
        ["audit", "--since", "2021-06-17T19:10:00+99:00"],
    ])
    func daysTimesAndOffsetsThatDoNotExistAreRefused(arguments: [String]) throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "UTC"])
        let before = try cli.snapshot()
        let out = try cli.run(arguments.map { $0 == "FILE" ? CLI.fixture("articles/poutine-biden-geneve/01.txt") : $0 } + ["--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: --"))
        #expect(try cli.snapshot() == before)
    }

    @Test(arguments: ["2021-06-16T23:00Z", "2021-06-16T23:00+02:00"])
    func timesWithoutSecondsAreAccepted(time: String) throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "UTC"])
        let out = try cli.run(["audit", "--since", time, "--archive", cli.archive])
        #expect(out.status == 0, "\(out.stderr)")
    }
}

@Suite struct ImportAllOrNothingTests {
    @Test func aBadFileAnywhereInTheTreeWritesNothingAndIsNamedByItsPath() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "UTC"])
        let tree = cli.directory.appendingPathComponent("tree")
        for (article, fixture) in [("a", "articles/poutine-biden-geneve/01.txt"), ("b", "bad/impossible-date.txt"), ("c", "articles/poutine-biden-geneve/02.txt")] {
            let dir = tree.appendingPathComponent(article)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CLI.fixture(fixture), toPath: dir.appendingPathComponent("1.txt").path)
        }
        let before = try cli.snapshot()
        let out = try cli.run(["import", tree.path, "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: \(tree.path)/b/1.txt: the stamp \"31 juin 2021"))
        #expect(try cli.snapshot() == before)
    }
}
