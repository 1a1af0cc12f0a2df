import Clibgit2
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// syncfs(2): flushes one file system (glibc declares it only under _GNU_SOURCE, which Swift's
/// Glibc module leaves out).
@_silgen_name("syncfs")
private func syncfs(_ descriptor: Int32) -> Int32
#endif

/// When written objects and refs reach the disk.
///
/// By default libgit2 fsyncs every object and ref file as it is written (`LibGit2.ready`), so a
/// single record is durable when it returns. A bulk write instead turns that off, which is a
/// process-wide libgit2 switch, and makes its work durable with barriers: every object, then a
/// flush of the file system, then the refs, then a flush, so that after a power loss a ref never
/// names a missing object. A readers-writer lock keeps single writes (shared) and bulk writes
/// (exclusive) of one process apart, so no single write ever runs with fsync off.
enum GitDurability {
    private static let gate = ReadWriteLock()

    /// Runs `body`, which writes with fsync on; several may run at once.
    static func singleWrite<T>(_ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        gate.lockShared()
        defer { gate.unlock() }
        return try body()
    }

    /// Runs `body` alone with fsync off; `body` calls ``barrier(_:)`` before moving refs and
    /// after. fsync is on again when this returns or throws.
    static func bulkWrite<T>(_ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        gate.lockExclusive()
        _ = LibGit2.ready
        _ = palimpsest_git_enable_fsync_gitdir(0)
        defer {
            _ = palimpsest_git_enable_fsync_gitdir(1)
            gate.unlock()
        }
        return try body()
    }

    /// Flushes the file system holding `path` (syncfs(2) on Linux, sync(2) elsewhere).
    static func barrier(_ path: String) throws(GitError) {
        #if os(Linux)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open \(path)") }
        defer { close(descriptor) }
        guard syncfs(descriptor) == 0 else { throw failure("flush \(path) to disk") }
        #else
        sync()
        #endif
    }

    private static func failure(_ operation: String) -> GitError {
        GitError(operation: operation, code: -1, errorClass: 0, message: String(cString: strerror(errno)))
    }
}

/// A pthread readers-writer lock at a stable address.
private final class ReadWriteLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    func lockShared() { pthread_rwlock_rdlock(lock) }
    func lockExclusive() { pthread_rwlock_wrlock(lock) }
    func unlock() { pthread_rwlock_unlock(lock) }
}
