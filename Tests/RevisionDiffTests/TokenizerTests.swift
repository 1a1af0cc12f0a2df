import Testing
@testable import RevisionDiff

@Suite struct TokenizerTests {
    private func tokens(_ text: String) -> [String] {
        let bounds = Tokenizer.boundaries(of: text)
        return zip(bounds, bounds.dropFirst()).map { String(text[$0..<$1]) }
    }

    @Test func elisionApostropheIsItsOwnToken() {
        #expect(tokens("l'État") == ["l", "'", "État"])
        #expect(tokens("l’État") == ["l", "’", "État"])
    }

    @Test func hyphensAreTheirOwnTokens() {
        #expect(tokens("a-t-il dit") == ["a", "-", "t", "-", "il", " ", "dit"])
    }

    @Test func lettersAndDigitsRunsAreNeverSplit() {
        #expect(tokens("élaborée 2021") == ["élaborée", " ", "2021"])
        #expect(tokens("16 ans,") == ["16", " ", "ans", ","])
    }

    /// Found by a fresh user: `1,[-200-]{+400+}` made editors read a figure in pieces.
    @Test func aFigureWithSeparatorsIsOneToken() {
        #expect(tokens("1,200 emplois") == ["1,200", " ", "emplois"])
        #expect(tokens("12,5 % à 17:04") == ["12,5", " ", "%", " ", "à", " ", "17:04"])
        #expect(tokens("3\u{202F}000 morts") == ["3\u{202F}000", " ", "morts"])
        #expect(tokens("en 2021. Puis 3.") == ["en", " ", "2021", ".", " ", "Puis", " ", "3", "."])
        #expect(tokens("3 000") == ["3", " ", "000"])
    }

    @Test func whitespaceRunsAreOneToken() {
        #expect(tokens("a \u{00A0}\tb\r\nc") == ["a", " \u{00A0}\t", "b", "\r\n", "c"])
    }

    @Test func everyPunctuationMarkIsAToken() {
        #expect(tokens("\"constructive\",") == ["\"", "constructive", "\"", ","])
        #expect(tokens("(...)") == ["(", "...", ")"])
        #expect(tokens("«oui»") == ["«", "oui", "»"])
    }

    @Test func cjkIsOneTokenPerCharacter() {
        #expect(tokens("测试A") == ["测", "试", "A"])
        #expect(tokens("ひらがなカタカナ") == ["ひ", "ら", "が", "な", "カ", "タ", "カ", "ナ"])
    }

    @Test func graphemeClustersAreNeverCut() {
        // e + combining acute, a skin-toned emoji, a family ZWJ sequence, a flag.
        #expect(tokens("cafe\u{301} 👍🏽👨‍👩‍👧🇫🇷") == ["cafe\u{301}", " ", "👍🏽", "👨‍👩‍👧", "🇫🇷"])
        #expect(tokens("e\u{301}") == ["e\u{301}"])
    }

    @Test func emptyTextHasNoTokens() {
        #expect(tokens("").isEmpty)
    }
}
