import Foundation

/// Turns an input's bytes into text (design §2): UTF-8, or Windows-1252 decoded explicitly with
/// a warning; everything else is refused. Never produces silent mojibake.
public struct ArticleDecoder: Sendable {
    /// Inputs larger than this many bytes are refused (default 20 MB = 20 000 000 bytes).
    public var byteLimit: Int

    public init(byteLimit: Int = 20_000_000) {
        self.byteLimit = byteLimit
    }

    /// The decoded text and the warnings a user should see.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var warnings: [String]
    }

    /// Decodes `bytes`, naming the input as `input` in errors and warnings.
    ///
    /// - Throws: `ArticleError.empty` (no bytes, or only whitespace), `.utf16`, `.binary` (a NUL byte, or C0 control
    ///   bytes besides tab, LF, CR, FF: more than 4 and over 1 % of the input), `.tooLarge`, `.undecodable` (neither UTF-8 nor
    ///   Windows-1252), `.doubleEncoded` (UTF-8 that was decoded as Latin-1 and encoded again,
    ///   e.g. `PubliÃ©`).
    public func decode(_ bytes: [UInt8], input: String) throws(ArticleError) -> Decoded {
        if bytes.count > byteLimit { throw .tooLarge(input: input, bytes: bytes.count, limit: byteLimit) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty(input: input)
        }
        if Self.looksLikeUTF16(body) { throw .utf16(input: input) }
        if let offset = Self.binaryOffset(body) {
            throw .binary(input: input, offset: offset)
        }
        // Through a buffer pointer: on an ArraySlice, validation takes the stdlib's slow
        // element-by-element path.
        if let text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
            if let sample = Self.doubleEncodedSample(text) {
                throw .doubleEncoded(input: input, sample: sample)
            }
            return Decoded(text: text, warnings: [])
        }
        let invalidAt = Self.firstInvalidUTF8Offset(body) + (body.startIndex)
        // Valid UTF-8 beside the invalid bytes: a UTF-8 text with stray bytes, which a
        // Windows-1252 reading would turn into mojibake ("café" → "cafÃ©").
        if let sample = Self.utf8Sample(body) {
            throw .mixedEncoding(input: input, offset: invalidAt, byte: bytes[invalidAt], sample: sample)
        }
        guard let text = Self.windows1252(body) else {
            throw .undecodable(input: input, offset: invalidAt)
        }
        return Decoded(
            text: text,
            warnings: ["\(input): not UTF-8 (byte 0x\(String(bytes[invalidAt], radix: 16, uppercase: true)) at offset \(invalidAt)); decoded as Windows-1252"])
    }

    /// A UTF-16 byte order mark (FF FE or FE FF), or NUL in every other byte of the first 64
    /// (ASCII text in UTF-16 without a mark), as Windows tools save "Unicode" text.
    static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = Array(bytes.prefix(64))
        guard head.count >= 8 else { return false }
        let even = stride(from: 0, to: head.count, by: 2).allSatisfy { head[$0] == 0 }
        let odd = stride(from: 1, to: head.count, by: 2).allSatisfy { head[$0] == 0 }
        return even != odd
    }

    /// Where an input shows itself binary: its first NUL byte, or its first control byte when
    /// more than 4 C0 controls (other than tab, LF, CR, FF) make up more than 1 % of it. A stray ESC in
    /// scraped text is kept (and shown escaped on output); a file full of them is not text.
    static func binaryOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        // One pass: the first NUL, the first other control and the number of controls.
        var controls = 0
        var firstControl: Int?
        let nul: Int? = bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] < 0x20 {
                let byte = buffer[index]
                if byte == 0 { return index }
                if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                    controls += 1
                    if firstControl == nil { firstControl = index }
                }
            }
            return nil
        }
        if let nul { return bytes.startIndex + nul }
        guard controls > 4, controls * 100 > bytes.count, let firstControl else { return nil }
        return bytes.startIndex + firstControl
    }

    /// A short excerpt around the first sign of double encoding: `Ã` or `Â` followed by a
    /// scalar in U+0080…U+00BF, the Latin-1 reading of a UTF-8 continuation byte.
    static func doubleEncodedSample(_ text: String) -> String? {
        // `Ã` and `Â` are C3 83 and C3 82 in UTF-8: texts without them need no scalar walk.
        var copy = text
        let suspect = copy.withUTF8 { bytes in
            guard var at = bytes.baseAddress, bytes.count > 1 else { return false }
            let end = at + bytes.count - 1
            // memchr finds each C3 lead byte at memory speed.
            while at < end, let found = memchr(at, 0xC3, end - at) {
                let lead = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if lead[1] == 0x83 || lead[1] == 0x82 { return true }
                at = lead + 1
            }
            return false
        }
        guard suspect else { return nil }
        let scalars = Array(text.unicodeScalars)
        for i in 0..<max(0, scalars.count - 1) where scalars[i] == "\u{00C3}" || scalars[i] == "\u{00C2}" {
            let next = scalars[i + 1].value
            if (0x80...0xBF).contains(next) || (0x2018...0x203A).contains(next) || next == 0x20AC || next == 0x0160 {
                let start = max(0, i - 8), end = min(scalars.count, i + 8)
                var sample = String.UnicodeScalarView()
                sample.append(contentsOf: scalars[start..<end])
                return String(sample)
            }
        }
        return nil
    }

    /// The first non-ASCII scalar that `bytes` encode as valid UTF-8, decoding past invalid
    /// bytes; nil when every byte above 0x7F is outside a valid UTF-8 sequence (a single-byte
    /// encoding: real Windows-1252 text almost never holds a valid UTF-8 pair such as `Ã©`).
    static func utf8Sample(_ bytes: ArraySlice<UInt8>) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where scalar.value >= 0x80: return String(Character(scalar))
            case .scalarValue, .error: continue
            case .emptyInput: return nil
            }
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    /// Windows-1252 (WHATWG Encoding Standard's index) or nil when a byte is unassigned
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let mapped = high1252[Int(byte - 0x80)]
                guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static let high1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
