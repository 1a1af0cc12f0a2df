import Testing
@testable import ArticleText

@Suite struct ArticleDecoderTests {
    let decoder = ArticleDecoder()

    @Test func utf8PassesThroughAndDropsBOM() throws {
        let decoded = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Publié".utf8), input: "a.txt")
        #expect(decoded.text == "Publié")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func emptyAndWhitespaceOnlyAreRejected() {
        #expect(throws: ArticleError.empty(input: "e.txt")) { try decoder.decode([], input: "e.txt") }
        #expect(throws: ArticleError.empty(input: "e.txt")) { try decoder.decode(Array(" \n\t\r\n".utf8), input: "e.txt") }
    }

    @Test func binaryIsRejectedWithTheOffset() throws {
        let png = try Fixtures.bytes("bad/binary.png")
        #expect(throws: ArticleError.binary(input: "binary.png", offset: 8)) { try decoder.decode(png, input: "binary.png") }
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let decoded = try decoder.decode(try Fixtures.bytes("bad/windows-1252.txt"), input: "w.txt")
        #expect(decoded.text.hasPrefix("Poutine juge la rencontre « constructive »"))
        #expect(decoded.text.contains("Publié le 16 juin"))
        #expect(decoded.warnings == ["w.txt: not UTF-8 (byte 0xAB at offset 26); decoded as Windows-1252"])
    }

    @Test func utf8WithStrayBytesIsRefusedNotReadAsWindows1252() throws {
        // "café" in UTF-8, then two bytes that are not UTF-8: read as Windows-1252 it would be "cafÃ©".
        let bytes = Array("Titre café\n\nPara with bad ".utf8) + [0xFF, 0xFE] + Array(" bytes and é good.\n".utf8)
        #expect(throws: ArticleError.mixedEncoding(input: "m.txt", offset: 27, byte: 0xFF, sample: "é")) {
            try decoder.decode(bytes, input: "m.txt")
        }
        // A stray Windows-1252 curly quote (0x93) in otherwise UTF-8 text: the same.
        let quote = Array("L’État a dit ".utf8) + [0x93] + Array("oui".utf8) + [0x94] + Array("\n\nUn paragraphe.\n".utf8)
        #expect(throws: ArticleError.mixedEncoding(input: "q.txt", offset: 16, byte: 0x93, sample: "’")) {
            try decoder.decode(quote, input: "q.txt")
        }
    }

    @Test func unassignedWindows1252BytesAreRejected() throws {
        #expect(throws: ArticleError.undecodable(input: "u.txt", offset: 12)) {
            try decoder.decode(try Fixtures.bytes("bad/undecodable.txt"), input: "u.txt")
        }
    }

    @Test func doubleEncodedUTF8IsDetected() throws {
        #expect(throws: ArticleError.doubleEncoded(input: "d.txt", sample: "ncontre Â« const")) {
            try decoder.decode(try Fixtures.bytes("bad/double-encoded.txt"), input: "d.txt")
        }
    }

    @Test func inputOverTheLimitIsRejected() {
        let small = ArticleDecoder(byteLimit: 10)
        #expect(throws: ArticleError.tooLarge(input: "big.txt", bytes: 11, limit: 10)) {
            try small.decode(Array("Titre\n\nabcd".utf8), input: "big.txt")
        }
    }
}

@Suite struct StrayControlCharacterTests {
    @Test func aStrayEscapeIsTextAFileOfControlsIsBinary() throws {
        let decoder = ArticleDecoder()
        let text = "Titre\n\nUn \u{1B}[31m paragraphe assez long pour que deux octets de contrôle restent sous un pour cent du total, comme dans un vrai article récupéré sur le web, avec sa ponctuation et ses accents."
        #expect(try decoder.decode(Array(text.utf8), input: "s").text == text)
        let noisy: [UInt8] = Array("Titre\n\n".utf8) + [0x1B, 0x07, 0x1B, 0x07, 0x1B, 0x07] + Array("court".utf8)
        #expect(throws: ArticleError.binary(input: "n", offset: 7)) { try decoder.decode(noisy, input: "n") }
    }
}

@Suite struct UTF16Tests {
    @Test func utf16WithOrWithoutAMarkIsNamed() {
        let text = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\nTexte."
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bigNoMark: [UInt8] = text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, bigNoMark] {
            #expect(throws: ArticleError.utf16(input: "u")) { try ArticleDecoder().decode(bytes, input: "u") }
        }
    }
}
