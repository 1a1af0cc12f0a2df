/// Counts words the way the large-deletion rule does: a word is a maximal run of letters,
/// marks and digits (Unicode general categories L*, M*, N*); each CJK ideograph, kana or
/// hangul syllable counts as a word of its own, as the diff tokenizes them (design §4).
enum WordCount {
    static func words<S: StringProtocol>(in text: S) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isSingleCharacterWord(scalar) {
                count += 1
                inWord = false
            } else if isWordScalar(scalar) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

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
