import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The queue Palimpsest writers of one article take turns on after losing a compare-and-swap
/// race: an exclusive `flock(2)` on `<archive>/palimpsest/locks/<id>`.
///
/// The kernel drops the lock when its file is closed, which happens when the holder releases
/// it, exits, or is killed, so a crashed writer never leaves it held; the file itself stays
/// (empty, harmless) for the next writer. git neither reads nor minds the `palimpsest/`
/// directory. Held for the lifetime of the instance.
final class WriterLock {
    /// The lock file.
    let path: String
    private let descriptor: Int32

    /// The lock file of article `id` in the archive at `archive`.
    static func path(archive: String, id: String) -> String {
        (archive as NSString).appendingPathComponent("palimpsest/locks/\(id)")
    }

    /// Waits for the lock, polling every 1–20 ms, for at most `timeout` seconds.
    ///
    /// - Throws: ``ArchiveError/busy(id:lockFile:waitedSeconds:)`` when another live process
    ///   still holds it after `timeout`; ``ArchiveError/lockUnavailable(lockFile:reason:)``
    ///   when the file cannot be created or locked (permissions, file system without locks).
    init(archive: String, id: String, timeout: TimeInterval) throws(ArchiveError) {
        path = Self.path(archive: archive, id: id)
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .lockUnavailable(lockFile: path, reason: "cannot create \(directory)")
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .lockUnavailable(lockFile: path, reason: String(cString: strerror(errno))) }
        let start = Date()
        var pause = 0.001
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw .lockUnavailable(lockFile: path, reason: String(cString: strerror(failure)))
            }
            let waited = Date().timeIntervalSince(start)
            if waited >= timeout {
                close(descriptor)
                throw .busy(id: id, lockFile: path, waitedSeconds: Int(waited.rounded()))
            }
            Thread.sleep(forTimeInterval: pause * Double.random(in: 0.5...1.5))
            pause = min(pause * 2, 0.02)
        }
    }

    /// Closing the descriptor releases the lock.
    deinit { close(descriptor) }
}
