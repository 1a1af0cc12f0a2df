import Clibgit2

/// Owns one `git_repository*` and frees it on deinit.
///
/// Not Sendable: libgit2 wants one repository object used by one thread at a time, so each
/// thread or task opens its own.
final class GitRepository {
    let pointer: OpaquePointer
    /// The repository's object database, owned by `pointer`'s repository (freed with it).
    private let odb: OpaquePointer
    /// The path the repository was opened or created with.
    let path: String
    /// On a handle opened with ``init(packingWritesOf:)``, the in-memory store in front of `odb`
    /// that holds every object written until ``writePendingPack()``. Owned by `odb` (freed
    /// with it); only borrowed here.
    private let mempack: UnsafeMutablePointer<git_odb_backend>?
    /// Commits written into `mempack` since it was last emptied: what a pack dump starts from.
    private var pendingCommits = 0

    private init(pointer: OpaquePointer, path: String, packing: Bool = false) throws(GitError) {
        var odb: OpaquePointer?
        var rc = git_repository_odb(&odb, pointer)
        guard rc == 0, let odb else {
            let error = GitError.last(rc, "open the object database of \(path)")
            git_repository_free(pointer)
            throw error
        }
        var mempack: UnsafeMutablePointer<git_odb_backend>?
        if packing {
            rc = palimpsest_git_odb_add_mempack(&mempack, odb)
            // Whole objects: delta search was most of a bulk import's time, for packs about a
            // fifth smaller; `git gc` deltifies them later.
            if rc == 0 { rc = palimpsest_git_repository_pack_whole_objects(pointer) }
            if rc < 0 {
                let error = GitError.last(rc, "set up an in-memory object store for \(path)")
                git_odb_free(odb)
                git_repository_free(pointer)
                throw error
            }
        }
        self.pointer = pointer
        self.odb = odb
        self.path = path
        self.mempack = mempack
    }

    deinit {
        git_odb_free(odb)
        git_repository_free(pointer)
    }

    /// Creates a bare repository at `path` (making missing parent directories) whose HEAD
    /// names `initialHead`; fails with `GIT_EEXISTS` if a repository is already there.
    static func createBare(at path: String, initialHead: String) throws(GitError) -> GitRepository {
        _ = LibGit2.ready
        var options = git_repository_init_options()
        try gitCheck(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
                     "prepare to create \(path)")
        options.flags = GIT_REPOSITORY_INIT_BARE.rawValue | GIT_REPOSITORY_INIT_MKPATH.rawValue
            | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        var repository: OpaquePointer?
        let rc = initialHead.withCString { head in
            options.initial_head = head
            return git_repository_init_ext(&repository, path, &options)
        }
        try gitCheck(rc, "create a bare repository at \(path)")
        guard let repository else { throw GitError(operation: "create \(path)", code: -1, errorClass: 0, message: "no repository") }
        return try GitRepository(pointer: repository, path: path)
    }

    /// Opens the bare repository at exactly `path` (no search upwards); `GIT_ENOTFOUND` when
    /// `path` is not a repository.
    convenience init(openBare path: String) throws(GitError) {
        _ = LibGit2.ready
        var repository: OpaquePointer?
        try gitCheck(git_repository_open_bare(&repository, path), "open \(path)")
        guard let repository else { throw GitError(operation: "open \(path)", code: -1, errorClass: 0, message: "no repository") }
        try self.init(pointer: repository, path: path)
    }

    /// Opens the bare repository at `path` with an in-memory object store in front of its object
    /// database: objects this handle writes stay in memory, readable through this handle (with
    /// everything already on disk), until ``writePendingPack()`` writes them as one pack. Other
    /// handles do not see them before that, and whatever is still pending when this handle is
    /// freed is dropped. libgit2 1.5 cannot detach the store, hence a handle of its own. The
    /// pack stores each object whole (zlib only, no deltas), as loose objects are.
    convenience init(packingWritesOf path: String) throws(GitError) {
        _ = LibGit2.ready
        var repository: OpaquePointer?
        try gitCheck(git_repository_open_bare(&repository, path), "open \(path)")
        guard let repository else { throw GitError(operation: "open \(path)", code: -1, errorClass: 0, message: "no repository") }
        try self.init(pointer: repository, path: path, packing: true)
    }

