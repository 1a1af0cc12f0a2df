import ArticleArchive
import Foundation
import Testing

@Suite struct DeterminismTests {
    /// Same inputs, times and parents give the same commit ids in any archive, on any run.
    /// A change to these ids means the stored layout changed: that breaks the archive contract.
    @Test func sameInputsGiveThePinnedCommitIDs() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        var commits: [[String]] = []
        for name in ["one.git", "two.git"] {
            let archive = try ArticleArchive.create(at: scratch.path(name), timeZone: name == "one.git" ? "UTC" : nil)
            let first = try archive.record(inputV1()) { _ in "first capture" }
            let second = try archive.record(inputV2()) { _ in "2 paragraphs changed" }
            commits.append([first.commit, second.commit])
        }
        #expect(commits[0] == commits[1])
        #expect(commits[0] == ["d0ac757151a4645f523ea9b0cdf48c068e2a3457", "fbd4306351cbcfe1179a52a66afc73b8646ba17a"])
    }
}
