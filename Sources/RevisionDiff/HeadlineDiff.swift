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

    init(old: PreparedRevision, new: PreparedRevision, workspace: DiffWorkspace) {
        let oldHeadline = old.article.headline, newHeadline = new.article.headline
        let changed = oldHeadline != newHeadline
        let words: [WordOp]
        if changed {
            words = workspace.compare(workspace.tokenize(oldHeadline), workspace.tokenize(newHeadline)).words
        } else {
            words = newHeadline.isEmpty ? [] : [.equal(newHeadline)]
        }
        self.init(
            old: oldHeadline, new: newHeadline, changed: changed,
            changeClass: TextKey.changeClass(oldHeadline, newHeadline), words: words,
            echoOld: old.headlineEchoes, echoNew: new.headlineEchoes)
    }
}
