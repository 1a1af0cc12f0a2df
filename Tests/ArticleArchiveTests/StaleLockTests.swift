import ArticleArchive
import Foundation
import Testing

/// A ref lock file left by a writer killed while moving `refs/articles/<id>` (issue 6, point 2):
/// reported as stale, naming the file to delete, never waited on forever; nothing recorded
/// through it; recording works again once it is gone.
@Suite struct StaleLockTests {
    /// An archive with revision 1 of `seine` and a leftover `refs/articles/seine.lock`.
    private func archiveWithLeftoverLock(_ scratch: Scratch, modifiedSecondsAgo age: TimeInterval) throws -> (ArticleArchive, RecordResult, String) {
        let path = scratch.path("a.git")
        let archive = try ArticleArchive.create(at: path, timeZone: nil)
        let first = try archive.record(inputV1()) { _ in "first" }
        let lock = path + "/refs/articles/seine.lock"
        try Data("0123456789012345678901234567890123456789\n".utf8).write(to: URL(fileURLWithPath: lock))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: lock)
        return (archive, first, lock)
    }

    @Test func anOldLeftoverLockIsReportedStaleWithWhatToDelete() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let (archive, first, lock) = try archiveWithLeftoverLock(scratch, modifiedSecondsAgo: 120)
        #expect {
            _ = try archive.record(inputV2()) { _ in "blocked" }
        } throws: { error in
            guard case .staleLock(id: "seine", lockFile: lock, let age)? = error as? ArchiveError else { return false }
            let text = (error as? ArchiveError)?.description ?? ""
            return age >= 120 && text.contains("delete \(lock) and retry") && text.contains("left \(age) s ago")
        }
        #expect(try archive.history(id: "seine").map(\.commit) == [first.commit])
        try FileManager.default.removeItem(atPath: lock)
        #expect(try archive.record(inputV2()) { _ in "unblocked" }.revision == 2)
    }

    @Test func aFreshLeftoverLockIsReportedStaleAfterTheRetries() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let (archive, first, lock) = try archiveWithLeftoverLock(scratch, modifiedSecondsAgo: 0)
        #expect {
            _ = try archive.record(inputV2()) { _ in "blocked" }
        } throws: { error in
            guard case .staleLock(id: "seine", lockFile: lock, _)? = error as? ArchiveError else { return false }
            return true
        }
        #expect(try archive.history(id: "seine").map(\.commit) == [first.commit])
        try FileManager.default.removeItem(atPath: lock)
        #expect(try archive.record(inputV2()) { _ in "unblocked" }.revision == 2)
    }

    @Test func aLockHeldBrieflyByALiveWriterIsWaitedFor() throws {
        let scratch = Scratch()
        defer { scratch.cleanup() }
        let (archive, _, lock) = try archiveWithLeftoverLock(scratch, modifiedSecondsAgo: 0)
        let released = DispatchSemaphore(value: 0)
        Thread {
            Thread.sleep(forTimeInterval: 0.2)
            try? FileManager.default.removeItem(atPath: lock)
            released.signal()
        }.start()
        let result = try archive.record(inputV2()) { _ in "after the other writer" }
        released.wait()
        #expect(result.status == .recorded)
        #expect(result.revision == 2)
    }
}
