import ArticleArchive
import Foundation
import Testing

@Suite struct RevisionMetaTests {
    let awkward = RevisionMeta(
        id: "x", url: nil, headline: "« Quote \" back\\slash »\nnew line\ttab\u{1}\u{7F} é 漢",
        published: nil, modified: "2021-06-16T20:04:00+02:00", captured: "2021-06-17T08:00:00+02:00",
        revision: 3, digest: "sha1:0123", paragraphs: 0)

    @Test func jsonTextRoundTripsThroughJSONDecoder() throws {
        let decoded = try JSONDecoder().decode(RevisionMeta.self, from: Data(awkward.jsonText.utf8))
        #expect(decoded == awkward)
        #expect(awkward.jsonText.contains(#""headline": "« Quote \" back\\slash »\nnew line\ttab\u0001"#))
        #expect(awkward.jsonText.contains(#""published": null,"#))
        #expect(awkward.jsonText.hasSuffix("\n}\n"))
    }

    @Test func codableWritesNullsRatherThanDroppingKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(awkward), as: UTF8.self)
        #expect(json.contains(#""published":null"#))
        #expect(json.contains(#""url":null"#))
        #expect(try JSONDecoder().decode(RevisionMeta.self, from: Data(json.utf8)) == awkward)
    }

    @Test func stampAccessorsParseTheISOStrings() {
        #expect(awkward.publishedStamp == nil)
        #expect(awkward.modifiedStamp == stamp("2021-06-16T20:04:00+02:00"))
        #expect(awkward.capturedStamp?.utcOffsetSeconds == 7200)
    }
}
