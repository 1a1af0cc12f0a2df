import ArticleArchive
import ArticleText
import Foundation
import Testing

/// The size limit (``ArticleDecoder/byteLimit``, 20 MB = 20 000 000 bytes by default): an input
/// one byte over is refused, naming itself and the limit, and nothing is written.
@Suite struct InputLimitTests {
    static let text = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nUn paragraphe.\n"

    @Test func aSmallerLimitRefusesOneByteOverAndAcceptsTheLimit() throws {
        let bytes = Array(Self.text.utf8)
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "Europe/Paris")!))
        #expect(throws: ArticleError.tooLarge(input: "a.txt", bytes: bytes.count, limit: bytes.count - 1)) {
            _ = try parser.parse(bytes, input: "a.txt", decoder: ArticleDecoder(byteLimit: bytes.count - 1))
        }
        #expect(try parser.parse(bytes, input: "a.txt", decoder: ArticleDecoder(byteLimit: bytes.count)).article.paragraphs == ["Un paragraphe."])
        #expect(ArticleError.tooLarge(input: "a.txt", bytes: 60, limit: 59).description
                == "a.txt: more than 59 bytes, the limit for one article; check that this is an article")
    }

    @Test func theRecorderRefusesAnInputOverTwentyMegabytesAndWritesNothing() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let recorder = try ArticleRecorder(archive: ArticleArchive.create(at: scratch.path("a.git"), timeZone: "Europe/Paris"), timeZone: nil)
        let bytes = Array(Self.text.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 20_000_001 - Self.text.utf8.count)
        let before = snapshot(scratch.path("a.git"))
        #expect(throws: ArchiveError.article(.tooLarge(input: "big.txt", bytes: 20_000_001, limit: 20_000_000))) {
            _ = try recorder.record(bytes: bytes, sourceName: "big.txt", id: "a", url: nil, captured: Date())
        }
        #expect(snapshot(scratch.path("a.git")) == before)
    }
}
