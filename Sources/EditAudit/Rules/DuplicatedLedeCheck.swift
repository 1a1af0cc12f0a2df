import ArticleText
import RevisionDiff

/// `duplicated-lede`: the revision repeats a paragraph (exact, normalized or near duplicate,
/// design §4) or repeats its headline as a paragraph. Reported on the revision where a
/// duplication appears, not again while it persists. Messages number paragraphs from 0 (`¶2`), as `diff` and its JSON do (design §2).
///
/// A repeated paragraph of fewer than ``minimumWords`` words (a separator, a one-word bullet)
/// or a "read also" line (``ArticleText/ArticleParser/isReadMore(_:)``) is page furniture, not
/// a lede.
struct DuplicatedLedeCheck: RevisionCheck {
    let rule = AuditRule.duplicatedLede
    /// The bar of ``RevisionDiff/DiffOptions/anchorMinimumWords`` (3): fewer words say nothing
    /// about which paragraph is which.
    static let minimumWords = DiffOptions().anchorMinimumWords

    func check(_ context: RevisionContext) -> [String] {
        let current = context.current
        let seen = context.previous.map(Self.signatures) ?? []
        let paragraphs = current.article.paragraphs
        var parts: [String] = []
        for duplicate in current.duplicates {
            guard let first = duplicate.paragraphs.first, let later = duplicate.paragraphs.last,
                  WordCount.words(in: paragraphs[later]) >= Self.minimumWords, !ArticleParser.isReadMore(paragraphs[later]),
                  !seen.contains(Self.signature(duplicate, in: paragraphs)) else { continue }
            parts.append("¶\(later) repeats ¶\(first) (\(Self.explain(duplicate.kind))): \(Describe.quote(paragraphs[later]))")
        }
        for echo in current.echoes where !seen.contains(Self.echoSignature(paragraphs[echo])) {
            parts.append("¶\(echo) repeats the headline: \(Describe.quote(paragraphs[echo]))")
        }
        return parts.isEmpty ? [] : [parts.joined(separator: "; ")]
    }

    static func explain(_ kind: DuplicateKind) -> String {
        switch kind {
        case .exact: "exact copy"
        case .normalized: "same words, other spacing or typography"
        case .near: "near copy"
        }
    }

    static func signature(_ duplicate: Duplicate, in paragraphs: [String]) -> String {
        "\(duplicate.kind.rawValue):" + TextKey.key(paragraphs[duplicate.paragraphs.last ?? 0])
    }

    static func echoSignature(_ paragraph: String) -> String { "echo:" + TextKey.key(paragraph) }

    static func signatures(_ state: RevisionState) -> Set<String> {
        var set = Set(state.duplicates.map { signature($0, in: state.article.paragraphs) })
        for echo in state.echoes { set.insert(echoSignature(state.article.paragraphs[echo])) }
        return set
    }
}
