import ArticleText
import RevisionDiff

/// git-style word diff (`git diff --word-diff=plain`): deleted text as `[-…-]`, inserted as
/// `{+…+}`, a header of headline, stamps and verdicts, then every paragraph in the new
/// revision's order (deleted ones where they stood), blank line between, each under a
/// `@@ ¶… @@` label.
///
/// Article text that looks like a marker is escaped with a backslash (``escapeMarkers(_:)``)
/// so markers are never ambiguous; control characters are shown as `<U+XXXX>`
/// (``VisibleText``).
public enum WordDiffRenderer {
    public static func render(_ diff: RevisionDiff) -> String {
        var out: [UInt8] = []
        write(diff) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Renders `diff` as UTF-8 bytes handed to `output` in chunks of about 64 KiB, so a large
    /// diff is never held twice (as a `String` and as its bytes).
    public static func write(_ diff: RevisionDiff, to output: (UnsafeBufferPointer<UInt8>) -> Void) {
        let layout = DiffLayout(diff)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flushIfFull() {
            guard buffer.count >= 1 << 16 else { return }
            buffer.withUnsafeBufferPointer(output)
            buffer.removeAll(keepingCapacity: true)
        }
        for line in layout.header {
            for segment in line { append(segment, to: &buffer) }
            buffer.append(0x0A)
        }
        for block in layout.blocks {
            buffer.append(contentsOf: "\n@@ ".utf8)
            for segment in block.label { buffer.append(contentsOf: segment.text.utf8) }
            buffer.append(contentsOf: " @@\n".utf8)
            for segment in block.body {
                append(segment, to: &buffer)
                flushIfFull()
            }
            buffer.append(0x0A)
        }
        buffer.withUnsafeBufferPointer(output)
    }

    /// ``marked(_:)`` as bytes, copying text that needs no escape straight from its storage.
    static func append(_ segment: DiffLayout.Segment, to buffer: inout [UInt8]) {
        var text = segment.text
        let copied = text.withUTF8 { bytes in
            guard !needsEscape(bytes) else { return false }
            switch segment.style {
            case .insert: buffer.append(contentsOf: "{+".utf8)
            case .delete: buffer.append(contentsOf: "[-".utf8)
            default: break
            }
            buffer.append(contentsOf: bytes)
            switch segment.style {
            case .insert: buffer.append(contentsOf: "+}".utf8)
            case .delete: buffer.append(contentsOf: "-]".utf8)
            default: break
            }
            return true
        }
        if !copied { buffer.append(contentsOf: marked(segment).utf8) }
    }

    /// Whether UTF-8 `bytes` hold a backslash, a marker pair (``escapeMarkers(_:)``) or a scalar
    /// ``VisibleText`` escapes: C0 controls but tab and LF, DEL, C1 controls (C2 80…C2 9F),
    /// U+061C (D8 9C), U+200E/F (E2 80 8E/8F), U+202A…E (E2 80 AA…AE), U+2066…9 (E2 81 A6…A9).
    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        let starts = escapeStarts
        while index < count {
            let byte = bytes[index]
            // Letters, digits, spaces and most UTF-8 bytes: one bit test, no switch.
            if starts[Int(byte >> 6)] >> UInt64(byte & 63) & 1 == 0 {
                index += 1
                continue
            }
            let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            switch byte {
            case 0x00...0x08, 0x0B...0x1F, 0x7F, 0x5C: return true
            case 0x5B where next == 0x2D, 0x7B where next == 0x2B, 0x2D where next == 0x5D, 0x2B where next == 0x7D: return true
            case 0xC2 where (0x80...0x9F).contains(next), 0xD8 where next == 0x9C: return true
            case 0xE2 where index + 2 < count:
                let third = bytes[index + 2]
                if next == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return true }
                if next == 0x81 && (0xA6...0xA9).contains(third) { return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// Bit `b % 64` of word `b / 64` is set for each byte `b` that may begin what
    /// ``needsEscape(_:)`` looks for: C0 controls but tab and LF, `+`, `-`, `[`, `\`, `{`, DEL,
    /// and the lead bytes C2, D8 and E2.
    private static let escapeStarts: [UInt64] = {
        var words = [UInt64](repeating: 0, count: 4)
        let bytes: [UInt8] = Array(0x00...0x08) + Array(0x0B...0x1F) + [0x2B, 0x2D, 0x5B, 0x5C, 0x7B, 0x7F, 0xC2, 0xD8, 0xE2]
        for byte in bytes { words[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
        return words
    }()

    static func marked(_ segment: DiffLayout.Segment) -> String {
        let text = escapeMarkers(VisibleText.escape(segment.text))
        switch segment.style {
        case .insert: return "{+" + text + "+}"
        case .delete: return "[-" + text + "-]"
        default: return text
        }
    }

    /// Puts a backslash inside every marker-like pair of the text (`[-` → `[\-`, `-]` → `-\]`,
    /// `{+` → `{\+`, `+}` → `+\}`) and doubles backslashes, so a reader strips one backslash
    /// before any character to get the text back.
    public static func escapeMarkers(_ text: String) -> String {
        // Markers are ASCII, so bytes suffice; a UTF-8 continuation byte is never ASCII.
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == 0x5C || $0 == 0x2D || $0 == 0x2B }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for i in bytes.indices {
            let byte = bytes[i]
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            out.append(byte)
            switch (byte, next) {
            case (0x5C, _): out.append(0x5C)                           // \ → \\
            case (0x5B, 0x2D), (0x7B, 0x2B), (0x2D, 0x5D), (0x2B, 0x7D): // [- {+ -] +}
                out.append(0x5C)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
