import ArticleArchive
import ArticleText
import Foundation
import Testing

/// The size limit (``ArticleDecoder/byteLimit``, 20 MB by default) applies to the whole record
/// path: an input one byte over is refused, naming itself and the limit, and nothing is written.
@Suite struct InputLimitTests {
    static let text = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nUn paragraphe.\n"

    func recorder(_ scratch: Scratch, limit: Int) throws -> ArticleRecorder {
        var recorder = try ArticleRecorder(archive: ArticleArchive.create(at: scratch.path("a.git"), timeZone: "Europe/Paris"), timeZone: nil)
        recorder.decoder.byteLimit = limit
        return recorder
    }

    @Test func anInputOverTheLimitIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let bytes = Array(Self.text.utf8)
        let recorder = try recorder(scratch, limit: bytes.count - 1)
        let before = snapshot(scratch.path("a.git"))
        #expect(throws: ArchiveError.article(.tooLarge(input: "big.txt", bytes: bytes.count, limit: bytes.count - 1))) {
            _ = try recorder.record(bytes: bytes, sourceName: "big.txt", id: "a", url: nil, captured: Date())
        }
        #expect(ArchiveError.article(.tooLarge(input: "big.txt", bytes: 60, limit: 59)).description
                == "big.txt: 60 bytes is over the 59-byte limit for one article; check that this is an article")
        #expect(snapshot(scratch.path("a.git")) == before)
    }

    @Test func anInputAtTheLimitIsRecorded() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let bytes = Array(Self.text.utf8)
        let recorder = try recorder(scratch, limit: bytes.count)
        let outcome = try recorder.record(bytes: bytes, sourceName: "ok.txt", id: "a", url: nil, captured: Date())
        #expect(outcome.result.status == .recorded)
    }

    @Test func aBatchWithOneInputOverTheLimitWritesNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let small = Array(Self.text.utf8), big = Array((Self.text + "Un autre paragraphe, trop long.\n").utf8)
        let recorder = try recorder(scratch, limit: small.count)
        let before = snapshot(scratch.path("a.git"))
        #expect(throws: ArchiveError.article(.tooLarge(input: "2.txt", bytes: big.count, limit: small.count))) {
            _ = try recorder.record(batch: [.init(bytes: small, sourceName: "1.txt", id: "a"),
                                            .init(bytes: big, sourceName: "2.txt", id: "b")], captured: Date())
        }
        #expect(snapshot(scratch.path("a.git")) == before)
    }
}
