/// Thresholds and complexity limits of the diff engine.
///
/// Every similarity below is ``WordDiff/similarity(_:_:)``: the Dice coefficient over the
/// non-whitespace characters of the two texts' word diff, comparing tokens by key,
/// `(kept(old) + kept(new)) / (all(old) + all(new))`, in the spirit of wikidiff2's
/// "characters kept / characters total".
public struct DiffOptions: Sendable, Equatable {
    /// Two paragraphs in order on both sides are paired as a `change` from this similarity up.
    /// wikidiff2 turns a pair into delete + add at ≤ 0.2; we use 0.3 so that the bar equals
    /// ``wholeReplacementThreshold``: below it the word diff would be shown as a whole
    /// replacement anyway, and a pairing would add nothing.
    public var changeThreshold = 0.3
    /// A deleted and an inserted paragraph from different places are one `move` from this
    /// similarity up (wikidiff2's move threshold, 0.4). A paragraph moved and ~70 % rewritten
    /// stays delete + insert.
    public var moveThreshold = 0.4
    /// Old and new paragraphs in the same place between unchanged ones (as many old as new)
    /// are paired in place, without searching for other partners, when every pair of the
    /// stretch is at least this similar: half the characters kept, above ``moveThreshold``.
    /// Ours, not a peer's: git's word diff pairs every hunk by position; below this bar, or
    /// when the counts differ, the candidate search decides (inserts, moves, splits, merges).
    public var inPlaceThreshold = 0.5
    /// A split or merge is accepted from this similarity up (wikidiff2's split detection
    /// accepts at 0.6), and only if joining explains the text better than either part alone.
    public var splitMergeThreshold = 0.6
    /// Two paragraphs of one revision are `near` duplicates from this similarity up (design §4).
    public var nearDuplicateThreshold = 0.9
    /// A word diff whose similarity is below this is shown as one whole delete + insert,
    /// because the few coincidental kept words mislead (NYTdiff issue #6: "less than about
    /// 30 % survives").
    public var wholeReplacementThreshold = 0.3
    /// Budget of Myers steps (tokens × edit distance) for one word diff, and for the paragraph
    /// alignment. wikidiff2 skips word diffs when the two word counts multiplied exceed 4·10⁷;
    /// we spend the same number as a work budget after prefix/suffix trimming and anchoring,
    /// so long texts with few edits are still diffed precisely. Regions left when the budget
    /// is spent are reported as whole delete + insert.
    public var myersWorkLimit = 40_000_000
    /// A paragraph is compared with at most this many candidates when pairing, detecting moves
    /// and near duplicates: the ones sharing the most word bigrams. Replaces wikidiff2's
    /// all-pairs comparison, which it disables above 100 changed lines (Phabricator T204010).
    public var candidatesPerParagraph = 16
    /// A word bigram found in more paragraphs than this is not used to find candidates (the
    /// chain limit of JGit's histogram diff, 64): it says nothing about which paragraph is which.
    public var shingleFrequencyLimit = 64
    /// A paragraph anchors the alignment only if it is unique on both sides (patience diff) and
    /// has at least this many words, so near-empty lines never anchor.
    public var anchorMinimumWords = 3
    public init() {}
}
