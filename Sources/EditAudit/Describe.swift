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

    /// `headline changed, 2 paragraphs changed, 1 inserted`, from a diff's headline and
    /// summary (``RevisionDiff/DiffSummary/changesPhrase``, as in commit messages).
    static func changes(_ diff: RevisionDiff) -> String {
        let parts = [diff.headline.changed ? "headline changed" : "", diff.summary.changesPhrase].filter { !$0.isEmpty }
        return parts.isEmpty ? "text changed" : parts.joined(separator: ", ")
    }
}
