import ArticleText

/// ``ArticleText/TextKey/key(_:)`` up to canonical equivalence, fast: the same whitespace,
/// apostrophe, quote and ellipsis classes, without the NFC pass, which Swift's `String`
/// equality and hashing already perform. Two texts get equal keys here exactly when their
/// `TextKey` keys are equal. A text that is ASCII with single inner spaces and no quote is its
/// own key, with no allocation.
enum ParagraphKey {
    static func key(_ text: String) -> String {
        if isOwnKey(text) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : TextKey.isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}":
                bytes.append(UInt8(ascii: "'"))
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}":
                bytes.append(UInt8(ascii: "\""))
            case "\u{2026}":
                bytes.append(contentsOf: [0x2E, 0x2E, 0x2E])
            default:
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isOwnKey(_ text: String) -> Bool {
        var previousSpace = true  // no leading space
        for byte in text.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || (0x09...0x0D).contains(byte) {
                return false
            }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }
}
