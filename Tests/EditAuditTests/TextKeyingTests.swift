@testable import EditAudit
import Foundation
import Testing

/// Word counts read from bytes, and revision texts keyed by their NFC bytes, agree with the
/// `Unicode.Scalar` and `String` versions they replaced.
@Suite struct TextKeyingTests {
    /// The count `WordCount` made scalar by scalar before it read bytes.
    static func scalarWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if WordCount.isSingleCharacterWord(scalar) {
                count += 1
                inWord = false
            } else if WordCount.isWordScalar(scalar) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

    @Test("every scalar below U+0300 counts as it did")
    func latinTable() {
        for value in 0..<0x300 {
            let text = "a " + String(Unicode.Scalar(UInt32(value))!) + "b"
            #expect(WordCount.words(in: text) == Self.scalarWords(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test("word counts from bytes equal counts from scalars, for strings and substrings")
    func bytesMatchScalars() {
        let pieces = ["a", "Z", "9", " ", "-", "’", "é", "e\u{301}", "×", "÷", "ª", "²", "µ", "Ω", "ǅ", "\u{2160}",
                      "漢", "か", "한", "\u{1F600}", "\u{20000}", "\n\n", "\u{00A0}"]
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5000 {
            let text = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(WordCount.words(in: text) == Self.scalarWords(text), "\(Array(text.unicodeScalars))")
            let cut = text.dropFirst(min(2, text.count))
            #expect(WordCount.words(in: cut) == Self.scalarWords(String(cut)))
        }
    }

    @Test("revision texts are one key when canonically equivalent, as Strings are")
    func bodyTextEquivalence() {
        let pairs = [("Été à Paris", "E\u{301}te\u{301} a\u{300} Paris"), ("\u{212A}elvin", "Kelvin"), ("plain", "plain")]
        for (a, b) in pairs {
            #expect(a == b)
            #expect(BodyText(a) == BodyText(b))
            #expect(BodyText(a).hashValue == BodyText(b).hashValue)
            let revisions: [BodyText: Int] = [BodyText(a): 1]
            #expect(revisions[BodyText(b)] == 1)
        }
        #expect(BodyText("Été") != BodyText("Ete"))
        #expect(BodyText("a\n\nb") != BodyText("a\n\nc"))
    }
}

@Suite struct LooseReferenceTests {
    /// How the auditor listed loose ref files before it read directories itself.
    static func enumeratedNames(_ root: String) -> Set<String> {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var names: Set<String> = []
        while let name = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = (root as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !name.hasSuffix(".lock") {
                names.insert(name)
            }
        }
        return names
    }

    @Test("loose ref files are listed as FileManager's enumerator listed them")
    func matchesEnumerator() throws {
        let files = FileManager.default
        let archive = files.temporaryDirectory.appendingPathComponent("palimpsest-loose-refs-\(UUID().uuidString)")
        defer { try? files.removeItem(at: archive) }
        let root = archive.appendingPathComponent("refs/articles")
        let outside = archive.appendingPathComponent("elsewhere")
        try files.createDirectory(at: root.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
        try files.createDirectory(at: outside, withIntermediateDirectories: true)
        for name in ["a", "b.lock", ".hidden", "nested/c", "nested/deeper/d", "nested/e.lock", "ä 漢"] {
            try Data("0123\n".utf8).write(to: root.appendingPathComponent(name))
        }
        try Data("x".utf8).write(to: outside.appendingPathComponent("f"))
        try files.createSymbolicLink(atPath: root.appendingPathComponent("to-file").path, withDestinationPath: root.appendingPathComponent("a").path)
        try files.createSymbolicLink(atPath: root.appendingPathComponent("to-dir").path, withDestinationPath: outside.path)
        try files.createSymbolicLink(atPath: root.appendingPathComponent("broken").path, withDestinationPath: "/nonexistent/x")
        let expected = Self.enumeratedNames(root.path)
        #expect(expected.contains("nested/deeper/d"))
        #expect(Set(Auditor.looseReferenceNames(archivePath: archive.path)) == expected)
        #expect(Auditor.looseReferenceNames(archivePath: archive.appendingPathComponent("none").path).isEmpty)
    }
}
