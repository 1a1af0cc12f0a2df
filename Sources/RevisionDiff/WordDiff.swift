/// Word-level diff of two texts (design §4).
///
/// Tokens come from ``Tokenizer`` and are compared by ``ArticleText/TextKey/key(_:)``, so `'`
/// against `’` or a space against a no-break space align; a token whose key matches but whose
/// characters differ is still shown as delete + insert, so the ops rebuild both texts exactly.
/// After alignment the result is cleaned up for reading:
/// - an unchanged stretch between two edits that is no longer than the edits on either side is
///   folded into them (diff-match-patch's semantic cleanup), so `le chat noir` → `un chien
///   blanc` reads as one replacement rather than three;
/// - when the similarity is below ``DiffOptions/wholeReplacementThreshold`` (0.3) the diff is
///   one whole delete + insert (NYTdiff issue #6).
public enum WordDiff {
    /// The word ops turning `old` into `new`, with default options.
    public static func diff(_ old: String, _ new: String) -> [WordOp] {
        diff(old, new, options: DiffOptions())
    }

    /// The word ops turning `old` into `new`.
    public static func diff(_ old: String, _ new: String, options: DiffOptions) -> [WordOp] {
        var differ = WordDiffer(options: options)
        return differ.compare(differ.interner.tokenize(old), differ.interner.tokenize(new)).words
    }

    /// How much of two texts survives, 0…1: the Dice coefficient over non-whitespace
    /// characters, `(kept(old) + kept(new)) / (all(old) + all(new))`, where kept characters are
    /// those of tokens the word alignment matches by key (so typography-only edits keep
    /// everything). 1 when neither text has a non-whitespace character.
    public static func similarity(_ old: String, _ new: String) -> Double {
        var differ = WordDiffer(options: DiffOptions())
        return differ.compare(differ.interner.tokenize(old), differ.interner.tokenize(new)).similarity
    }
}

/// The result of comparing two tokenized texts.
struct WordComparison {
    var words: [WordOp]
    /// ``WordDiff/similarity(_:_:)``.
    var similarity: Double
}

/// Compares tokenized texts that share one ``TokenInterner``, reusing its scratch buffers.
struct WordDiffer {
    let interner: TokenInterner
    let options: DiffOptions
    private var aligner = SequenceAligner()

    init(options: DiffOptions, interner: TokenInterner = TokenInterner()) {
        self.options = options
        self.interner = interner
    }

    /// A stretch of tokens: unchanged (same characters), or changed.
    private struct Segment {
        var equal: Bool
        var old: Range<Int>
        var new: Range<Int>
        /// A change of tokens equal by key only (whitespace, quotes, no-break spaces): it never
        /// makes the cleanup swallow the words around it.
        var cosmetic = false
    }

    mutating func compare(_ a: TokenizedText, _ b: TokenizedText) -> WordComparison {
        let runs = aligner.align(a.keys, b.keys, idCount: interner.keyCount, workLimit: options.myersWorkLimit)
        var kept = 0
        var segments: [Segment] = []
        func add(_ equal: Bool, _ old: Range<Int>, _ new: Range<Int>, cosmetic: Bool) {
            if let last = segments.last, last.equal == equal {
                segments[segments.count - 1].old = last.old.lowerBound..<old.upperBound
                segments[segments.count - 1].new = last.new.lowerBound..<new.upperBound
                segments[segments.count - 1].cosmetic = last.cosmetic && cosmetic
            } else {
                segments.append(Segment(equal: equal, old: old, new: new, cosmetic: cosmetic))
            }
        }
        var i = 0, j = 0
        for run in runs {
            if i < run.old || j < run.new { add(false, i..<run.old, j..<run.new, cosmetic: false) }
            for offset in 0..<run.count {
                let x = run.old + offset, y = run.new + offset
                kept += Int(a.weights[x]) + Int(b.weights[y])
                let same = a.raws[x] == b.raws[y]
                add(same, x..<(x + 1), y..<(y + 1), cosmetic: !same)
            }
            i = run.old + run.count
            j = run.new + run.count
        }
        if i < a.count || j < b.count { add(false, i..<a.count, j..<b.count, cosmetic: false) }

        let total = a.totalWeight + b.totalWeight
        let similarity = total == 0 ? 1 : Double(kept) / Double(total)
        if similarity < options.wholeReplacementThreshold, a.count > 0, b.count > 0 {
            segments = [Segment(equal: false, old: 0..<a.count, new: 0..<b.count)]
        } else {
            segments = Self.semanticCleanup(segments, a, b)
        }

        var words: [WordOp] = []
        for segment in segments {
            if segment.equal {
                words.append(.equal(a.text(segment.old)))
            } else {
                if !segment.old.isEmpty { words.append(.delete(a.text(segment.old))) }
                if !segment.new.isEmpty { words.append(.insert(b.text(segment.new))) }
            }
        }
        return WordComparison(words: words, similarity: similarity)
    }

    /// Folds an unchanged segment into the changes around it when it is no longer than the
    /// larger side of the change before it and of the change after it (diff-match-patch's
    /// `diff_cleanupSemantic`), measuring in characters with a whitespace run counting one.
    /// Repeats until nothing folds, since a grown change can swallow the next equality. A
    /// cosmetic change (spaces doubled, a quote retyped) counts zero: `3 000` → `3  000` shows
    /// the spaces, never the number, as changed.
    private static func semanticCleanup(_ input: [Segment], _ a: TokenizedText, _ b: TokenizedText) -> [Segment] {
        func prefixLengths(_ text: TokenizedText) -> [Int] {
            var sums = [0]
            sums.reserveCapacity(text.count + 1)
            for weight in text.weights { sums.append(sums[sums.count - 1] + max(Int(weight), 1)) }
            return sums
        }
        let lengthA = prefixLengths(a), lengthB = prefixLengths(b)
        func size(_ segment: Segment) -> Int {
            if segment.cosmetic { return 0 }
            return max(lengthA[segment.old.upperBound] - lengthA[segment.old.lowerBound],
                       lengthB[segment.new.upperBound] - lengthB[segment.new.lowerBound])
        }
        var segments = input
        var folded = true
        while folded {
            folded = false
            var output: [Segment] = []
            var index = 0
            while index < segments.count {
                let segment = segments[index]
                if segment.equal, let before = output.last, !before.equal, index + 1 < segments.count {
                    let after = segments[index + 1]
                    let equalSize = size(segment)
                    if equalSize <= size(before), equalSize <= size(after) {
                        output[output.count - 1] = Segment(
                            equal: false,
                            old: before.old.lowerBound..<after.old.upperBound,
                            new: before.new.lowerBound..<after.new.upperBound,
                            cosmetic: false)
                        index += 2
                        folded = true
                        continue
                    }
                }
                output.append(segment)
                index += 1
            }
            segments = output
        }
        return segments
    }
}
