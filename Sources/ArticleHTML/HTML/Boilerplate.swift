import ArticleText

/// Rules that tell page furniture from article text.
///
/// Element rules follow WHATWG HTML's sectioning semantics (`nav`, `aside`, `header` and
/// `footer` of the page rather than of the article); class/id rules match whole segments of
/// a token split at `-` and `_`, so `ad-slot` and `article__ad` are ads but `lead-paragraph`
/// and `masthead` are not.
enum Boilerplate {
    /// Elements that never hold article paragraphs. Figures are left out: captions and
    /// credits are not the article's text and change independently of it; `address` is
    /// contact information for the article's author (WHATWG HTML), i.e. the byline.
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "button",
        "select", "textarea", "input", "label", "svg", "math", "canvas", "video", "audio", "object", "embed",
        "picture", "img", "figure", "figcaption", "dialog", "menu", "address",
    ]

    /// Page landmarks (WAI-ARIA roles) that are never the article.
    private static let skippedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "toolbar",
    ]

    /// Whole segments that mark furniture: ads, share bars, related links, comments, tags.
    private static let furnitureSegments: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "adslot", "adunit", "dfp", "sponsor", "sponsored",
        "share", "shares", "sharing", "sharebar", "social", "related", "readmore", "recommended", "recirculation",
        "comment", "comments", "disqus", "tags", "keywords", "breadcrumb", "breadcrumbs", "pagination",
        "byline", "author", "dateline", "timestamp", "caption", "credit", "credits",
    ]

    /// Substrings that mark furniture wherever they occur in a token.
    private static let furnitureSubstrings = ["advert", "outbrain", "taboola", "promo", "sharebar", "lire-aussi", "read-more", "readmore"]

    /// Whole segments that mark newsletter, subscription and consent prompts.
    private static let promptSegments: Set<String> = [
        "newsletter", "paywall", "subscribe", "subscription", "subscriptions", "abonnement", "abo", "signup",
        "cookie", "cookies", "consent", "cmp", "gdpr", "didomi", "regwall", "metering",
    ]

    /// True when `element` and everything in it is furniture. `insideArticle` is whether an
    /// `<article>` encloses it (its own `header` and `footer` then belong to the article).
    static func isFurniture(_ element: HTMLElement, insideArticle: Bool) -> Bool {
        if skippedElements.contains(element.name) { return true }
        if !insideArticle && (element.name == "header" || element.name == "footer") { return true }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = element["style"]?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = element["role"]?.lowercased(), skippedRoles.contains(role) { return true }
        let tokens = element.classAndID
        if tokens.isEmpty { return false }
        for token in tokens {
            if furnitureSubstrings.contains(where: token.contains) { return true }
            if segments(token).contains(where: furnitureSegments.contains) { return true }
        }
        return isPrompt(tokens) && !holdsArticleText(element)
    }

    /// True when a class or id names a newsletter, subscription or consent prompt.
    static func isPrompt(_ tokens: [String]) -> Bool {
        tokens.contains { segments($0).contains(where: promptSegments.contains) }
    }

    /// Some sites wrap the subscriber-only text itself in a `paywall` container: keep a
    /// container that holds two or more paragraphs of 120 characters or more.
    private static func holdsArticleText(_ element: HTMLElement) -> Bool {
        element.descendants { $0.name == "p" && RenderedText.oneLine($0.rawText).count >= 120 }.count >= 2
    }

    private static func segments(_ token: String) -> [String] {
        token.split { $0 == "-" || $0 == "_" }.map(String.init)
    }

    /// True when `element`'s text opens with a "read also" marker and the rest is mostly link
    /// text (at least half), as in `Lire aussi | <a>Titre</a>`. A sentence that merely
    /// starts with "Related" has no such link and is kept; a marker alone (a block's heading)
    /// is dropped.
    static func isReadMore(_ element: HTMLElement) -> Bool {
        guard let rest = ArticleParser.afterReadMoreMarker(RenderedText.oneLine(element.rawText)) else { return false }
        let restLength = rest.filter { $0.isLetter || $0.isNumber }.count
        let linked = element.name == "a" ? [element] : element.descendants { $0.name == "a" }
        let linkLength = linked.map { $0.rawText.filter { $0.isLetter || $0.isNumber }.count }.reduce(0, +)
        return restLength == 0 || linkLength * 2 >= restLength
    }
}
