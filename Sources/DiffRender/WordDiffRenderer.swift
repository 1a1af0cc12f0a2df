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
        let chars = Array(text)
        guard chars.contains(where: { "\\[-{+}]".contains($0) }) else { return text }
        var out = ""
        for (i, ch) in chars.enumerated() {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            switch (ch, next) {
            case ("\\", _): out += "\\\\"
            case ("[", "-"), ("{", "+"), ("-", "]"), ("+", "}"): out += String(ch) + "\\"
            default: out.append(ch)
            }
        }
        return out
    }
}
