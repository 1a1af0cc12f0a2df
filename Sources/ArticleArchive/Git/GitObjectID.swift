import Clibgit2

/// A SHA-1 object id.
struct GitObjectID: Equatable, Sendable, CustomStringConvertible {
    var raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    /// All zeros: "no such reference" in a compare-and-swap.
    static let zero = GitObjectID(git_oid())

    /// The id git gives a blob with these bytes (`git hash-object`), without writing it.
    static func blob(hashing bytes: [UInt8]) throws(GitError) -> GitObjectID {
        _ = LibGit2.ready
        var oid = git_oid()
        let rc = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        try gitCheck(rc, "hash a blob")
        return GitObjectID(oid)
    }

    /// Parses 40 hex digits; nil for anything else.
    init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        _ = LibGit2.ready
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.init(oid)
    }

    /// Lower-case hex, 40 characters.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(40)
        withUnsafeBytes(of: raw.id) { bytes in
            for byte in bytes {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0f)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    var description: String { hex }

    static func == (lhs: GitObjectID, rhs: GitObjectID) -> Bool {
        withUnsafeBytes(of: lhs.raw.id) { a in withUnsafeBytes(of: rhs.raw.id) { b in a.elementsEqual(b) } }
    }
}

/// Who and when, for a commit's author or committer line.
struct GitSignature {
    var name: String
    var email: String
    /// Seconds since 1970-01-01T00:00:00Z.
    var time: Int64
    /// Offset from UTC in minutes, as git stores it.
    var offsetMinutes: Int32
}

/// One entry of a tree to write: a file or a nested directory.
indirect enum GitTreeEntry {
    case blob(GitObjectID)
    case tree([String: GitTreeEntry])
}

/// What the archive reads back from a commit.
struct GitCommitInfo {
    var message: String
    var author: GitSignature
    var committer: GitSignature
    var parentCount: Int
}
