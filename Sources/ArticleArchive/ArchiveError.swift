import ArticleHTML
import ArticleText

/// Why an archive operation failed. Each description names the input and says what to do.
public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing exists at the path.
    case noArchive(path: String)
    /// Something exists at the path but is not a Palimpsest archive.
    case notAnArchive(path: String, reason: String)
    /// The archive was written by a newer Palimpsest (`palimpsest.version` in its config).
    case unsupportedVersion(path: String, version: String)
    /// ``ArticleArchive/create(at:timeZone:)``: an archive already exists there.
    case archiveExists(path: String)
    /// ``ArticleArchive/create(at:timeZone:)``: the path is a file or a non-empty directory.
    case pathInUse(path: String)
    /// Not an IANA time zone name that this system knows.
    case invalidTimeZone(String)
    /// The id cannot be a reference-name component.
    case invalidArticleID(String, reason: String)
    /// Some other field of a ``RevisionInput`` breaks its documented rules.
    case invalidInput(id: String, reason: String)
    /// No `refs/articles/<id>` in the archive.
    case unknownArticle(id: String, path: String)
    /// The article exists but has fewer revisions.
    case unknownRevision(id: String, revision: Int, latest: Int)
    /// A revision commit lacks `article.txt` or a readable `meta.json`.
    case corruptRevision(id: String, commit: String, reason: String)
    /// Another writer kept moving or locking the article's ref through every retry.
    case contention(id: String, attempts: Int, lockFile: String)
    /// `refs/articles/<id>.lock` stayed while no Palimpsest writer of the article was running:
    /// a writer was killed while moving the ref. Age in whole seconds (from its modification time).
    case staleLock(id: String, lockFile: String, ageSeconds: Int)
    /// Another live process held the article's writer lock (``WriterLock``) for the whole wait.
    case busy(id: String, lockFile: String, waitedSeconds: Int)
    /// The article's writer lock file could not be created or locked.
    case lockUnavailable(lockFile: String, reason: String)
    /// The input could not be read as an article; nothing was written.
    case article(ArticleError)
    /// An HTML or JSON input could not be turned into an article (or is a paywall or consent
    /// page); nothing was written.
    case extraction(ExtractionError)
    /// libgit2 failed in a way the archive does not expect (I/O, permissions, corruption).
    case git(path: String, GitError)

    public var description: String {
        switch self {
        case .noArchive(let path):
            return "no archive at \(path): run `palimpsest init --archive \(path)` first"
        case .notAnArchive(let path, let reason):
            return "\(path) is not a Palimpsest archive (\(reason)): pass the path of one, or create one with `palimpsest init --archive DIR`"
        case .unsupportedVersion(let path, let version):
            return "\(path) is a Palimpsest archive of format \(version), which this version cannot read: upgrade palimpsest"
        case .archiveExists(let path):
            return "an archive already exists at \(path): use it, or choose another path"
        case .pathInUse(let path):
            return "\(path) already exists and is not an empty directory: choose another path"
        case .invalidTimeZone(let zone):
            return "unknown time zone '\(zone)': use an IANA name such as Europe/Paris or UTC"
        case .invalidArticleID(let id, let reason):
            return "invalid article id '\(VisibleText.escape(id, oneLine: true))': \(reason); use letters, digits, '-', '_' and '.'"
        case .invalidInput(let id, let reason):
            return "cannot record article '\(id)': \(reason)"
        case .unknownArticle(let id, let path):
            return "no article '\(id)' in \(path): `palimpsest list --archive \(path)` shows the ids"
        case .unknownRevision(let id, let revision, let latest):
            return "article '\(id)' has revisions 1…\(latest), not \(revision): pick one of those"
        case .corruptRevision(let id, let commit, let reason):
            return "revision commit \(commit) of article '\(id)' is damaged (\(reason)): check the archive with `git fsck`"
        case .contention(let id, let attempts, let lockFile):
            return "could not record article '\(id)': its ref stayed busy through \(attempts) attempts; if no other palimpsest is running, delete \(lockFile) and retry"
        case .staleLock(let id, let lockFile, let age):
            return "could not record article '\(id)': \(lockFile) was left \(age) s ago by a writer that is gone (killed while updating the ref); if no git command is running on this archive, delete \(lockFile) and retry"
        case .busy(let id, let lockFile, let waited):
            return "could not record article '\(id)': another process has been recording it for \(waited) s (it holds \(lockFile)); wait for it to finish, or stop it if it hangs, then retry"
        case .lockUnavailable(let lockFile, let reason):
            return "cannot lock \(lockFile) (\(reason)): check that the archive is writable and on a file system with flock(2)"
        case .article(let error):
            return error.description
        case .extraction(let error):
            return error.description
        case .git(let path, let error) where error.isNotFound:
            // A ref or tree names an object that is not there: damage, not a full disk.
            return "archive \(path): \(error); an object the archive refers to is missing (the archive is damaged): run `git --git-dir \(path) fsck --full`"
        case .git(let path, let error):
            return "archive \(path): \(error); check its permissions and free space, then `git --git-dir \(path) fsck`"
        }
    }
}
