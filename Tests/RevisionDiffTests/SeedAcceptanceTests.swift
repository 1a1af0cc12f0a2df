import ArticleText
import Foundation
import Testing
@testable import RevisionDiff

/// The seed article against a correction and a stealth edit of it (design §4).
@Suite struct SeedAcceptanceTests {
    static let extendedSentence = Seed.paragraphs[3].replacingOccurrences(
        of: "rapprocher les positions\".", with: "rapprocher les positions\", selon le Kremlin.")

    /// The duplicated lede (2) removed, "M. Biden a promis…" (7) moved after paragraph 4, a
    /// sentence of paragraph 3 extended, `Modifié` advanced by 3 h.
    static var correction: Article {
        let p = Seed.paragraphs
        let modified = Stamp(instant: Seed.modified.instant.addingTimeInterval(10_800), utcOffsetSeconds: 7_200)
        return Article(
            headline: Seed.headline, dateline: "Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 23:04",
            stamps: DatelineStamps(published: Seed.published, modified: modified),
            paragraphs: [p[0], p[1], extendedSentence, p[4], p[7], p[5], p[6], p[8]])
    }

    /// The correction with one number changed and the same stamps.
    static var stealthEdit: Article {
        var article = correction
        article.paragraphs[7] = article.paragraphs[7].replacingOccurrences(of: "16 ans", with: "15 ans")
        return article
    }

    @Test func correction() {
        let result = RevisionDiff(old: Seed.article, new: Self.correction)
        #expect(result.paragraphs.map(\.op) == [.equal, .equal, .delete, .change, .equal, .move, .equal, .equal, .equal])
        let deleted = result.paragraphs[2]
        #expect(deleted == ParagraphOp(op: .delete, old: [2], new: [], duplicateOf: 1, words: [.delete(Seed.paragraphs[2])]))
        let changed = result.paragraphs[3]
        #expect(changed.old == [3] && changed.new == [2])
        #expect(changed.changeClass == .substantive)
        #expect(changed.words.filter { $0.op != .equal } == [.insert(", selon le Kremlin")])
        let moved = result.paragraphs[5]
        #expect(moved == ParagraphOp(op: .move, old: [7], new: [4], changeClass: nil, similarity: 1, words: [.equal(Seed.paragraphs[7])]))
        #expect(result.summary == DiffSummary(equal: 6, deleted: 1, changed: 1, moved: 1))
        #expect(result.timestamps.modifiedDeltaSeconds == 10_800)
        #expect(result.timestamps.publishedDeltaSeconds == 0)
        #expect(!result.timestamps.stealthEdit)
        #expect(result.isSubstantive)
        #expect(result.duplicatesOld == [Duplicate(paragraphs: [1, 2], kind: .normalized)])
        #expect(result.duplicatesNew == [])
        #expect(result.headline.echoOld == [0] && result.headline.echoNew == [0])
        #expect(!result.headline.changed)
        #expect(result.summaryLine == "1 paragraph changed, 1 moved, 1 deleted; modified +3 h")
    }

    @Test func stealthEdit() {
        let result = RevisionDiff(old: Self.correction, new: Self.stealthEdit)
        #expect(result.paragraphs.map(\.op) == [.equal, .equal, .equal, .equal, .equal, .equal, .equal, .change])
        let change = result.paragraphs[7]
        #expect(change.changeClass == .substantive)
        #expect(change.words.filter { $0.op != .equal } == [.delete("16"), .insert("15")])
        #expect(change.words.count == 4)
        #expect(result.timestamps.stealthEdit)
        #expect(result.timestamps.modifiedDeltaSeconds == 0)
        #expect(result.summaryLine == "1 paragraph changed; modified unchanged (stealth edit)")
    }

    @Test func seedAgainstItselfIsAllEqual() {
        let result = RevisionDiff(old: Seed.article, new: Seed.article)
        #expect(result.summary == DiffSummary(equal: 9))
        #expect(!result.timestamps.stampOnly && !result.timestamps.stealthEdit)
        #expect(result.summaryLine == "no change")
    }
}
