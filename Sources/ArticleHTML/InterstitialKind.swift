/// What stands in for the article on a page that does not show it.
public enum InterstitialKind: String, Sendable, Equatable, CaseIterable {
    /// A subscription prompt ("Subscribe to continue", "Abonnez-vous", "Jetzt abonnieren").
    case paywall
    /// A cookie or consent wall ("Accept cookies", "Tout accepter", "Zustimmen").
    case consent
}
