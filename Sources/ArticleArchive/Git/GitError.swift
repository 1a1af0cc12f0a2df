import Clibgit2

/// A libgit2 failure: what was attempted, libgit2's return code and error class, and its message.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the archive was doing, e.g. `update refs/articles/x`.
    public var operation: String
    /// libgit2's return code (`git_error_code`, e.g. -3 not found, -15 modified).
    public var code: Int32
    /// libgit2's error class (`git_error_t`), 0 when libgit2 left no error message.
    public var errorClass: Int32
    /// libgit2's message, or a generic one when it gave none.
    public var message: String

    public init(operation: String, code: Int32, errorClass: Int32, message: String) {
        self.operation = operation
        self.code = code
        self.errorClass = errorClass
        self.message = message
    }

    public var description: String { "\(operation) failed: \(message) (libgit2 error \(code))" }

    /// The error libgit2 just reported on this thread for `code`.
    ///
    /// `git_error_last()` is per thread, overwritten by the next failing call, and may be
    /// NULL in libgit2 1.5: it must be read right after the failing call.
    static func last(_ code: Int32, _ operation: String) -> GitError {
        guard let error = git_error_last(), let message = error.pointee.message else {
            return GitError(operation: operation, code: code, errorClass: 0, message: "libgit2 returned \(code)")
        }
        return GitError(operation: operation, code: code, errorClass: error.pointee.klass,
                        message: String(cString: message))
    }

    static let existsCode = GIT_EEXISTS.rawValue
    var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
    /// The reference moved, appeared or is locked by another writer: worth a retry.
    var isConcurrentUpdate: Bool {
        code == GIT_EMODIFIED.rawValue || code == GIT_EEXISTS.rawValue || code == GIT_ELOCKED.rawValue
    }
    var isLocked: Bool { code == GIT_ELOCKED.rawValue }
}

/// Throws the thread's last libgit2 error when `code` is negative; returns `code` otherwise.
@discardableResult
func gitCheck(_ code: Int32, _ operation: @autoclosure () -> String) throws(GitError) -> Int32 {
    guard code < 0 else { return code }
    throw GitError.last(code, operation())
}

/// libgit2's process-wide state, set up once on first use.
enum LibGit2 {
    static let ready: Void = {
        git_libgit2_init()
        // An archive is a record of record: fsync objects and refs as they are written.
        _ = palimpsest_git_enable_fsync_gitdir(1)
        // Reads do not hash each object again (git's own default; `git fsck` does): that was a
        // tenth of an audit's time, and a damaged object still fails zlib's checksum.
        _ = palimpsest_git_enable_strict_hash_verification(0)
    }()
}
