import Foundation
import Testing

/// Issue 2's end-to-end path: init, record the fixture chain, log, diff, through the binary.
@Suite struct RecordAndDiffTests {
    static let id = "poutine-biden-geneve"
    static func revision(_ n: Int) -> String { CLI.fixture("articles/poutine-biden-geneve/0\(n).txt") }

    /// An archive holding revisions 01…04 captured at fixed times.
    func recordedChain() throws -> CLI {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let captures = ["2021-06-16T17:10:00+02:00", "2021-06-16T20:15:00+02:00", "2021-06-16T23:30:00+02:00", "2021-06-17T09:00:00+02:00"]
        for (n, captured) in zip(1...4, captures) {
            let out = try cli.run(["record", Self.revision(n), "--id", Self.id, "--archive", cli.archive, "--captured", captured, "--format", "json"])
            try #require(out.status == 0, "\(out.stderr)")
            let json = try cli.json(out.stdout)
            #expect(json["status"] as? String == "recorded")
            #expect(json["revision"] as? Int == n)
        }
        return cli
    }

    @Test func recordingTheSameFileTwiceMakesOneCommit() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let first = try cli.run(["record", Self.revision(2), "--id", Self.id, "--archive", cli.archive, "--format", "json"])
        let second = try cli.run(["record", Self.revision(2), "--id", Self.id, "--archive", cli.archive, "--format", "json"])
        #expect(try cli.json(first.stdout)["status"] as? String == "recorded")
        let again = try cli.json(second.stdout)
        #expect(again["status"] as? String == "unchanged")
        #expect(again["revision"] as? Int == 1)
        #expect(again["commit"] as? String == (try cli.json(first.stdout)["commit"] as? String))
        #expect(try cli.git(["rev-list", "--count", "refs/articles/\(Self.id)"]).stdout == "1\n")
    }

    @Test func gitShowsClaimedAndCaptureTimesAndFsckIsClean() throws {
        let cli = try recordedChain()
        let log = try cli.git(["log", "--format=%ai %ci", "refs/articles/\(Self.id)"])
        #expect(log.stdout == """
            2021-06-16 23:15:00 +0200 2021-06-17 09:00:00 +0200
            2021-06-16 23:15:00 +0200 2021-06-16 23:30:00 +0200
            2021-06-16 20:04:00 +0200 2021-06-16 20:15:00 +0200
            2021-06-16 17:04:00 +0200 2021-06-16 17:10:00 +0200

            """)
        let fsck = try cli.git(["fsck", "--full", "--strict"])
        #expect(fsck.status == 0)
        // git notes that HEAD (main) has no commit: an archive only has refs/articles/*.
        #expect(fsck.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("notice:") })
        let tree = try cli.git(["ls-tree", "-r", "--name-only", "refs/articles/\(Self.id)"])
        #expect(tree.stdout == "article.txt\nmeta.json\nsource/04.txt\n")
        let source = try cli.git(["show", "refs/articles/\(Self.id):source/04.txt"])
        #expect(source.stdout == (try String(contentsOfFile: Self.revision(4), encoding: .utf8)))
    }

    @Test func logShowsStampsCaptureAndDeltas() throws {
        let cli = try recordedChain()
        let json = try cli.json(try cli.run(["log", "--id", Self.id, "--archive", cli.archive, "--format", "json"]).stdout)
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect(revisions.count == 4)
        #expect(revisions[1]["published"] as? String == "2021-06-16T17:04:00+02:00")
        #expect(revisions[1]["modified"] as? String == "2021-06-16T20:04:00+02:00")
        #expect(revisions[1]["captured"] as? String == "2021-06-16T20:15:00+02:00")
        #expect(revisions[1]["paragraphs"] as? Int == 9)
        #expect(revisions[1]["modified_minus_published_seconds"] as? Int == 10_800)
        #expect(revisions[1]["stamp_delta_seconds"] as? Int == 10_800)
        #expect(revisions[1]["capture_delay_seconds"] as? Int == 660)
        #expect(revisions[0]["modified"] is NSNull)
        let text = try cli.run(["log", "--id", Self.id, "--archive", cli.archive]).stdout
        #expect(text.contains("modified  2021-06-16T20:04:00+02:00  (+3 h after published)"))
        #expect(text.contains("stamps    +3 h 11 min since revision 2"))
    }

    @Test func diffToTheFirstRevisionAloneIsAnErrorNotASelfDiff() throws {
        let cli = try recordedChain()
        let out = try cli.run(["diff", "--id", Self.id, "--to", "1", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr == "error: revision 1 is the first revision of '\(Self.id)', nothing before it to compare; give --to 2 or later (latest: 4)\n")
    }

    @Test func correctionAgainstSeed() throws {
        let cli = try recordedChain()
        let out = try cli.run(["diff", "--id", Self.id, "--from", "2", "--to", "3", "--archive", cli.archive, "--format", "json"])
        #expect(out.status == 0)
        let diff = try cli.json(out.stdout)
        #expect(diff["schema"] as? String == "palimpsest.diff/1")
        let paragraphs = try #require(diff["paragraphs"] as? [[String: Any]])
        let deleted = paragraphs.filter { $0["op"] as? String == "delete" }
        #expect(deleted.count == 1)
        #expect(deleted.first?["old"] as? [Int] == [2])
        #expect(deleted.first?["duplicate_of"] as? Int == 1)
        let moves = paragraphs.filter { $0["op"] as? String == "move" }
        #expect(moves.count == 1)
        #expect(moves.first?["old"] as? [Int] == [7])
        let changes = paragraphs.filter { $0["op"] as? String == "change" }
        #expect(changes.count == 1)
        #expect(changes.first?["class"] as? String == "substantive")
        let inserted = (changes.first?["words"] as? [[String: String]] ?? []).filter { $0["op"] == "insert" }.map { $0["text"]! }.joined()
        #expect(inserted.contains("arrêté en 2010 au Liberia"))
        let timestamps = try #require(diff["timestamps"] as? [String: Any])
        #expect(timestamps["modified_delta_seconds"] as? Int == 11_460)
        #expect(timestamps["published_delta_seconds"] as? Int == 0)
        #expect(timestamps["stealth_edit"] as? Bool == false)
    }

    @Test func stealthEditIsReportedWithTheOneNumber() throws {
        let cli = try recordedChain()
        let diff = try cli.json(try cli.run(["diff", "--id", Self.id, "--archive", cli.archive, "--format", "json"]).stdout)
        let timestamps = try #require(diff["timestamps"] as? [String: Any])
        #expect(timestamps["stealth_edit"] as? Bool == true)
        #expect(timestamps["modified_delta_seconds"] as? Int == 0)
        let paragraphs = try #require(diff["paragraphs"] as? [[String: Any]])
        let changed = paragraphs.filter { $0["op"] as? String != "equal" }
        #expect(changed.count == 1)
        let edits = (changed.first?["words"] as? [[String: String]] ?? []).filter { $0["op"] != "equal" }
        #expect(edits == [["op": "delete", "text": "16"], ["op": "insert", "text": "15"]])
        let terminal = try cli.run(["diff", "--id", Self.id, "--archive", cli.archive])
        #expect(terminal.stdout.contains("stealth edit"))
        #expect(terminal.stdout.contains("[-16-]{+15+}"))
    }

    @Test func twoFilesDiffWithoutAnArchive() throws {
        let cli = try CLI()
        let out = try cli.run(["diff", Self.revision(1), Self.revision(2), "--format", "json", "--timezone", "Europe/Paris"])
        #expect(out.status == 0)
        let diff = try cli.json(out.stdout)
        let headline = try #require(diff["headline"] as? [String: Any])
        #expect(headline["changed"] as? Bool == true)
        #expect((headline["echo"] as? [String: [Int]])?["new"] == [0])
        let duplicates = try #require(diff["duplicates"] as? [String: [[String: Any]]])
        #expect(duplicates["new"]?.first?["paragraphs"] as? [Int] == [1, 2])
        #expect(duplicates["new"]?.first?["kind"] as? String == "normalized")
        let timestamps = try #require(diff["timestamps"] as? [String: Any])
        #expect((timestamps["new"] as? [String: Any])?["modified"] as? String == "2021-06-16T20:04:00+02:00")
        #expect(timestamps["modified_delta_seconds"] as? Int == 10_800)
    }

    @Test func wordDiffAndTerminalFormatsShowTheSameEdits() throws {
        let cli = try CLI()
        let wordDiff = try cli.run(["diff", Self.revision(3), Self.revision(4), "--format", "word-diff", "--timezone", "Europe/Paris"]).stdout
        #expect(wordDiff.contains("à [-16-]{+15+} ans de prison"))
        let colored = try cli.run(["diff", Self.revision(3), Self.revision(4), "--color", "always", "--timezone", "Europe/Paris"]).stdout
        #expect(colored.contains("\u{1B}[31;9m16\u{1B}[0m\u{1B}[32m15\u{1B}[0m"))
        let piped = try cli.run(["diff", Self.revision(3), Self.revision(4), "--timezone", "Europe/Paris"]).stdout
        #expect(!piped.contains("\u{1B}"))
    }
}

/// Issue 7 through the binary: saved pages and stdin.
@Suite struct RecordPageTests {
    @Test func aSavedPageFromStandardInputIsRecordedAsText() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let page = try Data(contentsOf: CLI.fixtures.appendingPathComponent("html/lemonde-like.html"))
        let out = try cli.run(["record", "-", "--url", "https://www.lemonde.fr/x", "--archive", cli.archive, "--format", "json"], stdin: page)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try cli.json(out.stdout)["id"] as? String == "lemonde.fr-x-2e3abb4c")
        let article = try cli.git(["show", "refs/articles/lemonde.fr-x-2e3abb4c:article.txt"]).stdout
        #expect(article.hasPrefix("À Genève, Joe Biden et Vladimir Poutine s’accordent sur un retour des ambassadeurs\n\n"))
        #expect(!article.contains("<"))
        #expect(try cli.git(["show", "refs/articles/lemonde.fr-x-2e3abb4c:source/stdin"]).stdout == String(decoding: page, as: UTF8.self))
    }

    @Test func theIdComesFromTheCanonicalURLWhenNoneIsGiven() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let out = try cli.run(["record", CLI.fixture("html/guardian-like.html"), "--archive", cli.archive, "--format", "json"])
        #expect(try cli.json(out.stdout)["id"] as? String == "theguardian.example-world-2021-jun-16-biden-putin-summit-geneva-bce75f81")
    }

    @Test func anInterstitialIsNotRecordedAndExitsThree() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "UTC"])
        let before = try cli.snapshot()
        for page in ["html/paywall-interstitial.html", "html/consent-interstitial.html"] {
            let out = try cli.run(["record", CLI.fixture(page), "--id", "x", "--archive", cli.archive])
            #expect(out.status == 3)
            #expect(out.stderr.hasPrefix("error: \(page.dropFirst(5)): the page is a "))
        }
        #expect(try cli.snapshot() == before)
    }

    @Test func visibleStampsThatDisagreeAreKeptInMeta() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        // The page says 9:30 am where its <time datetime> says 11:04-04:00: a real disagreement.
        let page = try String(contentsOf: CLI.fixtures.appendingPathComponent("html/time-only.html"), encoding: .utf8)
        let file = cli.directory.appendingPathComponent("time-only.html")
        try page.replacingOccurrences(of: "June 16, 2021 at 11:04 am", with: "June 16, 2021 at 9:30 am").write(to: file, atomically: true, encoding: .utf8)
        let out = try cli.run(["record", file.path, "--id", "t", "--archive", cli.archive])
        #expect(out.stderr.contains("warning: time-only.html: the page's metadata says published 2021-06-16T11:04:00-04:00"))
        let meta = try cli.json(try cli.git(["show", "refs/articles/t:meta.json"]).stdout)
        #expect(meta["published"] as? String == "2021-06-16T11:04:00-04:00")
        #expect(meta["visible_published"] as? String == "2021-06-16T09:30:00+02:00")
    }

    @Test func aZonelessVisibleTimeEqualToItsDatetimeIsNoMismatch() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let out = try cli.run(["record", CLI.fixture("html/time-only.html"), "--id", "t", "--archive", cli.archive])
        #expect(!out.stderr.contains("metadata says"))
        #expect(try cli.json(try cli.git(["show", "refs/articles/t:meta.json"]).stdout)["visible_published"] == nil)
    }
}

@Suite struct RecordStampTests {
    @Test func relativeStampsCountBackFromTheCaptureTime() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let file = cli.directory.appendingPathComponent("rel.txt")
        try "Titre\n\nPublié hier à 23h50 | Mis à jour il y a 2 heures\n\nUn paragraphe.\n".write(to: file, atomically: true, encoding: .utf8)
        let out = try cli.run(["record", file.path, "--id", "r", "--archive", cli.archive, "--captured", "2021-03-28T12:00:00+02:00"])
        #expect(out.status == 0, "\(out.stderr)")
        let log = try cli.json(try cli.run(["log", "--id", "r", "--archive", cli.archive, "--format", "json"]).stdout)
        let revision = try #require((log["revisions"] as? [[String: Any]])?.first)
        #expect(revision["published"] as? String == "2021-03-27T23:50:00+01:00")
        #expect(revision["modified"] as? String == "2021-03-28T10:00:00+02:00")
        // 23:50 CET to 10:00 CEST across the spring-forward night: 9 h 10 min.
        #expect(revision["modified_minus_published_seconds"] as? Int == 33_000)
    }

    @Test func aZoneNamedInTheTextWinsOverTheArchiveZone() throws {
        let cli = try CLI()
        let old = cli.directory.appendingPathComponent("old.txt"), new = cli.directory.appendingPathComponent("new.txt")
        try "Summit\n\nPublished June 16, 2021 at 5:04 p.m. ET\n\nText.\n".write(to: old, atomically: true, encoding: .utf8)
        try "Summit\n\nPublished June 16, 2021 at 5:04 p.m. ET | Updated 8:04 PM EDT, Wed June 16, 2021\n\nText, edited.\n".write(to: new, atomically: true, encoding: .utf8)
        let diff = try cli.json(try cli.run(["diff", old.path, new.path, "--format", "json", "--timezone", "Europe/Paris"]).stdout)
        let timestamps = try #require(diff["timestamps"] as? [String: Any])
        #expect((timestamps["old"] as? [String: Any])?["published"] as? String == "2021-06-16T17:04:00-04:00")
        #expect((timestamps["new"] as? [String: Any])?["modified"] as? String == "2021-06-16T20:04:00-04:00")
        #expect(timestamps["modified_delta_seconds"] as? Int == 10_800)
    }
}

@Suite struct PageSummaryTests {
    /// The commit summary compares the kept (metadata) stamps of both revisions, not the
    /// previous page's visible dateline with the new page's metadata.
    @Test func aTextOnlyEditOfAPageIsAStealthEditInTheSummary() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        // Visible "9:30 am" against <time datetime> 11:04-04:00, in both captures.
        let page = try String(contentsOf: CLI.fixtures.appendingPathComponent("html/time-only.html"), encoding: .utf8)
            .replacingOccurrences(of: "June 16, 2021 at 11:04 am", with: "June 16, 2021 at 9:30 am")
        let first = cli.directory.appendingPathComponent("first.html"), edited = cli.directory.appendingPathComponent("edited.html")
        try page.write(to: first, atomically: true, encoding: .utf8)
        try page.replacingOccurrences(of: "voted 5-2", with: "voted 6-1").write(to: edited, atomically: true, encoding: .utf8)
        try cli.run(["record", first.path, "--id", "t", "--archive", cli.archive])
        let out = try cli.run(["record", edited.path, "--id", "t", "--archive", cli.archive])
        #expect(out.stdout.hasSuffix(": 1 paragraph changed; modified unchanged (stealth edit)\n"), "\(out.stdout)")
    }
}
