/// Tells a paywall or consent interstitial from an article: the page shows almost no article
/// text, and its visible text or class names carry the prompt's wording.
///
/// Phrases that appear only where text is withheld count below ``strongLimit`` characters of
/// paragraph text; wording that also appears in newsletter boxes and privacy notes of full
/// pages ("subscribe", "consent") counts only below ``weakLimit``, so a short news brief with
/// a newsletter box is still an article.
struct InterstitialDetector {
    var strongLimit = 500
    var weakLimit = 80

    static let paywallPhrases = [
        "to continue reading", "subscribe to continue", "subscribe to read", "already a subscriber",
        "this article is for subscribers", "subscriber-only", "réservé aux abonnés", "déjà abonné",
        "de cet article à lire", "la suite est réservée", "nur für abonnenten", "jetzt weiterlesen", "bereits abonnent",
    ]
    static let consentPhrases = [
        "accept cookies", "accept all cookies", "accepter les cookies", "tout accepter", "accepter et continuer",
        "cookies akzeptieren", "alle akzeptieren", "zustimmen und weiter",
    ]
    static let weakPaywallWords = ["subscribe", "abonnez-vous", "s'abonner", "s’abonner", "abonnieren", "abonnement"]
    static let weakConsentWords = ["consent", "we use cookies", "nous utilisons des cookies", "wir verwenden cookies", "zustimmen", "einwilligung"]

    /// The interstitial `page` shows instead of the article, or nil.
    func kind(page: HTMLElement, paragraphs: [String]) -> InterstitialKind? {
        let length = paragraphs.reduce(0) { $0 + $1.count }
        guard length < strongLimit else { return nil }
        let text = Self.visibleText(page).lowercased()
        if Self.consentPhrases.contains(where: text.contains) { return .consent }
        if Self.paywallPhrases.contains(where: text.contains) { return .paywall }
        guard length < weakLimit else { return nil }
        let tokens = page.descendants { $0["hidden"] == nil }.flatMap(\.classAndID)
        if Self.weakConsentWords.contains(where: text.contains) || tokens.contains(where: { $0.contains("consent") || $0.contains("cmp") }) {
            return .consent
        }
        if Self.weakPaywallWords.contains(where: text.contains) || tokens.contains(where: { $0.contains("paywall") || $0.contains("regwall") }) {
            return .paywall
        }
        return nil
    }

    /// True when a page that does show article text also says the rest is withheld.
    func isTruncated(page: HTMLElement) -> Bool {
        let text = Self.visibleText(page).lowercased()
        return Self.paywallPhrases.contains(where: text.contains)
    }

    /// The page's rendered text, on one line: no scripts, styles or `hidden` elements.
    private static func visibleText(_ element: HTMLElement) -> String {
        var out = ""
        func walk(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let text):
                    out += text + " "
                case .element(let inner):
                    if inner["hidden"] == nil && !["script", "style", "noscript", "template", "head"].contains(inner.name) { walk(inner) }
                }
            }
        }
        walk(element)
        return RenderedText.oneLine(out)
    }
}
