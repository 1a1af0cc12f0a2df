import ArticleArchive

/// Why an audit could not run at all (as opposed to damage it found and reported as
/// `archive-integrity` findings). `palimpsest audit` exits 2 on these.
public enum AuditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The archive could not be opened or its articles listed.
    case archive(ArchiveError)
    /// An id asked for is not a valid article id or has no `refs/articles/<id>`.
    case unknownArticle(id: String, path: String)

    public var description: String {
        switch self {
        case .archive(let error):
            return error.description
        case .unknownArticle(let id, let path):
            return "no article '\(id)' in \(path): `palimpsest list --archive \(path)` shows the ids"
        }
    }
}
