/// Tells a paywall or consent interstitial from an article: the page shows almost no article
/// text and its visible text or class names carry the prompt's wording.
struct InterstitialDetector {
    /// Below this many characters of paragraph text, a page with a prompt is an interstitial.
    var thinTextLimit = 500

    /// Phrases that only appear where the rest of the text is withheld; on a full page they
    /// still earn a "text may be cut short" warning.
    static let paywallPhrases = [
        "to continue reading", "subscribe to continue", "subscribe to read", "already a subscriber",
        "this article is for subscribers", "subscriber-only", "réservé aux abonnés", "déjà abonné",
        "de cet article à lire", "la suite est réservée", "nur für abonnenten", "jetzt weiterlesen", "bereits abonnent",
    ]
    /// Subscription wording that also appears in newsletter boxes on full pages.
    static let subscribeWords = ["subscribe", "abonnez-vous", "s'abonner", "s’abonner", "abonnieren", "abonnement"]
    static let consentPhrases = [
        "accept cookies", "accept all", "we use cookies", "cookie settings", "your consent", "consent",
        "accepter les cookies", "tout accepter", "accepter et continuer", "nous utilisons des cookies",
        "cookies akzeptieren", "alle akzeptieren", "zustimmen", "wir verwenden cookies",
    ]

    /// The interstitial `page` shows instead of the article, or nil when `paragraphs` look
    /// like an article or nothing on the page prompts the reader.
    func kind(page: HTMLElement, paragraphs: [String]) -> InterstitialKind? {
        guard paragraphs.reduce(0, { $0 + $1.count }) < thinTextLimit else { return nil }
        let text = Self.visibleText(page).lowercased()
        let tokens = page.descendants { _ in true }.flatMap(\.classAndID)
        if Self.consentPhrases.contains(where: text.contains) || tokens.contains(where: { $0.contains("consent") || $0.contains("cmp") }) {
            return .consent
        }
        if Self.paywallPhrases.contains(where: text.contains) || Self.subscribeWords.contains(where: text.contains)
            || tokens.contains(where: { $0.contains("paywall") || $0.contains("regwall") }) {
            return .paywall
        }
        return nil
    }

    /// True when a page that does show article text also says the rest is withheld.
    func isTruncated(page: HTMLElement) -> Bool {
        let text = Self.visibleText(page).lowercased()
        return Self.paywallPhrases.contains(where: text.contains)
    }

    /// The page's text without scripts and styles, on one line.
    private static func visibleText(_ element: HTMLElement) -> String {
        var out = ""
        func walk(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let text): out += text + " "
                case .element(let inner) where !["script", "style", "noscript", "template", "head"].contains(inner.name): walk(inner)
                case .element: break
                }
            }
        }
        walk(element)
        return VisibleText.oneLine(out)
    }
}
