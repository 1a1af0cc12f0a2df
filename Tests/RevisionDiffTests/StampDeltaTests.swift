import ArticleText
import Foundation
import Testing
@testable import RevisionDiff

@Suite struct StampDeltaTests {
    private static func stamp(_ iso: String) -> Stamp { Stamp(iso8601: iso)! }

    private func article(_ paragraphs: [String], published: Stamp?, modified: Stamp?) -> Article {
        Article(headline: "Titre", stamps: DatelineStamps(published: published, modified: modified), paragraphs: paragraphs)
    }

    @Test func deltasAcrossTheSpringDaylightSavingChange() {
        let published = Stamp(instant: Date(timeIntervalSince1970: 1_616_885_400), utcOffsetSeconds: 3_600)  // 2021-03-27T23:50+01:00
        let modified = Stamp(instant: Date(timeIntervalSince1970: 1_616_893_800), utcOffsetSeconds: 7_200)  // 2021-03-28T03:10+02:00
        #expect(published.iso8601 == "2021-03-27T23:50:00+01:00")
        #expect(modified.iso8601 == "2021-03-28T03:10:00+02:00")
        let result = RevisionDiff(
            old: article(["Texte."], published: published, modified: nil),
            new: article(["Texte."], published: published, modified: modified))
        #expect(result.timestamps.publishedDeltaSeconds == 0)
        #expect(result.timestamps.modifiedDeltaSeconds == 8_400)
        #expect(result.timestamps.stampOnly)
        #expect(!result.timestamps.stealthEdit)
        #expect(result.summaryLine == "no text change; stamps only; modified +2 h 20 min")
    }

    /// With no modified stamp on either side the last stamp is the published one, and the
    /// summary names it (a fresh user read "modified +1 h" for a moved published stamp).
    @Test func summaryNamesThePublishedStampWhenNeitherSideHasAModifiedOne() {
        let result = RevisionDiff(
            old: article(["Texte."], published: Self.stamp("2021-06-16T08:12:00+02:00"), modified: nil),
            new: article(["Texte changé."], published: Self.stamp("2021-06-16T09:12:00+02:00"), modified: nil))
        #expect(result.summaryLine == "1 paragraph changed; published +1 h")
    }

    @Test func missingStampsGiveNilDeltas() {
        let published = Self.stamp("2021-06-16T17:04:00+02:00")
        let delta = StampDelta(
            old: DatelineStamps(published: nil), new: DatelineStamps(published: published),
            textChanged: true, substantive: true)
        #expect(delta.publishedDeltaSeconds == nil)
        #expect(delta.modifiedDeltaSeconds == nil)
        #expect(!delta.stealthEdit)
        #expect(!delta.stampOnly)
    }

    @Test func aSubstantiveEditWithoutAnyStampIsStealth() {
        let result = RevisionDiff(
            old: article(["Le bilan est de 12 morts."], published: nil, modified: nil),
            new: article(["Le bilan est de 14 morts."], published: nil, modified: nil))
        #expect(result.timestamps.stealthEdit)
        #expect(result.summaryLine == "1 paragraph changed; no stamps (stealth edit)")
    }

    /// The stamp that dated the text is gone with the edit: the last stamp did not advance
    /// (found by a fresh user: the audit said nothing).
    @Test func aSubstantiveEditThatRemovesEveryStampIsStealth() {
        let result = RevisionDiff(
            old: article(["Le bilan est de 12 morts."], published: nil, modified: Self.stamp("2021-06-16T17:04:00+02:00")),
            new: article(["Le bilan est de 14 morts."], published: nil, modified: nil))
        #expect(result.timestamps.modifiedDeltaSeconds == nil)
        #expect(result.timestamps.stealthEdit)
        #expect(result.summaryLine == "1 paragraph changed; stamps removed (stealth edit)")
    }

    @Test func aTypographyEditWithUnchangedStampsIsNotStealth() {
        let published = Self.stamp("2021-06-16T17:04:00+02:00")
        let result = RevisionDiff(
            old: article(["C'est fini."], published: published, modified: nil),
            new: article(["C’est fini."], published: published, modified: nil))
        #expect(!result.timestamps.stealthEdit)
        #expect(!result.timestamps.stampOnly)
        #expect(result.timestamps.modifiedDeltaSeconds == 0)
    }

    @Test func aModifiedStampGoingBackwardsWithAnEditIsStealth() {
        let result = RevisionDiff(
            old: article(["Le bilan est de 12 morts."], published: Self.stamp("2021-06-16T17:04:00+02:00"), modified: Self.stamp("2021-06-16T20:04:00+02:00")),
            new: article(["Le bilan est de 14 morts."], published: Self.stamp("2021-06-16T17:04:00+02:00"), modified: Self.stamp("2021-06-16T19:00:00+02:00")))
        #expect(result.timestamps.modifiedDeltaSeconds == -3_840)
        #expect(result.timestamps.stealthEdit)
        #expect(result.summaryLine == "1 paragraph changed; modified -1 h 4 min (stealth edit)")
    }
}
