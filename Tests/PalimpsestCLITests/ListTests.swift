import Foundation
import Testing

/// `list` on a damaged archive: what can be read is listed, each ref that cannot is named.
@Suite struct ListTests {
    /// Article `a` with one revision, and `refs/articles/ghost` pointing at an object that does not exist.
    func archiveWithAGhostRef() throws -> CLI {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        try #require(cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--id", "a", "--archive", cli.archive]).status == 0)
        try Data("0000000000000000000000000000000000000001\n".utf8).write(to: URL(fileURLWithPath: cli.archive + "/refs/articles/ghost"))
        return cli
    }

    @Test func aRefToAMissingObjectIsNamedAndTheOthersAreListed() throws {
        let cli = try archiveWithAGhostRef()
        let out = try cli.run(["list", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stdout.hasPrefix("a\t1 revision\t"), "\(out.stdout)")
        #expect(out.stdout.split(separator: "\n").count == 1)
        #expect(out.stderr.hasPrefix("warning: refs/articles/ghost cannot be read"), "\(out.stderr)")
        #expect(out.stderr.contains("`palimpsest audit --archive \(cli.archive)`"))
        #expect(out.stderr.contains("`git --git-dir \(cli.archive) fsck --full`"))
        #expect(out.stderr.hasSuffix("error: 1 article of \(cli.archive) cannot be read (ghost); the others are listed\n"), "\(out.stderr)")

        let json = try cli.run(["list", "--archive", cli.archive, "--format", "json"])
        #expect(json.status == 2)
        let articles = try #require(try cli.json(json.stdout)["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["a"])
    }

    /// A missing object is damage, not a full disk: the hint says so.
    @Test func aMissingObjectIsReportedAsMissing() throws {
        let cli = try archiveWithAGhostRef()
        let out = try cli.run(["log", "--id", "ghost", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(!out.stderr.contains("permissions and free space"), "\(out.stderr)")
        #expect(out.stderr.contains("missing"))
        #expect(out.stderr.hasSuffix("run `git --git-dir \(cli.archive) fsck --full`\n"), "\(out.stderr)")
    }
}