    /// Writes the objects pending in the in-memory store (``init(packingWritesOf:)``) to
    /// `objects/pack` as one pack file and its index, then empties the store; does nothing when
    /// no commit is pending or the handle has no store. The pack holds every commit written
    /// since and everything its tree reaches (so possibly copies of objects already on disk);
    /// objects no pending commit reaches are dropped. Durable only as the process-wide fsync
    /// setting says: under ``GitDurability/bulkWrite(_:)`` a barrier must follow before any ref
    /// names these objects.
    func writePendingPack() throws(GitError) {
        guard let mempack, pendingCommits > 0 else { return }
        var pack = git_buf()
        defer { git_buf_dispose(&pack) }
        try gitCheck(git_mempack_dump(&pack, pointer, mempack), "pack \(pendingCommits) new commits for \(path)")
        try gitCheck(palimpsest_git_odb_write_pack_bytes(odb, pack.ptr, pack.size),
                     "write a pack of \(pendingCommits) new commits to \(path)/objects/pack")
        // Only now that the pack is on disk may the memory copies go (reads fall through to it).
        try gitCheck(git_mempack_reset(mempack), "empty the in-memory object store of \(path)")
        pendingCommits = 0
    }

    // MARK: Config (the repository's own file only, never ~/.gitconfig)

    private func withLocalConfig<T>(_ operation: String, _ body: (OpaquePointer) throws(GitError) -> T) throws(GitError) -> T {
        var all: OpaquePointer?
        try gitCheck(git_repository_config(&all, pointer), operation)
        defer { git_config_free(all) }
        var local: OpaquePointer?
        try gitCheck(git_config_open_level(&local, all, GIT_CONFIG_LEVEL_LOCAL), operation)
        defer { git_config_free(local) }
        return try body(local!)
    }

    /// The value of `name` (e.g. `palimpsest.timezone`), nil when unset.
    func configString(_ name: String) throws(GitError) -> String? {
        try withLocalConfig("read \(name) from \(path)/config") { (config) throws(GitError) -> String? in
            var buffer = git_buf()
            defer { git_buf_dispose(&buffer) }
            let rc = git_config_get_string_buf(&buffer, config, name)
            if rc == GIT_ENOTFOUND.rawValue { return nil }
            try gitCheck(rc, "read \(name) from \(path)/config")
            guard let bytes = buffer.ptr else { return "" }
            return String(decoding: UnsafeRawBufferPointer(start: bytes, count: buffer.size), as: UTF8.self)
        }
    }

    func setConfigString(_ name: String, _ value: String) throws(GitError) {
        try withLocalConfig("write \(name) to \(path)/config") { (config) throws(GitError) -> Void in
            try gitCheck(git_config_set_string(config, name, value), "write \(name) to \(path)/config")
        }
    }

    // MARK: Writing objects
    //
    // Every object goes through an object-database stream rather than `git_odb_write`: libgit2
    // stages a stream in `objects/tmp_object_git2_XXXXXX`, where git never looks, and renames it
    // into place when complete, whereas `git_odb_write` stages next to the final name
    // (`objects/ab/cdef…_git2_XXXXXX`), which a writer killed mid-write leaves for
    // `git fsck` to report as a "bad sha1 file" forever (git prune only removes `tmp_*`).
    // A handle with an in-memory store writes there directly and to disk only as a pack.

