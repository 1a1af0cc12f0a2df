import ArticleArchive
import ArticleText
import Foundation
import Testing

@Suite struct RecordTests {
    @Test func firstRevisionStoresTheThreePathsAndMeta() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        var seenPrevious: [String?] = []
        let result = try archive.record(inputV1()) { previous in
            seenPrevious.append(previous?.canonicalText)
            return "first capture"
        }
        #expect(result.id == "seine")
        #expect(result.status == .recorded)
        #expect(result.revision == 1)
        #expect(result.commit.count == 40)
        #expect(seenPrevious == [nil])

        #expect(try archive.articleIDs() == ["seine"])
        #expect(try archive.canonicalText(id: "seine", revision: 1) == articleTextV1)
        // Sorted by name, bytes exactly as given (CRLF, NBSP, 0xFF and NUL kept).
        #expect(try archive.sources(id: "seine", revision: 1) == [inputV1().sources[1], inputV1().sources[0]])

        let history = try archive.history(id: "seine")
        #expect(history.count == 1)
        let meta = try #require(history.first?.meta)
        #expect(meta == RevisionMeta(
            id: "seine", url: "https://example.org/seine", headline: "Inondations : la Seine en crue",
            published: "2021-06-16T17:04:00+02:00", modified: nil, captured: "2021-06-16T15:30:00+00:00",
            revision: 1, digest: meta.digest, paragraphs: 2))
        #expect(history.first?.summary == "first capture")

        try #require(gitAvailable)
        let gitDir = scratch.path("a.git")
        #expect(try git(["--git-dir", gitDir, "ls-tree", "-r", "--name-only", result.commit]).out
                == "article.txt\nmeta.json\nsource/page.html\nsource/page.txt\n")
        #expect(try git(["--git-dir", gitDir, "show", "\(result.commit):article.txt"]).out == articleTextV1)
        // The digest is the blob id git computes for article.txt.
        let blob = try git(["--git-dir", gitDir, "rev-parse", "\(result.commit):article.txt"]).out
        #expect(meta.digest == "sha1:" + blob.trimmingCharacters(in: .newlines))
        #expect(try git(["--git-dir", gitDir, "show", "\(result.commit):meta.json"]).out == """
            {
              "captured": "2021-06-16T15:30:00+00:00",
              "digest": "\(meta.digest)",
              "headline": "Inondations : la Seine en crue",
              "id": "seine",
              "modified": null,
              "paragraphs": 2,
              "published": "2021-06-16T17:04:00+02:00",
              "revision": 1,
              "url": "https://example.org/seine"
            }

            """)
        #expect(try git(["--git-dir", gitDir, "log", "-1", "--format=%B%x00%an <%ae>", result.commit]).out == """
            Inondations : la Seine en crue

            first capture

            Published: 2021-06-16T17:04:00+02:00
            Captured: 2021-06-16T15:30:00+00:00
            Source: page.txt
            Source: page.html
            \u{0}Palimpsest <palimpsest@localhost>

            """)
        // git itself parses the trailers.
        #expect(try git(["--git-dir", gitDir, "log", "-1", "--format=%(trailers:key=Source,valueonly)", result.commit]).out
                == "page.txt\npage.html\n\n")
    }

    @Test func identicalCaptureIsUnchangedAndWritesNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        let first = try archive.record(inputV1()) { _ in "first" }
        let before = snapshot(path)

        // Same text and stamps; a later capture time and different source bytes do not matter.
        var again = inputV1()
        again.captured = stamp("2021-06-18T09:00:00+02:00")
        again.sources = [SourceFile(name: "other.html", bytes: Array("<html>".utf8))]
        var summarized = false
        let second = try archive.record(again) { _ in summarized = true; return "never" }
        #expect(second == RecordResult(id: "seine", status: .unchanged, revision: 1, commit: first.commit))
        #expect(!summarized)
        #expect(snapshot(path) == before)
        #expect(try archive.history(id: "seine").count == 1)
    }

    @Test func stampOnlyChangeIsRecorded() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        _ = try archive.record(inputV1()) { _ in "first" }
        var restamped = inputV1()
        restamped.modified = stamp("2021-06-16T18:00:00+02:00")
        let result = try archive.record(restamped) { _ in "stamps only" }
        #expect(result.status == .recorded)
        #expect(result.revision == 2)
    }

    @Test func changedTextBecomesRevisionTwoOnTopOfOne() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        let first = try archive.record(inputV1()) { _ in "first" }
        var previous: String??
        let second = try archive.record(inputV2()) { text in
            previous = text?.canonicalText
            return "2 paragraphs changed\nsecond line"
        }
        #expect(previous == .some(articleTextV1))
        #expect(second.status == .recorded)
        #expect(second.revision == 2)
        #expect(second.commit != first.commit)
        #expect(try archive.canonicalText(id: "seine", revision: 2) == articleTextV2)
        #expect(try archive.canonicalText(id: "seine", revision: 1) == articleTextV1)
        #expect(try archive.sources(id: "seine", revision: 2) == inputV2().sources)

        let history = try archive.history(id: "seine")
        #expect(history.map(\.revision) == [1, 2])
        #expect(history.map(\.commit) == [first.commit, second.commit])
        #expect(history[1].meta.revision == 2)
        #expect(history[1].summary == "2 paragraphs changed second line")

        try #require(gitAvailable)
        let parent = try git(["--git-dir", path, "rev-parse", "\(second.commit)^"]).out
        #expect(parent == first.commit + "\n")
        #expect(try git(["--git-dir", path, "rev-list", "--count", "refs/articles/seine"]).out == "2\n")
    }

    @Test func historyIsOldestFirstWithDatesAndOnlyThatArticle() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        var commits: [String] = []
        for n in 1...4 {
            var input = inputV1(id: "story")
            input.canonicalText = "Headline\n\nParagraph number \(n).\n"
            input.captured = stamp("2021-06-1\(n)T10:00:00+02:00")
            commits.append(try archive.record(input) { _ in "edit \(n)" }.commit)
            _ = try archive.record(inputV1(id: "other-\(n)")) { _ in "other" }
        }
        let history = try archive.history(id: "story")
        #expect(history.map(\.revision) == [1, 2, 3, 4])
        #expect(history.map(\.commit) == commits)
        #expect(history.map(\.meta.revision) == [1, 2, 3, 4])
        #expect(history.map(\.summary) == ["edit 1", "edit 2", "edit 3", "edit 4"])
        #expect(history[2].committerTime == stamp("2021-06-13T10:00:00+02:00"))
        #expect(history[2].committerTime.utcOffsetSeconds == 7200)
        #expect(history[2].authorTime == stamp("2021-06-16T17:04:00+02:00"))
        #expect(try archive.articleIDs() == ["other-1", "other-2", "other-3", "other-4", "story"])
    }

    @Test func readingUnknownArticlesAndRevisionsFailsClearly() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        _ = try archive.record(inputV1()) { _ in "first" }
        #expect(throws: ArchiveError.unknownArticle(id: "nope", path: path)) { try archive.history(id: "nope") }
        #expect(throws: ArchiveError.unknownRevision(id: "seine", revision: 2, latest: 1)) {
            try archive.canonicalText(id: "seine", revision: 2)
        }
        #expect(throws: ArchiveError.unknownRevision(id: "seine", revision: 0, latest: 1)) {
            try archive.sources(id: "seine", revision: 0)
        }
        #expect(ArchiveError.unknownRevision(id: "seine", revision: 2, latest: 1).description
                == "article 'seine' has revisions 1…1, not 2: pick one of those")
    }

    @Test func failingRecordsLeaveTheArchiveByteIdentical() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        _ = try archive.record(inputV1()) { _ in "first" }
        let before = snapshot(path)

        for badID in ["", "a/b", "a..b", "x.lock", ".hidden", "sp ace", "t~1", "q?", "c:d", "a@{1}", "back\\slash"] {
            do {
                _ = try archive.record(inputV2(id: badID)) { _ in "never" }
                Issue.record("recorded id '\(badID)'")
            } catch {
                guard case .invalidArticleID(badID, _) = error else { Issue.record("\(badID): \(error)"); continue }
                #expect(error.description.contains("invalid article id '\(badID)'"))
            }
        }
        var noFinalLF = inputV2(); noFinalLF.canonicalText = "Headline\n\nText."
        var crlf = inputV2(); crlf.canonicalText = "Headline\r\n\r\nText.\r\n"
        var negative = inputV2(); negative.paragraphCount = -1
        var slashSource = inputV2(); slashSource.sources = [SourceFile(name: "a/b.html", bytes: [1])]
        var dotGit = inputV2(); dotGit.sources = [SourceFile(name: ".GIT", bytes: [1])]
        var twice = inputV2(); twice.sources = [SourceFile(name: "p", bytes: [1]), SourceFile(name: "p", bytes: [2])]
        for bad in [noFinalLF, crlf, negative, slashSource, dotGit, twice] {
            do {
                _ = try archive.record(bad) { _ in "never" }
                Issue.record("recorded an invalid input")
            } catch {
                guard case .invalidInput(id: "seine", _) = error else { Issue.record("\(error)"); continue }
            }
        }
        #expect(snapshot(path) == before)
        #expect(try archive.history(id: "seine").count == 1)
    }

    @Test func authorDateFallsBackToCaptureTime() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        var input = inputV1()
        input.published = nil
        input.captured = stamp("2021-06-16T09:15:30-04:00")
        _ = try archive.record(input) { _ in "first" }
        let record = try #require(try archive.history(id: "seine").first)
        #expect(record.authorTime == input.captured)
        #expect(record.authorTime.utcOffsetSeconds == -4 * 3600)
        #expect(record.meta.published == nil)
    }
}
