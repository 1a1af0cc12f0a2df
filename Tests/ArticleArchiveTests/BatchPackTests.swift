import ArticleArchive
import ArticleText
import Foundation
import Testing

/// `record(batch:)` writes a batch's objects as one pack file, never as loose objects, and
/// records exactly what single records would (same commit ids), reading tips from loose
/// objects and from earlier packs alike.
@Suite struct BatchPackTests {
    /// Three articles: `seine` v1, v2, v2 again (unchanged), v1; `loire` v1; `rhone` v2 then v1.
    func batch() -> [RevisionInput] {
        [inputV1(), inputV1(id: "loire"), inputV2(), inputV2(id: "rhone"), inputV2(), inputV1(), inputV1(id: "rhone")]
    }

    func summary(_ previous: PreviousRevision?) -> String {
        previous.map { "after \($0.canonicalText.utf8.count) bytes" } ?? "first"
    }

    /// Loose object files under `objects/xx/`.
    func looseObjects(_ gitDir: String) -> [String] {
        let objects = (gitDir as NSString).appendingPathComponent("objects")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? []
        return names.filter { $0.count == 2 }.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: (objects as NSString).appendingPathComponent(directory))) ?? [])
                .map { directory + $0 }
        }
    }

    func packFiles(_ gitDir: String) -> [String] {
        let pack = (gitDir as NSString).appendingPathComponent("objects/pack")
        return ((try? FileManager.default.contentsOfDirectory(atPath: pack)) ?? []).sorted()
    }

    /// Two imports of one tree at once: B looks at the archive (nothing yet), A records every
    /// file, then B writes. B's tip is A's by then, so no ref races; told what it saw, B finds
    /// its files in the chain and records nothing twice.
    @Test func aBatchAddsNothingTheChainGotSinceItsCallerLooked() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        let inputs = [inputV1(), inputV2(), inputV1(id: "loire")]
        let seen = try ["seine", "loire"].compactMap { try archive.recordedContent(id: $0)?.tip }
        #expect(seen.isEmpty)
        let first = try archive.record(batch: inputs) { summary($1) }

        let second = try archive.record(batch: inputs, seen: [:]) { summary($1) }
        #expect(second.map(\.status) == [.unchanged, .unchanged, .unchanged])
        #expect(second.map(\.revision) == [2, 2, 1])
        #expect(second.map(\.commit) == [first[1].commit, first[1].commit, first[2].commit])
        #expect(try archive.history(id: "seine").count == 2)
        #expect(try archive.history(id: "loire").count == 1)

        // A new file on top of what it saw is still recorded, after the files found held.
        var third = inputV1()
        third.sources = [SourceFile(name: "page-3.txt", bytes: Array("troisième".utf8))]
        let tips = try ["seine", "loire"].reduce(into: [String: String]()) { $0[$1] = try archive.recordedContent(id: $1)?.tip }
        let again = try archive.record(batch: [inputV2(), third], seen: tips) { summary($1) }
        #expect(again.map(\.status) == [.unchanged, .recorded])
        #expect(try archive.history(id: "seine").count == 3)
    }

    /// One writer (the default for a batch this small) and three: a pack per writer, and the
    /// same commits and summaries either way.
    @Test(arguments: [1, 3])
    func aBatchIsAPackPerWriterAndTheSameCommitsAsRecordsOneByOne(lanes: Int) throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let batched = try ArticleArchive.create(at: scratch.path("batched.git"), timeZone: nil)
        let single = try ArticleArchive.create(at: scratch.path("single.git"), timeZone: nil)
        let inputs = batch()

        let results = lanes == 1 ? try batched.record(batch: inputs) { summary($1) }
            : try batched.record(batch: inputs, lanes: lanes) { summary($1) }
        let expected = try inputs.map { input in try single.record(input) { summary($0) } }
        #expect(results == expected)
        #expect(results.map(\.status) == [.recorded, .recorded, .recorded, .recorded, .unchanged, .recorded, .recorded])
        // Each summary lands on its own input, whichever writer wrote it.
        let v1 = "after \(articleTextV1.utf8.count) bytes", v2 = "after \(articleTextV2.utf8.count) bytes"
        #expect(results.map(\.summary) == ["first", "first", v1, "first", nil, v2, v2])

        #expect(looseObjects(batched.path).isEmpty)
        let packs = packFiles(batched.path)
        #expect(packs.count == 2 * lanes && packs.allSatisfy { $0.hasPrefix("pack-") }, "\(packs)")
        #expect(Set(packs.map { ($0 as NSString).pathExtension }) == ["pack", "idx"])

        for id in ["loire", "rhone", "seine"] {
            let history = try batched.history(id: id)
            #expect(history == (try single.history(id: id)))
            for record in history {
                #expect(try batched.canonicalText(id: id, revision: record.revision)
                        == (try single.canonicalText(id: id, revision: record.revision)))
                #expect(try batched.sources(id: id, revision: record.revision)
                        == (try single.sources(id: id, revision: record.revision)))
            }
        }
        try #require(gitAvailable)
        let refs = try git(["--git-dir", batched.path, "for-each-ref"]).out
        #expect(refs == (try git(["--git-dir", single.path, "for-each-ref"]).out))
        let fsck = try git(["--git-dir", batched.path, "fsck", "--full", "--strict"])
        #expect(fsck.status == 0 && (fsck.out + fsck.err).split(separator: "\n").allSatisfy { $0.hasPrefix("notice:") },
                "\(fsck.out)\(fsck.err)")
    }

    /// Delta search was most of an import's time: batch packs store every object whole, set
    /// for the batch's own handle only, never in the archive's config file.
    @Test func batchPacksHoldNoDeltasAndLeaveTheConfigAlone() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        let config = try String(contentsOfFile: scratch.path("a.git/config"), encoding: .utf8)
        // v1 and v2 share most of their bytes: a packbuilder with deltas on stores one as a delta.
        _ = try archive.record(batch: [inputV1(), inputV2(), inputV1(id: "loire"), inputV2(id: "loire")]) { summary($1) }
        #expect(try String(contentsOfFile: scratch.path("a.git/config"), encoding: .utf8) == config)
        try #require(gitAvailable)
        let pack = try #require(packFiles(archive.path).first { $0.hasSuffix(".idx") })
        let listing = try git(["verify-pack", "-v", scratch.path("a.git/objects/pack/\(pack)")])
        #expect(listing.status == 0)
        #expect(listing.out.contains("non delta: "), "\(listing.out)")
        #expect(!listing.out.contains("chain length"), "\(listing.out)")
    }

    @Test func aBatchBuildsOnLooseAndPackedTips() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let batched = try ArticleArchive.create(at: scratch.path("batched.git"), timeZone: nil)
        let single = try ArticleArchive.create(at: scratch.path("single.git"), timeZone: nil)
        // A loose tip (single record), then a batch on it, then a batch on the packed tip.
        let steps: [[RevisionInput]] = [[inputV1()], [inputV2(), inputV1(id: "loire")], [inputV1(), inputV2(id: "loire")]]
        _ = try batched.record(inputV1()) { summary($0) }
        let loose = looseObjects(batched.path)
        #expect(loose.count == 7)  // a commit, two trees, article.txt, meta.json and two sources
        for step in steps.dropFirst() { _ = try batched.record(batch: step) { summary($1) } }
        for step in steps { for input in step { _ = try single.record(input) { summary($0) } } }

        #expect(looseObjects(batched.path).sorted() == loose.sorted())
        #expect(packFiles(batched.path).filter { $0.hasSuffix(".pack") }.count == 2)
        for id in ["loire", "seine"] {
            #expect(try batched.history(id: id) == (try single.history(id: id)))
        }
        #expect(try batched.history(id: "seine").map(\.revision) == [1, 2, 3])
    }

    @Test func aBatchWithNothingNewWritesNoPack() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let archive = try ArticleArchive.create(at: scratch.path("a.git"), timeZone: nil)
        _ = try archive.record(inputV1()) { summary($0) }
        let before = snapshot(archive.path)
        let results = try archive.record(batch: [inputV1()]) { summary($1) }
        #expect(results.map(\.status) == [.unchanged])
        #expect(snapshot(archive.path) == before)
    }
}
