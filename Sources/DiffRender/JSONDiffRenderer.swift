import ArticleText
import RevisionDiff

/// The `palimpsest.diff/1` JSON document (design §6). Stamps are ISO 8601 strings or null;
/// deltas are seconds; paragraph indices count from 0; word texts are the original characters.
public enum JSONDiffRenderer {
    public static let schema = "palimpsest.diff/1"

    public static func render(_ diff: RevisionDiff, pretty: Bool = true) -> String {
        JSONText.encode(Document(diff), pretty: pretty) + "\n"
    }

    struct Document: Encodable {
        let diff: RevisionDiff
        init(_ diff: RevisionDiff) { self.diff = diff }

        enum Keys: String, CodingKey { case schema, headline, timestamps, paragraphs, duplicates, summary }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(JSONDiffRenderer.schema, forKey: .schema)
            try c.encode(Headline(diff.headline), forKey: .headline)
            try c.encode(Timestamps(diff.timestamps), forKey: .timestamps)
            try c.encode(diff.paragraphs.map(Paragraph.init), forKey: .paragraphs)
            try c.encode(
                ["old": diff.duplicatesOld.map(DuplicatePair.init), "new": diff.duplicatesNew.map(DuplicatePair.init)],
                forKey: .duplicates)
            try c.encode(Summary(diff.summary), forKey: .summary)
        }
    }

    struct Word: Encodable {
        let op: String
        let text: String
        init(_ word: WordOp) { op = word.op.rawValue; text = word.text }
    }

    struct Headline: Encodable {
        let h: HeadlineDiff
        init(_ h: HeadlineDiff) { self.h = h }
        enum Keys: String, CodingKey { case old, new, changed, `class`, words, echo }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(h.old, forKey: .old)
            try c.encode(h.new, forKey: .new)
            try c.encode(h.changed, forKey: .changed)
            try c.encode(h.changeClass?.rawValue, forKey: .class)
            try c.encode(h.words.map(Word.init), forKey: .words)
            try c.encode(["old": h.echoOld, "new": h.echoNew], forKey: .echo)
        }
    }

    struct StampPair: Encodable {
        let stamps: DatelineStamps
        enum Keys: String, CodingKey { case published, modified }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(stamps.published?.iso8601, forKey: .published)
            try c.encode(stamps.modified?.iso8601, forKey: .modified)
        }
    }

    struct Timestamps: Encodable {
        let t: StampDelta
        init(_ t: StampDelta) { self.t = t }
        enum Keys: String, CodingKey {
            case old, new, published_delta_seconds, modified_delta_seconds, stamp_only, stealth_edit
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(StampPair(stamps: t.old), forKey: .old)
            try c.encode(StampPair(stamps: t.new), forKey: .new)
            try c.encode(t.publishedDeltaSeconds, forKey: .published_delta_seconds)
            try c.encode(t.modifiedDeltaSeconds, forKey: .modified_delta_seconds)
            try c.encode(t.stampOnly, forKey: .stamp_only)
            try c.encode(t.stealthEdit, forKey: .stealth_edit)
        }
    }

    struct Paragraph: Encodable {
        let p: ParagraphOp
        init(_ p: ParagraphOp) { self.p = p }
        enum Keys: String, CodingKey { case op, old, new, `class`, similarity, duplicate_of, words }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(p.op.rawValue, forKey: .op)
            try c.encode(p.old, forKey: .old)
            try c.encode(p.new, forKey: .new)
            try c.encode(p.changeClass?.rawValue, forKey: .class)
            // Three decimals: enough to compare with a threshold, stable across platforms.
            // A non-finite value cannot be JSON (RFC 8259 §6): null, never a crash.
            try c.encode(p.similarity.flatMap { $0.isFinite ? ($0 * 1000).rounded() / 1000 : nil }, forKey: .similarity)
            try c.encode(p.duplicateOf, forKey: .duplicate_of)
            try c.encode(p.words.map(Word.init), forKey: .words)
        }
    }

    struct DuplicatePair: Encodable {
        let paragraphs: [Int]
        let kind: String
        init(_ d: Duplicate) { paragraphs = d.paragraphs; kind = d.kind.rawValue }
    }

    struct Summary: Encodable {
        let equal, inserted, deleted, changed, moved, split, merged: Int
        init(_ s: DiffSummary) {
            equal = s.equal; inserted = s.inserted; deleted = s.deleted; changed = s.changed
            moved = s.moved; split = s.split; merged = s.merged
        }
    }
}
