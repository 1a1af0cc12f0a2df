import ArticleText

/// Counts words the way the large-deletion rule does: a word is a maximal run of letters,
/// marks and digits (Unicode general categories L*, M*, N*); each CJK ideograph, kana or
/// hangul syllable counts as a word of its own, as the diff tokenizes them (design §4).
enum WordCount {
    static func words<S: StringProtocol>(in text: S) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(words(inUTF8:)) { return count }
        var copy = String(text)
        return copy.withUTF8(words(inUTF8:))
    }

    /// The count for valid UTF-8 `bytes`.
    static func words(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        latinWordScalars.withUnsafeBufferPointer { latin in
            var count = 0
            var inWord: UInt8 = 0  // 1 inside a word
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let isWord: UInt8
                if lead < 0x80 {
                    isWord = latin[Int(lead)]
                    index += 1
                } else {
                    let (value, width) = UTF8Scalars.decode(bytes, at: index)
                    index += width
                    if value < UInt32(latin.count) {
                        isWord = latin[Int(value)]
                    } else {
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        if isSingleCharacterWord(scalar) {
                            count += 1
                            inWord = 0
                            continue
                        }
                        isWord = isWordScalar(scalar) ? 1 : 0
                    }
                }
                // Without a branch: word boundaries are too frequent to predict.
                count &+= Int(isWord & (inWord ^ 1))
                inWord = isWord
            }
            return count
        }
    }

    /// 1 for every scalar below U+0300 (ASCII, Latin-1, Latin Extended) that is a word scalar
    /// (``isWordScalar(_:)``), else 0: news text is mostly these, and a table is cheaper than
    /// Unicode properties.
    private static let latinWordScalars: [UInt8] = (0..<0x300).map { isWordScalar(Unicode.Scalar(UInt32($0))!) ? 1 : 0 }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isSingleCharacterWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
