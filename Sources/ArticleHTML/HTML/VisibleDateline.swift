import Foundation
import ArticleText

/// Finds the dateline a reader sees ("Publié le 16 juin 2021 à 17h04 - Mis à jour …") by
/// asking ``StampParser/parseDateline(_:)`` about the page's short texts.
///
/// The innermost element whose text parses is taken, then widened to an enclosing element
/// while that one's text is still short and yields more stamps, so that `<p>Publié le …
/// <span>Mis à jour le …</span></p>` gives both stamps but a header holding the headline too
/// is not taken.
struct VisibleDateline {
    var stamps: StampParser
    /// Longest text, in characters, considered a dateline.
    var maximumLength = 200

    struct Match: Sendable, Equatable {
        var text: String
        var stamps: DatelineStamps
    }

    /// The first dateline below `root` in document order, or nil.
    func find(in root: HTMLElement) -> Match? {
        for child in root.elements {
            if let match = search(child) { return match }
        }
        return nil
    }

    private func search(_ element: HTMLElement) -> Match? {
        if Self.ignored.contains(element.name) { return nil }
        for child in element.elements {
            guard let inner = search(child) else { continue }
            if let outer = parse(element), Self.count(outer.stamps) > Self.count(inner.stamps) { return outer }
            return inner
        }
        return parse(element)
    }

    private func parse(_ element: HTMLElement) -> Match? {
        let text = RenderedText.oneLine(element.rawText)
        guard text.count <= maximumLength, text.contains(where: \.isNumber),
              let parsed = stamps.parseDateline(text)
        else { return nil }
        return Match(text: text.precomposedStringWithCanonicalMapping, stamps: parsed)
    }

    private static func count(_ stamps: DatelineStamps) -> Int {
        (stamps.published == nil ? 0 : 1) + (stamps.modified == nil ? 0 : 1)
    }

    private static let ignored: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "nav", "form"]
}
