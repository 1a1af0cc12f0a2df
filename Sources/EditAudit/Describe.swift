import ArticleText
import RevisionDiff

/// Small phrases shared by the rules' messages.
enum Describe {
    /// `3 h 2 min`: the two largest non-zero units of `abs(seconds)`, without a sign.
    static func span(_ seconds: Int) -> String {
        let signed = DurationText.format(seconds: abs(seconds))
        return signed.hasPrefix("+") ? String(signed.dropFirst()) : signed
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
