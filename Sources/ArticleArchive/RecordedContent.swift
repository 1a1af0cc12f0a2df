/// The source files and canonical texts an article's chain already holds, as git blob ids
/// (from ``ArticleArchive/recordedContent(id:)``): an input is compared by hashing its bytes
/// as git would, so nothing is read back from the archive.
public struct RecordedContent: Sendable {
    /// The archive's path, for errors.
    let path: String
    /// By source file name, the blob id (hex) of each `source/<name>` in any revision, and the
    /// blob id of that revision's `article.txt`.
    var sources: [String: [String: String]] = [:]
    /// Blob ids (hex) of every revision's `article.txt`.
    var texts: Set<String> = []
    /// The commit (hex) of the latest revision, the chain's tip when it was read.
    public internal(set) var tip: String?

    init(path: String) { self.path = path }

    /// Whether a revision holds `source/<name>` with exactly `bytes`.
    /// - Throws: ``ArchiveError/git(path:_:)`` when the bytes cannot be hashed.
    public func holdsSource(named name: String, bytes: [UInt8]) throws(ArchiveError) -> Bool {
        try textID(ofSource: name, bytes: bytes) != nil
    }

    /// The `article.txt` blob id of the revision holding `source/<name>` with exactly `bytes`;
    /// nil when none does.
    /// - Throws: ``ArchiveError/git(path:_:)`` when the bytes cannot be hashed.
    public func textID(ofSource name: String, bytes: [UInt8]) throws(ArchiveError) -> String? {
        guard let ids = sources[name] else { return nil }
        return ids[try blobID(bytes)]
    }

    /// Whether `input` has source files and a revision holds each under its name, byte for byte.
    /// - Throws: ``ArchiveError/git(path:_:)`` when the bytes cannot be hashed.
    public func holdsSources(of input: RevisionInput) throws(ArchiveError) -> Bool {
        guard !input.sources.isEmpty else { return false }
        for source in input.sources where !(try holdsSource(named: source.name, bytes: source.bytes)) { return false }
        return true
    }

    /// Whether a revision's `article.txt` is exactly `canonicalText`.
    /// - Throws: ``ArchiveError/git(path:_:)`` when the text cannot be hashed.
    public func holdsText(_ canonicalText: String) throws(ArchiveError) -> Bool {
        texts.contains(try textID(of: canonicalText))
    }

    /// The blob id `canonicalText` has as an `article.txt`.
    /// - Throws: ``ArchiveError/git(path:_:)`` when the text cannot be hashed.
    public func textID(of canonicalText: String) throws(ArchiveError) -> String {
        try blobID(Array(canonicalText.utf8))
    }

    private func blobID(_ bytes: [UInt8]) throws(ArchiveError) -> String {
        do { return try GitObjectID.blob(hashing: bytes).hex } catch { throw .git(path: path, error) }
    }
}
