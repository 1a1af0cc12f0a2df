import ArticleText
import Foundation
import RevisionDiff

/// One fuzz input: two article files separated by the first NUL byte (no article holds one:
/// the decoder calls it binary), or the input's two halves when it has none.
///
/// Each side goes through ``ArticleParser/parse(_:input:decoder:)`` (decoding, blocks, stamps);
/// when both parse, ``RevisionDiff`` compares them and ``FuzzInvariants`` checks what the design
/// (§4) promises. A broken promise traps, which libFuzzer reports as a crash with its input.
@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
    let oldBytes = Array(bytes[..<cut]), newBytes = Array(bytes[min(cut + (cut < bytes.count && bytes[cut] == 0 ? 1 : 0), bytes.count)...])
    let parser = ArticleParser(stamps: StampParser(timeZone: FuzzInvariants.paris, captured: FuzzInvariants.captured))
    let old = try? parser.parse(oldBytes, input: "old").article
    let new = try? parser.parse(newBytes, input: "new").article
    guard let old, let new else { return 0 }
    FuzzInvariants.check(old: old, new: new, diff: RevisionDiff(old: old, new: new))
    return 0
}

/// libFuzzer's entry point for a program that has its own `main` (SwiftPM gives every
/// executable one): parses libFuzzer's flags and runs `callback` on each input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@main
enum ArticleFuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, articleFuzz))
    }
}

/// The rebuild invariant of design §4 and the index rules of ``ParagraphOp``.
enum FuzzInvariants {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let captured = Date(timeIntervalSince1970: 1_623_862_800)

    static func check(old: Article, new: Article, diff: RevisionDiff) {
        expectRebuild(diff.headline.words, old: old.headline, new: new.headline, what: "headline")
        var seenOld = Set<Int>(), seenNew = Set<Int>()
        for op in diff.paragraphs {
            require(op.old.allSatisfy(old.paragraphs.indices.contains) && op.new.allSatisfy(new.paragraphs.indices.contains),
                    "\(op.op) indices \(op.old) → \(op.new) out of range (\(old.paragraphs.count) → \(new.paragraphs.count))")
            for i in op.old { require(seenOld.insert(i).inserted, "old paragraph \(i) in two ops") }
            for j in op.new { require(seenNew.insert(j).inserted, "new paragraph \(j) in two ops") }
            let oldText = op.old.map { old.paragraphs[$0] }.joined(separator: "\n\n")
            let newText = op.new.map { new.paragraphs[$0] }.joined(separator: "\n\n")
            expectRebuild(op.words, old: oldText, new: newText, what: "\(op.op) \(op.old) → \(op.new)")
        }
        require(seenOld == Set(old.paragraphs.indices), "old paragraphs missing from the ops: \(Set(old.paragraphs.indices).subtracting(seenOld).sorted())")
        require(seenNew == Set(new.paragraphs.indices), "new paragraphs missing from the ops: \(Set(new.paragraphs.indices).subtracting(seenNew).sorted())")
    }

    /// equal + delete word texts give `old` exactly (scalar for scalar), equal + insert give `new`.
    static func expectRebuild(_ words: [WordOp], old: String, new: String, what: String) {
        let rebuiltOld = words.filter { $0.op != .insert }.map(\.text).joined()
        let rebuiltNew = words.filter { $0.op != .delete }.map(\.text).joined()
        require(rebuiltOld.unicodeScalars.elementsEqual(old.unicodeScalars), "\(what): equal+delete gives \(rebuiltOld.debugDescription), old is \(old.debugDescription)")
        require(rebuiltNew.unicodeScalars.elementsEqual(new.unicodeScalars), "\(what): equal+insert gives \(rebuiltNew.debugDescription), new is \(new.debugDescription)")
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }
}
