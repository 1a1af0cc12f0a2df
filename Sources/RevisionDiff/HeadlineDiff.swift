import ArticleText

/// How the headline changed, and which paragraphs repeat it.
public struct HeadlineDiff: Sendable, Equatable {
    public var old: String
    public var new: String
    /// The characters differ (NFC and NFD spellings of one text do not).
    public var changed: Bool
    /// ``ArticleText/TextKey/changeClass(_:_:)``; nil when unchanged.
    public var changeClass: ChangeClass?
    /// ``WordDiff`` of the headlines; `[.equal(new)]` when unchanged.
    public var words: [WordOp]
    /// Old paragraphs repeating the old headline (``DuplicateFinder/headlineEchoes(headline:paragraphs:)``).
    public var echoOld: [Int]
    /// New paragraphs repeating the new headline.
    public var echoNew: [Int]

    public init(old: String, new: String, changed: Bool, changeClass: ChangeClass?, words: [WordOp], echoOld: [Int], echoNew: [Int]) {
        self.old = old
        self.new = new
        self.changed = changed
        self.changeClass = changeClass
        self.words = words
        self.echoOld = echoOld
        self.echoNew = echoNew
    }

    init(old: Article, new: Article, oldSide: ParagraphSide, newSide: ParagraphSide, workspace: DiffWorkspace) {
        let changed = old.headline != new.headline
        let words: [WordOp]
        if changed {
            words = workspace.compare(workspace.tokenize(old.headline), workspace.tokenize(new.headline)).words
        } else {
            words = new.headline.isEmpty ? [] : [.equal(new.headline)]
        }
        self.init(
            old: old.headline, new: new.headline, changed: changed,
            changeClass: TextKey.changeClass(old.headline, new.headline), words: words,
            echoOld: DuplicateFinder.headlineEchoes(headline: old.headline, side: oldSide, workspace: workspace),
            echoNew: DuplicateFinder.headlineEchoes(headline: new.headline, side: newSide, workspace: workspace))
    }
}
