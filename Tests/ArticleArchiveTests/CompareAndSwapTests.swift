import ArticleArchive
import Foundation
import Testing

/// Deterministic races: `summarize` runs after the tip is read and before the ref moves, so a
/// second archive instance recording from inside it plays the other process.
@Suite struct CompareAndSwapTests {
    @Test func aWriterThatLosesTheRaceRebuildsOnTheNewTip() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let mine = try ArticleArchive.create(at: path, timeZone: nil)
        let other = try ArticleArchive(at: path)
        let first = try mine.record(inputV1()) { _ in "first" }

        var theirs = inputV1()
        theirs.canonicalText = "Their edit\n"
        var previousTexts: [String?] = []
        var interloper: RecordResult?
        let result = try mine.record(inputV2()) { previous in
            previousTexts.append(previous?.canonicalText)
            if interloper == nil { interloper = try? other.record(theirs) { _ in "theirs" } }
            return "mine"
        }
        #expect(interloper?.revision == 2)
        #expect(previousTexts == [articleTextV1, "Their edit\n"])
        #expect(result.status == .recorded)
        #expect(result.revision == 3)
        let history = try mine.history(id: "seine")
        #expect(history.map(\.commit) == [first.commit, interloper?.commit, result.commit].compactMap { $0 })
        #expect(history.map(\.meta.revision) == [1, 2, 3])
    }

    @Test func racingCreatorsOfANewArticleBothLand() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let mine = try ArticleArchive.create(at: path, timeZone: nil)
        let other = try ArticleArchive(at: path)
        var interloper: RecordResult?
        var calls = 0
        let result = try mine.record(inputV2()) { previous in
            calls += 1
            if interloper == nil { interloper = try? other.record(inputV1()) { _ in "theirs" } }
            return previous == nil ? "created" : "appended"
        }
        #expect(calls == 2)
        #expect(interloper?.revision == 1)
        #expect(result.revision == 2)
        #expect(try mine.history(id: "seine").map(\.summary) == ["theirs", "appended"])
    }

    @Test func aRaceToTheSameTextEndsUnchanged() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let mine = try ArticleArchive.create(at: path, timeZone: nil)
        let other = try ArticleArchive(at: path)
        _ = try mine.record(inputV1()) { _ in "first" }
        var interloper: RecordResult?
        let result = try mine.record(inputV2()) { _ in
            if interloper == nil { interloper = try? other.record(inputV2()) { _ in "theirs" } }
            return "mine"
        }
        #expect(result == RecordResult(id: "seine", status: .unchanged, revision: 2, commit: interloper?.commit ?? "?"))
        #expect(try mine.history(id: "seine").count == 2)
    }
}
