import ArticleText

/// What the publisher's stamps say between two revisions, against what the text did
/// (design §4).
public struct StampDelta: Sendable, Equatable {
    public var old: DatelineStamps
    public var new: DatelineStamps
    /// `new.published − old.published` in seconds (instants, so a DST change in between counts
    /// real elapsed time); nil if either is missing.
    public var publishedDeltaSeconds: Int?
    /// `(new.modified ?? new.published) − (old.modified ?? old.published)` in seconds; nil if
    /// either side has no stamp at all.
    public var modifiedDeltaSeconds: Int?
    /// The stamps changed while the text (headline and paragraphs) did not change at all.
    public var stampOnly: Bool
    /// The text changed substantively while `modified ?? published` did not advance: its
    /// delta is ≤ 0, or the new revision has no stamp (none before either, or the edit removed
    /// it).
    public var stealthEdit: Bool

    public init(old: DatelineStamps, new: DatelineStamps, textChanged: Bool, substantive: Bool) {
        self.old = old
        self.new = new
        publishedDeltaSeconds = Self.seconds(from: old.published, to: new.published)
        let oldLast = old.modified ?? old.published
        let newLast = new.modified ?? new.published
        modifiedDeltaSeconds = Self.seconds(from: oldLast, to: newLast)
        let stampsChanged = old.published != new.published || old.modified != new.modified
        stampOnly = stampsChanged && !textChanged
        if substantive {
            if let delta = modifiedDeltaSeconds {
                stealthEdit = delta <= 0
            } else {
                stealthEdit = newLast == nil
            }
        } else {
            stealthEdit = false
        }
    }

    private static func seconds(from old: Stamp?, to new: Stamp?) -> Int? {
        guard let old, let new else { return nil }
        return Int(new.instant.timeIntervalSince(old.instant).rounded())
    }
}
