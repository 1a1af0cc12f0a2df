/// Comparison keys for article text (design §2).
///
/// Texts keep their original characters; comparisons use a key in which differences a reader
/// would call typographic vanish:
/// - NFC (Unicode Standard Annex #15), which Swift's `String` comparison already honours;
/// - every run of whitespace (space, tab, line breaks, U+00A0, U+202F, U+2009 and the other
///   Unicode `White_Space` characters) as one space between two letters or digits, and as
///   nothing next to punctuation or a symbol: French typesetting puts a (no-break) space
///   before `; : ! ? %` and inside guillemets, English none (Lexique des règles typographiques
///   en usage à l'Imprimerie nationale), so `5 %` → `5%`, `quoi ?` → `quoi?` and `"oui"` →
///   `« oui »` are typographic changes, while `le chat` → `lechat` is not;
/// - `'` `’` `‘` `‚` `‛` `ʼ` `′` as one apostrophe class; `"` `“` `”` `„` `‟` `«` `»` `″` as
///   one double-quote class; `…` as `...`;
/// - the invisible zero-width space (U+200B), word joiner (U+2060) and soft hyphen (U+00AD)
///   as nothing.
public enum TextKey {
    /// The comparison key of `text`. Equal keys mean "the same words and punctuation".
    public static func key<S: StringProtocol>(_ text: S) -> String {
        var nfc = UnicodeNormalization.nfc(String(text))
        var out: [UInt8] = []
        nfc.withUTF8 { _ = appendKey(ofUTF8: $0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the key of the NFC UTF-8 text `bytes` to `out`: the bytes of ``key(_:)``, at
    /// memory speed (only the lead bytes 0xC2, 0xCA, 0xE1, 0xE2 and 0xE3 can start a
    /// non-ASCII whitespace, quote or ellipsis, so other scalars are copied undecoded).
    ///
    /// - Parameter limit: stop once more than this many bytes were appended (a caller that only
    ///   compares with a key of known length need not map the rest).
    /// - Returns: the number of non-whitespace scalars of `bytes` (the text's weight).
    @discardableResult
    public static func appendKey(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], limit: Int = .max) -> Int {
        let start = out.count
        let stop = limit > Int.max - start ? Int.max : start + limit
        out.reserveCapacity(start + min(bytes.count, limit))
        var pendingSpace = false
        // Whether the last character put in the key is a letter or digit.
        var lastIsWord = false
        var weight = 0
        var index = 0
        let count = bytes.count
        while index < count, out.count <= stop {
            // Copy a run of bytes the key keeps as they are in one go, counting its scalars (lead
            // bytes; the run's single spaces are not counted) as it is scanned.
            var run = index
            var runWeight = 0
            while run < count {
                let byte = bytes[run]
                if isPlain(byte) {
                    runWeight &+= byte & 0xC0 != 0x80 ? 1 : 0
                } else if !(byte == 0x20 && run > index && run + 1 < count && isPlain(bytes[run + 1])
                            && isWordByte(bytes[run - 1]) && isWordByte(bytes[run + 1])) {
                    break
                }
                run += 1
            }
            if run > index {
                if pendingSpace, lastIsWord, isWordByte(bytes[index]) { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<run]))
                lastIsWord = isWordByte(bytes[run - 1])
                weight += runWeight
                index = run
                continue
            }
            let byte = bytes[index]
            var mapped: UInt8 = byte
            var width = 1
            if byte < 0x80 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = out.count > start
                    index += 1
                    continue
                }
            } else if byte < 0xC0 {
                // A continuation byte of a scalar copied whole below; never reached on valid UTF-8.
                index += 1
                continue
            } else {
                let decoded = UTF8Scalars.decode(bytes, at: index)
                width = decoded.width
                mapped = 0
                switch byte {
                case 0xC2, 0xCA, 0xE1, 0xE2, 0xE3:
                    let value = decoded.value
                    if isWhitespace(Unicode.Scalar(value)!) {
                        pendingSpace = out.count > start
                        index += width
                        continue
                    }
                    if isIgnorable(value) {
                        index += width
                        continue
                    }
                    switch value {
                    case 0x2019, 0x2018, 0x201A, 0x201B, 0x02BC, 0x2032: mapped = 0x27
                    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: mapped = 0x22
                    case 0x2026: mapped = 0x2E
                    default: break
                    }
                default: break
                }
            }
            // Quotes, `…` and the bytes below 0x80 that reach here (quotes, controls) are not
            // letters; other scalars are classed by their lead byte.
            let isWord = byte >= 0x80 && mapped == 0 && startsWord(bytes, at: index)
            if pendingSpace, lastIsWord, isWord { out.append(0x20) }
            pendingSpace = false
            lastIsWord = isWord
            weight += 1
            if mapped == 0 {
                for offset in 0..<width { out.append(bytes[index + offset]) }
            } else if mapped == 0x2E && width == 3 {
                out.append(0x2E)
                out.append(0x2E)
                out.append(0x2E)
            } else {
                out.append(mapped)
            }
            index += width
        }
        return weight
    }

    /// Whether `byte`, in a run of plain bytes, belongs to a letter or digit: an ASCII one, or
    /// any non-ASCII scalar a run copies (the punctuation and symbol blocks start with a lead
    /// byte that is not plain).
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || UTF8Scalars.isASCIIAlphanumeric(byte)
    }

    /// Whether the non-ASCII scalar at `index` of `bytes` is taken for a letter or digit: not
    /// U+0080–U+00BF (Latin-1 punctuation and symbols, lead byte C2), U+2000–U+2FFF (general
    /// punctuation, currency, arrows, mathematical and other symbols, lead byte E2), nor
    /// U+3000–U+303F (CJK punctuation, E3 80).
    @inline(__always)
    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2, 0xE2: return false
        case 0xE3: return !(index + 1 < bytes.count && bytes[index + 1] == 0x80)
        default: return true
        }
    }

    /// Bytes the key copies unchanged whatever surrounds them: printable ASCII but quotes, and
    /// non-ASCII bytes except the lead bytes of whitespace, quotes and `…`.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        if byte < 0x80 { return byte > 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27 }
        return byte != 0xC2 && byte != 0xCA && byte != 0xE1 && byte != 0xE2 && byte != 0xE3
    }

    /// `text` with each run of whitespace reduced to one character and both ends trimmed.
    ///
    /// A run keeps its typographic space (U+00A0, U+202F, U+2009) if it has one, so that
    /// "space → no-break space" survives here and is told apart as `typography`, while doubled
    /// or trailing spaces vanish and are told apart as `whitespace`.
    public static func whitespaceFolded<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var run: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if run == nil || run == " " {
                    run = isTypographicSpace(scalar) ? scalar : " "
                }
                continue
            }
            if let pending = run, !out.isEmpty { append(pending, to: &out) }
            run = nil
            append(scalar, to: &out)
        }
        return UnicodeNormalization.nfc(String(decoding: out, as: UTF8.self))
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// How two texts differ: nil when they are identical character for character.
    public static func changeClass<S: StringProtocol, T: StringProtocol>(_ old: S, _ new: T) -> ChangeClass? {
        // Swift's `==` is canonical equivalence: NFC and NFD spellings are the same text.
        if String(old) == String(new) { return nil }
        if whitespaceFolded(old) == whitespaceFolded(new) { return .whitespace }
        if key(old) == key(new) { return .typography }
        return .substantive
    }

    /// True for the Unicode `White_Space` scalars (tab, LF, CR, space, U+00A0, U+2000–U+200A,
    /// U+202F, U+205F, U+3000, …).
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        // Answer the common scalars without the Unicode property table lookup (hot path).
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value == 0xA0 || value == 0x202F || value == 0x2009 { return true }
        if value < 0x1680 { return value == 0x85 }
        return scalar.properties.isWhitespace
    }

    /// No-break, narrow no-break, thin and figure spaces: spaces a typesetter chooses.
    public static func isTypographicSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\u{2007}"
    }

    /// Zero-width space (U+200B), word joiner (U+2060) and soft hyphen (U+00AD): invisible,
    /// nothing in a key.
    @inline(__always)
    public static func isIgnorable(_ value: UInt32) -> Bool {
        value == 0x200B || value == 0x2060 || value == 0x00AD
    }
}

/// What kind of difference separates two texts (design §4).
public enum ChangeClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only the amount or place of ordinary whitespace differs (doubled, trailing spaces, tabs).
    case whitespace
    /// The keys are equal: only quotes, apostrophes, ellipses, no-break spaces or Unicode form differ.
    case typography
    /// Words or punctuation differ.
    case substantive
}
