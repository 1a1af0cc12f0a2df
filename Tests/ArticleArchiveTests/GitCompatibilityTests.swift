import ArticleArchive
import Foundation
import Testing

/// Plain git must read an archive (design §3). `git` is only a test oracle here.
@Suite(.enabled(if: gitAvailable)) struct GitCompatibilityTests {
    @Test func gitLogShowsClaimedBesideObservedTime() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: "Europe/Paris")
        _ = try archive.record(inputV1()) { _ in "first" }
        _ = try archive.record(inputV2()) { _ in "second" }
        let log = try git(["--git-dir", path, "log", "--format=%ai %ci", "refs/articles/seine"])
        #expect(log.status == 0)
        #expect(log.out == """
            2021-06-16 20:04:00 +0200 2021-06-17 08:00:00 +0200
            2021-06-16 17:04:00 +0200 2021-06-16 15:30:00 +0000

            """)
    }

    @Test func fsckIsClean() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        _ = try archive.record(inputV1()) { _ in "first" }
        _ = try archive.record(inputV2()) { _ in "second" }
        _ = try archive.record(inputV1(id: "autre")) { _ in "first" }
        let fsck = try git(["--git-dir", path, "fsck", "--full", "--strict", "--no-progress"])
        #expect(fsck.status == 0)
        #expect(!fsck.out.contains("error") && !fsck.out.contains("warning") && !fsck.out.contains("dangling"))
        #expect(!fsck.err.contains("error") && !fsck.err.contains("warning"))
        #expect(try git(["--git-dir", path, "for-each-ref", "--format=%(refname)"]).out
                == "refs/articles/autre\nrefs/articles/seine\n")
    }
}