    /// Writes one object of `type` unless the database already holds it; returns its id, which
    /// is hashed unless given.
    private func writeObject(_ bytes: UnsafeRawBufferPointer, type: git_object_t, what: String,
                             id: GitObjectID? = nil) throws(GitError) -> GitObjectID {
        var oid = git_oid()
        if let id {
            oid = id.raw
        } else {
            try gitCheck(git_odb_hash(&oid, bytes.baseAddress, bytes.count, type), "hash \(what)")
        }
        // No refresh of the pack list on a miss (a directory scan per new object): at worst an
        // object another process just wrote is written again, which is harmless.
        if git_odb_exists_ext(odb, &oid, GIT_ODB_LOOKUP_NO_REFRESH.rawValue) == 1 { return GitObjectID(oid) }
        if let mempack {
            try gitCheck(palimpsest_git_odb_backend_write(mempack, &oid, bytes.baseAddress, bytes.count, type),
                         "keep \(what) in memory for \(path)")
            if type == GIT_OBJECT_COMMIT { pendingCommits += 1 }
            return GitObjectID(oid)
        }
        var stream: UnsafeMutablePointer<git_odb_stream>?
        try gitCheck(git_odb_open_wstream(&stream, odb, git_object_size_t(bytes.count), type), "write \(what) to \(path)")
        defer { git_odb_stream_free(stream) }
        if bytes.count > 0 {
            try gitCheck(git_odb_stream_write(stream, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), bytes.count),
                         "write \(what) to \(path)")
        }
        try gitCheck(git_odb_stream_finalize_write(&oid, stream), "write \(what) to \(path)")
        return GitObjectID(oid)
    }

    private func writeObject(_ bytes: [UInt8], type: git_object_t, what: String) throws(GitError) -> GitObjectID {
        try bytes.withUnsafeBytes { buffer in Result { () throws(GitError) in try writeObject(buffer, type: type, what: what) } }.get()
    }

    func writeBlob(_ bytes: [UInt8]) throws(GitError) -> GitObjectID {
        try writeObject(bytes, type: GIT_OBJECT_BLOB, what: "a blob")
    }

    /// ``writeBlob(_:)`` for bytes whose id the caller already has (``GitObjectID/blob(hashing:)``).
    func writeBlob(_ bytes: [UInt8], id: GitObjectID) throws(GitError) -> GitObjectID {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(GitError) in try writeObject(buffer, type: GIT_OBJECT_BLOB, what: "a blob", id: id) }
        }.get()
    }

    /// Writes `entries` as a tree (and each nested directory as its own tree), serialized as
    /// git does: `<octal mode> <name>\0<20-byte id>` per entry, sorted by name bytes with a
    /// directory's name compared as if it ended in `/` (git's `base_name_compare`).
    func writeTree(_ entries: [String: GitTreeEntry]) throws(GitError) -> GitObjectID {
        var rows: [(key: [UInt8], bytes: [UInt8])] = []
        for (name, entry) in entries {
            let mode: String, id: GitObjectID, key: [UInt8]
            switch entry {
            case .blob(let blob):
                (mode, id, key) = ("100644", blob, Array(name.utf8))
            case .tree(let children):
                (mode, id, key) = ("40000", try writeTree(children), Array(name.utf8) + [UInt8(ascii: "/")])
            }
            var bytes = Array("\(mode) \(name)".utf8)
            bytes.append(0)
            withUnsafeBytes(of: id.raw.id) { bytes.append(contentsOf: $0) }
            rows.append((key, bytes))
        }
        rows.sort { $0.key.lexicographicallyPrecedes($1.key) }
        let tree = rows.flatMap(\.bytes)
        return try writeObject(tree, type: GIT_OBJECT_TREE, what: "a tree")
    }

    /// Writes a commit without moving any reference. The message encoding is left out (nil),
    /// as git itself does for UTF-8, so ids match what git would compute.
    func writeCommit(tree: GitObjectID, parents: [GitObjectID], author: GitSignature,
                     committer: GitSignature, message: String) throws(GitError) -> GitObjectID {
        var treeID = tree.raw
        var treeObject: OpaquePointer?
        try gitCheck(git_tree_lookup(&treeObject, pointer, &treeID), "look up tree \(tree)")
        defer { git_tree_free(treeObject) }

        var parentObjects: [OpaquePointer?] = []
        defer { for parent in parentObjects { git_commit_free(parent) } }
        for parent in parents {
            var parentID = parent.raw
            var object: OpaquePointer?
            try gitCheck(git_commit_lookup(&object, pointer, &parentID), "look up commit \(parent)")
            parentObjects.append(object)
        }

        var authorSignature: UnsafeMutablePointer<git_signature>?
        try gitCheck(git_signature_new(&authorSignature, author.name, author.email, git_time_t(author.time),
                                       author.offsetMinutes), "make the author signature")
        defer { git_signature_free(authorSignature) }
        var committerSignature: UnsafeMutablePointer<git_signature>?
        try gitCheck(git_signature_new(&committerSignature, committer.name, committer.email,
                                       git_time_t(committer.time), committer.offsetMinutes),
                     "make the committer signature")
        defer { git_signature_free(committerSignature) }

        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let count = parentObjects.count
        let rc = parentObjects.withUnsafeMutableBufferPointer { parents in
            git_commit_create_buffer(&buffer, pointer, authorSignature, committerSignature, nil, message,
                                     treeObject, count, parents.baseAddress)
        }
        try gitCheck(rc, "make a commit for \(path)")
        return try writeObject(UnsafeRawBufferPointer(start: buffer.ptr, count: buffer.size),
                               type: GIT_OBJECT_COMMIT, what: "a commit")
    }

    // MARK: Reading objects

    private func withCommit<T>(_ id: GitObjectID, _ body: (OpaquePointer) throws(GitError) -> T) throws(GitError) -> T {
        var oid = id.raw
        var commit: OpaquePointer?
        try gitCheck(git_commit_lookup(&commit, pointer, &oid), "look up commit \(id)")
        defer { git_commit_free(commit) }
        return try body(commit!)
    }

    private func withTree<T>(of commitID: GitObjectID, _ body: (OpaquePointer) throws(GitError) -> T) throws(GitError) -> T {
        try withCommit(commitID) { (commit) throws(GitError) -> T in
            var tree: OpaquePointer?
            try gitCheck(git_commit_tree(&tree, commit), "read the tree of \(commitID)")
            defer { git_tree_free(tree) }
            return try body(tree!)
        }
    }

    /// Message, author and committer of a commit, copied out of libgit2's memory.
    func commitInfo(_ id: GitObjectID) throws(GitError) -> GitCommitInfo {
        try withCommit(id) { commit in
            func signature(_ s: UnsafePointer<git_signature>) -> GitSignature {
                GitSignature(name: String(cString: s.pointee.name), email: String(cString: s.pointee.email),
                             time: Int64(s.pointee.when.time), offsetMinutes: s.pointee.when.offset)
            }
            return GitCommitInfo(message: git_commit_message(commit).map { String(cString: $0) } ?? "",
                                 author: signature(git_commit_author(commit)),
                                 committer: signature(git_commit_committer(commit)),
                                 parentCount: Int(git_commit_parentcount(commit)))
        }
    }

    /// The id of the blob at `path` (e.g. `source/page.html`) in a commit's tree; nil when the
    /// path is absent or not a file.
    func blobID(in commitID: GitObjectID, at path: String) throws(GitError) -> GitObjectID? {
        try withTree(of: commitID) { (tree) throws(GitError) -> GitObjectID? in
            var entry: OpaquePointer?
            let rc = git_tree_entry_bypath(&entry, tree, path)
            if rc == GIT_ENOTFOUND.rawValue { return nil }
            try gitCheck(rc, "find \(path) in \(commitID)")
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return nil }
            return GitObjectID(git_tree_entry_id(entry).pointee)
        }
    }

    /// The files directly inside directory `path` of a commit's tree, in git's (byte) order;
    /// nil when there is no such directory.
    func blobEntries(in commitID: GitObjectID, directory path: String) throws(GitError) -> [(name: String, id: GitObjectID)]? {
        try withTree(of: commitID) { (tree) throws(GitError) -> [(name: String, id: GitObjectID)]? in
            var entry: OpaquePointer?
            let rc = git_tree_entry_bypath(&entry, tree, path)
            if rc == GIT_ENOTFOUND.rawValue { return nil }
            try gitCheck(rc, "find \(path) in \(commitID)")
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return nil }
            var subtree: OpaquePointer?
            try gitCheck(git_tree_lookup(&subtree, pointer, git_tree_entry_id(entry)), "read \(path) in \(commitID)")
            defer { git_tree_free(subtree) }
            var files: [(name: String, id: GitObjectID)] = []
            for index in 0..<git_tree_entrycount(subtree) {
                guard let child = git_tree_entry_byindex(subtree, index),
                      git_tree_entry_type(child) == GIT_OBJECT_BLOB else { continue }
                files.append((String(cString: git_tree_entry_name(child)), GitObjectID(git_tree_entry_id(child).pointee)))
            }
            return files
        }
    }

    func readBlob(_ id: GitObjectID) throws(GitError) -> [UInt8] {
        var oid = id.raw
        var blob: OpaquePointer?
        try gitCheck(git_blob_lookup(&blob, pointer, &oid), "read blob \(id)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let bytes = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: size))
    }

    // MARK: References

    static func isValidReferenceName(_ name: String) -> Bool {
        _ = LibGit2.ready
        var valid: Int32 = 0
        return git_reference_name_is_valid(&valid, name) == 0 && valid != 0
    }

    /// The commit a reference points to (following symbolic refs); nil when it does not exist.
    func referenceTarget(_ name: String) throws(GitError) -> GitObjectID? {
        var oid = git_oid()
        let rc = git_reference_name_to_id(&oid, pointer, name)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try gitCheck(rc, "read \(name)")
        return GitObjectID(oid)
    }

    /// Compare-and-swap: points `name` at `target` only if it still points at `expected`
    /// (nil: only if it does not exist yet). The check happens under the ref's lock file;
    /// fails with `GIT_EMODIFIED` when the ref moved and `GIT_ELOCKED` when another writer
    /// holds the lock.
    func updateReference(_ name: String, to target: GitObjectID, expecting expected: GitObjectID?,
                         logMessage: String) throws(GitError) {
        var newID = target.raw
        // A zero current id means "must not exist yet"; force = 1 lets the locked comparison decide.
        var currentID = (expected ?? .zero).raw
        var reference: OpaquePointer?
        try gitCheck(git_reference_create_matching(&reference, pointer, name, &newID, 1, &currentID, logMessage),
                     "update \(name)")
        git_reference_free(reference)
    }

    /// Names of the references matching `glob` (e.g. `refs/articles/*`), in no particular order.
    func referenceNames(matching glob: String) throws(GitError) -> [String] {
        var iterator: OpaquePointer?
        try gitCheck(git_reference_iterator_glob_new(&iterator, pointer, glob), "list \(glob)")
        defer { git_reference_iterator_free(iterator) }
        var names: [String] = []
        while true {
            var name: UnsafePointer<CChar>?
            let rc = git_reference_next_name(&name, iterator)
            if rc == GIT_ITEROVER.rawValue { break }
            try gitCheck(rc, "list \(glob)")
            if let name { names.append(String(cString: name)) }
        }
        return names
    }

    /// The first-parent chain ending at `tip`, oldest first. Walks only commits reachable
    /// from `tip`, so its cost is that chain's length, not the repository's size.
    func firstParentChain(to tip: GitObjectID) throws(GitError) -> [GitObjectID] {
        var walk: OpaquePointer?
        try gitCheck(git_revwalk_new(&walk, pointer), "walk from \(tip)")
        defer { git_revwalk_free(walk) }
        // One call: git_revwalk_sorting replaces the previous mode.
        try gitCheck(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "walk from \(tip)")
        try gitCheck(git_revwalk_simplify_first_parent(walk), "walk from \(tip)")
        var start = tip.raw
        try gitCheck(git_revwalk_push(walk, &start), "walk from \(tip)")
        var chain: [GitObjectID] = []
        while true {
            var oid = git_oid()
            let rc = git_revwalk_next(&oid, walk)
            if rc == GIT_ITEROVER.rawValue { break }
            try gitCheck(rc, "walk from \(tip)")
            chain.append(GitObjectID(oid))
        }
        return chain
    }
}
