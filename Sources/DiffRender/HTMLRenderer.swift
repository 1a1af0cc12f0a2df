import ArticleText
import RevisionDiff

/// One self-contained HTML page (inline CSS, no scripts, no external resources): the header
/// of headline, stamps and verdicts, then each paragraph with `<del>`/`<ins>`. A moved
/// paragraph gets an anchor at its new place and a linked marker where it used to stand.
/// Every piece of article text is escaped (`&`, `<`, `>`, `"`, `'`), and control characters
/// are shown as `<U+XXXX>`, so the page can be opened safely whatever the article held.
public enum HTMLRenderer {
    public static func render(_ diff: RevisionDiff, title: String) -> String {
        let layout = DiffLayout(diff)
        var html = """
            <!DOCTYPE html>
            <html lang="und"><head><meta charset="utf-8">
            <meta name="generator" content="palimpsest">
            <title>\(escape(title))</title>
            <style>
            body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
            header p{margin:.2em 0;font-family:ui-monospace,monospace;font-size:14px}
            section{margin:1.2em 0;padding-left:.8em;border-left:4px solid #ddd}
            section.insert{border-color:#2a2}section.delete{border-color:#c33}
            section.change{border-color:#d90}section.move{border-color:#29c}
            section.split,section.merge{border-color:#93c}
            .label{font:12px ui-monospace,monospace;color:#777}
            del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
            .moved{background:#e6f4fb}.alert{color:#a60;font-weight:bold}
            </style></head><body>
            <header>

            """
        for line in layout.header {
            html += "<p>" + line.map(inline).joined() + "</p>\n"
        }
        html += "</header>\n"
        // Each move's marker goes where the paragraph stood: before the first op, other than a
        // move, that holds a later old paragraph (ops are in the new order, deletes where they were).
        var markers = [[String]](repeating: [], count: diff.paragraphs.count + 1)
        for op in diff.paragraphs where op.op == .move {
            guard let from = op.old.first, let to = op.new.first else { continue }
            let at = diff.paragraphs.firstIndex { $0.op != .move && ($0.old.first ?? -1) > from } ?? diff.paragraphs.count
            markers[at].append("<p class=\"label\" id=\"moved-from-\(from)\">¶\(from) moved to <a href=\"#new-\(to)\">¶\(to)</a></p>\n")
        }
        for (index, (block, op)) in zip(layout.blocks, diff.paragraphs).enumerated() {
            let anchor = op.new.first.map { "new-\($0)" } ?? "old-\(op.old.first ?? 0)"
            html += markers[index].joined()
            html += "<section class=\"\(op.op.rawValue)\" id=\"\(anchor)\">\n"
            var label = block.label.map { escape($0.text) }.joined()
            if op.op == .move, let from = op.old.first {
                label += " · <a href=\"#moved-from-\(from)\">from ¶\(from)</a>"
            }
            html += "<p class=\"label\">\(label)</p>\n<p>" + block.body.map(inline).joined() + "</p>\n</section>\n"
        }
        html += markers[diff.paragraphs.count].joined()
        html += "</body></html>\n"
        return html
    }

    static func inline(_ segment: DiffLayout.Segment) -> String {
        let text = escape(segment.text).replacingLineBreaks()
        switch segment.style {
        case .insert: return "<ins>\(text)</ins>"
        case .delete: return "<del>\(text)</del>"
        case .moved: return "<span class=\"moved\">\(text)</span>"
        case .alert: return "<span class=\"alert\">\(text)</span>"
        case .plain, .equal, .note: return text
        }
    }

    /// Escapes text for element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in VisibleText.escape(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    func replacingLineBreaks() -> String {
        contains("\n") ? split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>") : self
    }
}
