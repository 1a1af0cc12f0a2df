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
        let layout = DiffLayout(diff)
        var out = ""
        for line in layout.header {
            out += line.map(marked).joined() + "\n"
        }
        for block in layout.blocks {
            out += "\n@@ " + block.label.map(\.text).joined() + " @@\n"
            out += block.body.map(marked).joined() + "\n"
        }
        return out
    }

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
