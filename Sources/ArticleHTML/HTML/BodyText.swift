import ArticleText

/// Collects an article's paragraphs from its root element: the text of each `<p>`, `<li>`,
/// subheading (`<h2>`…`<h6>`) and `<blockquote>` in document order, furniture removed (see
/// ``Boilerplate``), text rendered as a browser would (see ``RenderedText``).
///
/// A block that holds other blocks (`<li><p>…</p></li>`, `<blockquote><p>…`) yields its
/// inner blocks, plus any loose text of its own as separate paragraphs, so no text is taken
/// twice.
struct BodyText {
    /// Paragraph texts to leave out: the visible dateline and byline, which the article keeps
    /// apart from its paragraphs.
    var excluded: Set<String>

    private static let paragraphElements: Set<String> = ["p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt"]
    /// Elements that end a run of inline text even when they are not paragraphs themselves.
    private static let blockElements: Set<String> = [
        "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "td", "th", "tbody", "thead",
        "header", "footer", "pre", "hr", "details", "summary", "h1", "address",
    ]

    func paragraphs(in root: HTMLElement, rootIsArticle: Bool) -> [String] {
        var out: [String] = []
        for child in root.elements { walk(child, insideArticle: rootIsArticle, inHeader: false, into: &out) }
        return out
    }

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "hgroup"]

    /// `inHeader`: inside the article's `<header>`, whose headings are the headline and its
    /// kicker (kept apart), not subheadings of the text.
    private func walk(_ element: HTMLElement, insideArticle: Bool, inHeader: Bool, into out: inout [String]) {
        if Boilerplate.isFurniture(element, insideArticle: insideArticle) { return }
        if element.name == "h1" || (inHeader && Self.headings.contains(element.name)) { return }
        let inside = insideArticle || element.name == "article"
        if Self.paragraphElements.contains(element.name) || holdsLooseText(element) {
            block(element, insideArticle: inside, into: &out)
            return
        }
        if Boilerplate.isReadMore(element) { return }
        let header = inHeader || element.name == "header"
        for child in element.elements { walk(child, insideArticle: inside, inHeader: header, into: &out) }
    }

    /// A `div` or `section` whose own children include non-blank text is written like a
    /// paragraph by some sites (`<div>Text<br><br>Text</div>`).
    private func holdsLooseText(_ element: HTMLElement) -> Bool {
        Self.blockElements.contains(element.name) && element.children.contains {
            if case .text(let text) = $0 { !text.unicodeScalars.allSatisfy(TextKey.isWhitespace) } else { false }
        }
    }

    private func block(_ element: HTMLElement, insideArticle: Bool, into out: inout [String]) {
        if Boilerplate.isReadMore(element) { return }
        var pieces: [RenderedText.Piece] = []
        func flush() {
            for paragraph in RenderedText.blocks(RenderedText.collapse(pieces)) where !excluded.contains(paragraph) {
                out.append(paragraph)
            }
            pieces = []
        }
        for child in element.children {
            switch child {
            case .text(let text):
                pieces.append(.text(text))
            case .element(let inner):
                if Boilerplate.isFurniture(inner, insideArticle: insideArticle) { continue }
                if inner.name == "br" {
                    pieces.append(.lineBreak)
                } else if isBlock(inner) {
                    flush()
                    walk(inner, insideArticle: insideArticle, inHeader: false, into: &out)
                } else {
                    inline(inner, insideArticle: insideArticle, into: &pieces)
                }
            }
        }
        flush()
    }

    private func isBlock(_ element: HTMLElement) -> Bool {
        Self.paragraphElements.contains(element.name) || Self.blockElements.contains(element.name)
            || element.first { Self.paragraphElements.contains($0.name) } != nil
    }

    private func inline(_ element: HTMLElement, insideArticle: Bool, into pieces: inout [RenderedText.Piece]) {
        for child in element.children {
            switch child {
            case .text(let text):
                pieces.append(.text(text))
            case .element(let inner):
                if Boilerplate.isFurniture(inner, insideArticle: insideArticle) { continue }
                if inner.name == "br" { pieces.append(.lineBreak) } else { inline(inner, insideArticle: insideArticle, into: &pieces) }
            }
        }
    }
}
