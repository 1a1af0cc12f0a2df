import ArticleText
import RevisionDiff

/// Small phrases shared by the rules' messages.
enum Describe {
    /// `+3 h 2 min`, `-45 s`: sign and the two largest non-zero units.
    static func duration(_ seconds: Int) -> String {
        var rest = abs(seconds)
        var units: [String] = []
        for (size, name) in [(86_400, "d"), (3_600, "h"), (60, "min"), (1, "s")] where rest >= size {
            units.append("\(rest / size) \(name)")
            rest %= size
        }
        return units.isEmpty ? "0 s" : (seconds < 0 ? "-" : "+") + units.prefix(2).joined(separator: " ")
    }

    /// Whole seconds from `from` to `to`.
    static func seconds(from: Stamp, to: Stamp) -> Int {
        Int(to.instant.timeIntervalSince(from.instant).rounded())
    }

    /// `“text”`, cut to `limit` characters with `…`, on one line.
    static func quote(_ text: String, limit: Int = 60) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let cut = line.count > limit ? line.prefix(limit - 1) + "…" : Substring(line)
        return "“\(cut)”"
    }

    /// `2 paragraphs changed, 1 inserted`, from a diff's summary and headline.
    static func changes(_ diff: RevisionDiff) -> String {
        var parts: [String] = []
        if diff.headline.changed { parts.append("headline changed") }
        let s = diff.summary
        let counts = [("changed", s.changed), ("inserted", s.inserted), ("deleted", s.deleted),
                      ("moved", s.moved), ("split", s.split), ("merged", s.merged)].filter { $0.1 > 0 }
        for (index, (verb, count)) in counts.enumerated() {
            let noun = index > 0 ? "" : count == 1 ? " paragraph" : " paragraphs"
            parts.append("\(count)\(noun) \(verb)")
        }
        return parts.isEmpty ? "text changed" : parts.joined(separator: ", ")
    }

    /// `3 words`, `1 word`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
