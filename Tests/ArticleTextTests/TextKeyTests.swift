import Testing
import ArticleText

@Suite struct TextKeyTests {
    @Test func keyFoldsWhitespaceQuotesApostrophesAndEllipses() {
        #expect(TextKey.key("  l’État  dit\u{00A0}: « oui »…\u{00A0}") == "l'État dit : \" oui \"...")
        #expect(TextKey.key("l'État dit : \"oui\"...") == "l'État dit : \"oui\"...")
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
    ])
    func changeClassOfAPair(old: String, new: String, expected: ChangeClass) {
        #expect(TextKey.changeClass(old, new) == expected)
    }

    @Test func nfcAndNfdAreTheSameText() {
        #expect(TextKey.changeClass("Publi\u{00E9}", "Publie\u{0301}") == nil)
    }
}
