import Testing
import ArticleText

@Suite struct TextKeyTests {
    @Test func keyFoldsWhitespaceQuotesApostrophesAndEllipses() {
        // Spaces next to punctuation are typesetting (French puts them before `:` and inside
        // guillemets, English does not); between two words they separate the words.
        #expect(TextKey.key("  l’État  dit\u{00A0}: « oui »…\u{00A0}") == "l'État dit:\"oui\"...")
        #expect(TextKey.key("l'État dit:\"oui\"...") == "l'État dit:\"oui\"...")
        #expect(TextKey.key("Le prix est de 5 %, soit 10 € .") == "Le prix est de 5%,soit 10€.")
    }

    @Test func keyIsNFC() {
        #expect(TextKey.key("e\u{0301}t\u{00E9}").unicodeScalars.count == 3)
    }

    @Test(arguments: [
        ("a b", "a  b", ChangeClass.whitespace),
        ("fin.", "fin.\u{00A0}", .whitespace),
        ("dit : oui", "dit\u{00A0}: oui", .typography),
        ("l'État", "l’État", .typography),
        ("\"oui\"", "“oui”", .typography),
        ("Attendez...", "Attendez…", .typography),
        ("16 ans", "15 ans", .substantive),
        // Found by a fresh user: these were substantive, and so stealth edits.
        ("Le prix est de 5 %.", "Le prix est de 5%.", .typography),
        ("Le mot ; la phrase : quoi ?", "Le mot; la phrase: quoi?", .typography),
        ("Elle est partie.", "Elle est\u{200B} partie.", .typography),
        ("porte-monnaie", "porte-mon\u{00AD}naie", .typography),
        ("le chat", "lechat", .substantive),
        ("3 000 morts", "3000 morts", .substantive),
    ])
    func changeClassOfAPair(old: String, new: String, expected: ChangeClass) {
        #expect(TextKey.changeClass(old, new) == expected)
    }

    @Test func nfcAndNfdAreTheSameText() {
        #expect(TextKey.changeClass("Publi\u{00E9}", "Publie\u{0301}") == nil)
    }
}

@Suite struct UnicodeNormalizationTests {
    @Test func composesDecomposedTextAndKeepsComposedText() {
        #expect(UnicodeNormalization.nfc("e\u{0301}").unicodeScalars.map(\.value) == [0xE9])
        #expect(UnicodeNormalization.nfc("l’été « oui »…").unicodeScalars.count == 14)
        // U+2126 OHM SIGN is not NFC: it becomes U+03A9 even among fast-path punctuation.
        #expect(UnicodeNormalization.nfc("5 \u{2126} – ok").unicodeScalars.map(\.value).contains(0x03A9))
        // U+2001 EM QUAD is not NFC either (it becomes U+2003).
        #expect(UnicodeNormalization.nfc("a\u{2001}b").unicodeScalars.map(\.value) == [0x61, 0x2003, 0x62])
    }

    /// The eight-bytes-at-a-time scan finds a scalar that may not be NFC at every offset, and
    /// passes the lead bytes just below it (U+02FF is 0xCB 0xBF).
    @Test func knownNFCSeesEveryOffset() {
        let base = String(repeating: "l’été à Genève, ", count: 3)
        for offset in 0...base.unicodeScalars.count {
            for (inserted, known) in [("\u{0301}", false), ("\u{2126}", false), ("\u{02FF}", true), ("\u{00FF}", true), ("東", true)] {
                var scalars = Array(base.unicodeScalars)
                scalars.insert(contentsOf: inserted.unicodeScalars, at: offset)
                var text = String(String.UnicodeScalarView(scalars))
                #expect(text.withUTF8 { UnicodeNormalization.isKnownNFC($0) } == known, "\(inserted) at \(offset)")
            }
        }
    }
}
