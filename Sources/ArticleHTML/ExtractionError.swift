import ArticleText

/// Why an input could not be turned into an article. Each description names the input and
/// says what to do; the command line prints it as `error: …`.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text layout could not be read, or the bytes could not be decoded.
    case article(ArticleError)
    /// libxml2 built no document from the bytes (e.g. the page declares a charset it does not know).
    case unreadableHTML(input: String)
    /// The page has no schema.org `headline`, no `og:title` and no `<h1>`.
    case noHeadline(input: String)
    /// The page has a headline but no paragraph of article text.
    case noParagraphs(input: String)
    /// The page shows a paywall or consent prompt instead of the article. The command line
    /// should exit with status 3 so that scripts can tell "fetch again" from "bad input" (2).
    case interstitial(input: String, kind: InterstitialKind)
    /// The JSON input is not a JSON object.
    case invalidJSON(input: String, detail: String)
    /// A required JSON field is absent.
    case missingField(input: String, field: String)
    /// A JSON field has the wrong type or an unreadable value.
    case invalidField(input: String, field: String, reason: String)

    public var description: String {
        switch self {
        case .article(let error):
            return error.description
        case .unreadableHTML(let input):
            return "\(input): no HTML document could be read from it; check that it is a web page (or give --input text)"
        case .noHeadline(let input):
            return "\(input): no headline found (no schema.org headline, og:title or <h1>); if the file is plain text, give --input text"
        case .noParagraphs(let input):
            return "\(input): no article paragraphs found in the page; check that it is the article itself, or save it as text"
        case .interstitial(let input, .paywall):
            return "\(input): the page is a subscription prompt, not the article; fetch it with a subscriber's session and record again"
        case .interstitial(let input, .consent):
            return "\(input): the page is a cookie/consent prompt, not the article; fetch it with the consent cookie set and record again"
        case .invalidJSON(let input, let detail):
            return "\(input): not a JSON object (\(detail)); give {\"headline\": …, \"paragraphs\": […]}"
        case .missingField(let input, let field):
            return "\(input): the JSON object has no \"\(field)\"; add it"
        case .invalidField(let input, let field, let reason):
            return "\(input): the JSON field \"\(field)\" \(reason)"
        }
    }
}
