import ArticleText
import RevisionDiff

/// The human diff for a terminal: the header (headline, stamps with their human deltas,
/// stealth-edit and duplicate verdicts), then each paragraph under a label such as
/// `¶3→¶4 moved (substantive)`; an equal paragraph shows only its first
/// ``equalPreviewLength`` characters, so the eye goes to what changed. With colour: deleted text red, inserted green, moved text
/// cyan (git's `color.diff.oldMoved`/`newMoved` idea), labels dim, alerts yellow. Without
/// colour the word-diff markers stand in, so nothing is lost on a pipe or with `NO_COLOR`.
/// Control characters from the article are shown as `<U+XXXX>`, never sent raw.
public enum TerminalRenderer {
    /// Characters of an unchanged paragraph shown as context.
    public static let equalPreviewLength = 72

    public static func render(_ diff: RevisionDiff, color: Bool) -> String {
        let layout = DiffLayout(diff)
        var out = ""
        for line in layout.header {
            out += line.map { paint($0, color: color) }.joined() + "\n"
        }
        for block in layout.blocks {
            out += "\n" + block.label.map { paint($0, color: color) }.joined() + "\n"
            if block.kind == .equal {
                let text = block.body.map(\.text).joined()
                let preview = text.count > equalPreviewLength ? text.prefix(equalPreviewLength) + "…" : Substring(text)
                out += paint(DiffLayout.Segment(style: .note, text: String(preview)), color: color) + "\n"
            } else {
                out += block.body.map { paint($0, color: color) }.joined() + "\n"
            }
        }
        return out
    }

    static func paint(_ segment: DiffLayout.Segment, color: Bool) -> String {
        guard color else { return WordDiffRenderer.marked(segment) }
        let text = VisibleText.escape(segment.text)
        let code: String
        switch segment.style {
        case .plain, .equal: return text
        case .insert: code = "32"
        case .delete: code = "31;9"
        case .moved: code = "36"
        case .note: code = "2"
        case .alert: code = "33;1"
        }
        // Re-open the colour after each line break so pagers that reset per line keep it.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "\u{1B}[\(code)m\($0)\u{1B}[0m" }
            .joined(separator: "\n")
    }
}
