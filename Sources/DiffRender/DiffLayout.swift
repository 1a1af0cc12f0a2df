import ArticleText
import RevisionDiff

/// The reading order shared by the text formats: a header (headline, stamps, verdicts) then
/// one block per paragraph op, each a label and styled segments. Renderers only choose how a
/// style looks (markers, ANSI colours), so every format tells the same story.
struct DiffLayout {
    enum Style: Equatable { case plain, equal, insert, delete, moved, note, alert }

    struct Segment: Equatable {
        var style: Style
        var text: String
    }

    struct Block {
        var kind: ParagraphOpKind
        var label: [Segment]
        var body: [Segment]
    }

    var header: [[Segment]] = []
    var blocks: [Block] = []

    init(_ diff: RevisionDiff) {
        let h = diff.headline
        let headlineText: [Segment] = h.changed
            ? h.words.map(Self.segment)
            : [Segment(style: .plain, text: h.new)]
        header.append([Segment(style: .note, text: "headline:  ")] + headlineText + Self.classNote(h.changeClass))
        header.append(Self.stampLine("published: ", diff.timestamps.old.published, diff.timestamps.new.published, diff.timestamps.publishedDeltaSeconds))
        header.append(Self.stampLine("modified:  ", diff.timestamps.old.modified, diff.timestamps.new.modified, diff.timestamps.modifiedDeltaSeconds))
        if diff.timestamps.stealthEdit {
            header.append([Segment(style: .alert, text: "stealth edit: the text changed substantively but the stamps did not advance")])
        }
        if diff.timestamps.stampOnly {
            header.append([Segment(style: .alert, text: "stamps only: the stamps changed but the text did not")])
        }
        header.append([Segment(style: .note, text: "summary:   " + Self.summaryText(diff.summary))])
        for side in [("old", diff.duplicatesOld, diff.headline.echoOld), ("new", diff.duplicatesNew, diff.headline.echoNew)] {
            for d in side.1 {
                header.append([Segment(style: .alert, text: "duplicate (\(side.0), \(d.kind.rawValue)): " + d.paragraphs.map { "¶\($0)" }.joined(separator: " = "))])
            }
            for i in side.2 {
                header.append([Segment(style: .alert, text: "headline echo (\(side.0)): ¶\(i) repeats the headline")])
            }
        }
        blocks = diff.paragraphs.map(Self.block)
    }

    static func segment(_ word: WordOp) -> Segment {
        switch word.op {
        case .equal: Segment(style: .equal, text: word.text)
        case .insert: Segment(style: .insert, text: shown(word.text))
        case .delete: Segment(style: .delete, text: shown(word.text))
        }
    }

    /// An inserted or deleted text with its invisible characters as `<U+XXXX>`: the typographic
    /// spaces and the characters a key ignores (``ArticleText/TextKey/isTypographicSpace(_:)``,
    /// ``ArticleText/TextKey/isIgnorable(_:)``), which would otherwise make a typography edit
    /// look like nothing (`[- -]{+ +}`).
    static func shown(_ text: String) -> String {
        var copy = text
        guard copy.withUTF8(holdsInvisible) else { return text }
        return VisibleText.replacing(text, where: isInvisible, with: VisibleText.codePoint)
    }

    /// Whether UTF-8 `bytes` hold a scalar of ``isInvisible(_:)``: C2 A0, C2 AD, E2 80 87,
    /// E2 80 89, E2 80 8B, E2 80 AF or E2 81 A0. A byte scan: most edits hold none.
    private static func holdsInvisible(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            switch bytes[index] {
            case 0xC2:
                if bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD { return true }
            case 0xE2 where index + 2 < bytes.count:
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (third == 0x87 || third == 0x89 || third == 0x8B || third == 0xAF) { return true }
                if second == 0x81 && third == 0xA0 { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        TextKey.isTypographicSpace(scalar) || TextKey.isIgnorable(scalar.value)
    }

    static func block(_ op: ParagraphOp) -> Block {
        let old = op.old.map { "¶\($0)" }.joined(separator: "+")
        let new = op.new.map { "¶\($0)" }.joined(separator: "+")
        var label: String
        switch op.op {
        case .equal: label = "\(new) equal"
        case .insert: label = "\(new) inserted"
        case .delete: label = "\(old) deleted"
        case .change: label = old == new ? "\(new) changed" : "\(old)→\(new) changed"
        case .move: label = "\(old)→\(new) moved"
        case .split: label = "\(old)→\(new) split"
        case .merge: label = "\(old)→\(new) merged"
        }
        if let c = op.changeClass { label += " (\(c.rawValue))" }
        if let d = op.duplicateOf { label += ", duplicate of ¶\(d)" }
        let style: Style = op.op == .move ? .moved : .note
        var body = op.words.map(segment)
        if op.op == .move {
            body = body.map { $0.style == .equal ? Segment(style: .moved, text: $0.text) : $0 }
        }
        return Block(kind: op.op, label: [Segment(style: style, text: label)], body: body)
    }

    static func classNote(_ changeClass: ChangeClass?) -> [Segment] {
        guard let changeClass else { return [] }
        return [Segment(style: .note, text: "  (\(changeClass.rawValue))")]
    }

    static func stampLine(_ name: String, _ old: Stamp?, _ new: Stamp?, _ delta: Int?) -> [Segment] {
        var line = [Segment(style: .note, text: name)]
        switch (old?.iso8601, new?.iso8601) {
        case (nil, nil):
            line.append(Segment(style: .plain, text: "none"))
        case let (o?, n?) where o == n:
            line.append(Segment(style: .plain, text: n))
        case let (o, n):
            if let o { line.append(Segment(style: .delete, text: o)) }
            if o != nil, n != nil { line.append(Segment(style: .plain, text: " → ")) }
            if let n { line.append(Segment(style: .insert, text: n)) }
            if let delta, delta != 0 {
                line.append(Segment(style: .note, text: " (\(DurationText.format(seconds: delta)))"))
            }
        }
        return line
    }

    static func summaryText(_ s: DiffSummary) -> String {
        let parts = [
            (s.equal, "equal"), (s.inserted, "inserted"), (s.deleted, "deleted"), (s.changed, "changed"),
            (s.moved, "moved"), (s.split, "split"), (s.merged, "merged"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "no paragraphs" : parts.joined(separator: ", ")
    }
}
