import ArticleText
import Foundation

/// A Palimpsest archive: a bare git repository holding one linear chain of commits per article
/// under `refs/articles/<id>` (design §3).
///
/// Each revision commit's tree holds `article.txt` (the canonical text), `meta.json`
/// (``RevisionMeta``) and `source/<name>` (the input files, byte for byte). Commits are signed
/// `Palimpsest <palimpsest@localhost>`; the author date is the article's last stamp (modified,
/// else published, else captured) and the committer date the capture time, each with its own
/// UTC offset, so `git log --format='%ai %ci' refs/articles/<id>` shows claimed beside observed
/// time. The message is the headline, a blank line, a one-line summary, a blank line, and the
/// trailers `Published:`, `Modified:` (each only when known), `Captured:` and one `Source:` per
/// source file.
///
/// Not Sendable: use one instance per thread or task. Several instances, in one process or
/// many, may write the same archive at once; ref updates are compare-and-swap.
public final class ArticleArchive {
    /// The path the archive was opened or created with.
    public let path: String
    /// `palimpsest.timezone` from the archive's config: the IANA zone for stamps without one.
    public let defaultTimeZone: String?

    let repository: GitRepository

    /// Archive format written to `palimpsest.version`; also how an archive is recognised.
    public static let formatVersion = "1"
    static let referencePrefix = "refs/articles/"
    static let signatureName = "Palimpsest"
    static let signatureEmail = "palimpsest@localhost"
    /// Compare-and-swap attempts before giving up; with the backoff below, about 3 s of contention.
    static let maxAttempts = 64
    /// Seconds to wait for the article's ``WriterLock`` held by another live writer, whose
    /// record takes milliseconds: only a hung process makes anyone wait this long.
    static let writerLockTimeout: TimeInterval = 30
    /// A ref lock file at least this old (seconds, by modification time), seen while holding
    /// the article's writer lock, is stale: git holds a ref lock for milliseconds.
    static let staleLockAge: TimeInterval = 10
    /// Test hook: with `PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE=SECONDS` set, ``record(_:summarize:)``
    /// writes `palimpsest: paused before updating <ref>` to stderr and sleeps SECONDS between
    /// writing a revision's objects and moving its ref, so that a test can kill it there;
    /// ``record(batch:lanes:seen:summarize:)`` writes `palimpsest: paused before updating <N> article refs`
    /// once its pack is written and flushed.
    static let pauseBeforeReferenceUpdate = ProcessInfo.processInfo.environment["PALIMPSEST_TEST_PAUSE_BEFORE_REF_UPDATE"]
        .flatMap(TimeInterval.init)

    private init(repository: GitRepository, timeZone: String?) {
        self.repository = repository
        self.path = repository.path
        self.defaultTimeZone = timeZone
    }

    // MARK: Creating and opening

    /// Creates an empty archive: a bare repository at `path` (parent directories made as
    /// needed) with HEAD on `main`, `palimpsest.version = 1` and, when given,
    /// `palimpsest.timezone = timeZone` in its config.
    ///
    /// - Parameter timeZone: an IANA zone name (`Europe/Paris`), or nil for none.
    /// - Throws: ``ArchiveError/invalidTimeZone(_:)``; ``ArchiveError/archiveExists(path:)``
    ///   when an archive is already there; ``ArchiveError/pathInUse(path:)`` when `path` is a
    ///   file or a non-empty directory; ``ArchiveError/git(path:_:)`` when writing fails, in
    ///   which case nothing is left behind.
    public static func create(at path: String, timeZone: String?) throws(ArchiveError) -> ArticleArchive {
        if let timeZone, TimeZone(identifier: timeZone) == nil { throw .invalidTimeZone(timeZone) }
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        let existed = files.fileExists(atPath: path, isDirectory: &isDirectory)
        if existed {
            if (try? ArticleArchive(at: path)) != nil { throw .archiveExists(path: path) }
            let contents = (try? files.contentsOfDirectory(atPath: path)) ?? []
            if !isDirectory.boolValue || !contents.isEmpty { throw .pathInUse(path: path) }
        }
        let repository: GitRepository
        do {
            repository = try GitRepository.createBare(at: path, initialHead: "main")
        } catch where error.code == GitError.existsCode {
            throw .archiveExists(path: path)  // another process created one since the check above
        } catch {
            throw .git(path: path, error)
        }
        do {
            try repository.setConfigString("palimpsest.version", formatVersion)
            if let timeZone { try repository.setConfigString("palimpsest.timezone", timeZone) }
        } catch {
            // Leave nothing half-made: remove what we created (the directory was absent or empty).
            if existed {
                for item in (try? files.contentsOfDirectory(atPath: path)) ?? [] {
                    try? files.removeItem(atPath: (path as NSString).appendingPathComponent(item))
                }
            } else {
                try? files.removeItem(atPath: path)
            }
            throw .git(path: path, error)
        }
        return ArticleArchive(repository: repository, timeZone: timeZone)
    }

    /// Opens the archive at `path`.
    ///
    /// - Throws: ``ArchiveError/noArchive(path:)`` when nothing is there;
    ///   ``ArchiveError/notAnArchive(path:reason:)`` when it is not a bare git repository or
    ///   lacks `palimpsest.version`; ``ArchiveError/unsupportedVersion(path:version:)``;
    ///   ``ArchiveError/git(path:_:)`` when it cannot be read.
    public convenience init(at path: String) throws(ArchiveError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .noArchive(path: path) }
        let repository: GitRepository
        do {
            repository = try GitRepository(openBare: path)
        } catch where error.isNotFound {
            throw .notAnArchive(path: path, reason: "not a bare git repository")
        } catch {
            throw .git(path: path, error)
        }
        let version: String?
        let timeZone: String?
        do {
            version = try repository.configString("palimpsest.version")
            timeZone = try repository.configString("palimpsest.timezone")
        } catch {
            throw .git(path: path, error)
        }
        guard let version else {
            throw .notAnArchive(path: path, reason: "a git repository without palimpsest.version in its config")
        }
        guard version == Self.formatVersion else { throw .unsupportedVersion(path: path, version: version) }
        self.init(repository: repository, timeZone: timeZone)
    }

    // MARK: Recording

    /// Records one capture as the next revision of `input.id`, unless its canonical text and
    /// published/modified stamps equal the latest revision's (then nothing is written and the
    /// result is `unchanged`, carrying the latest revision and commit).
    ///
    /// The ref moves by compare-and-swap: if another writer moved it meanwhile, the capture is
    /// re-checked and rebuilt on the new tip (up to 64 attempts, with a short backoff), so
    /// concurrent writers of one article all land, one after another. A writer that loses a
    /// race first queues on the article's ``WriterLock`` (released by the kernel even when its
    /// holder is killed), so contending writers take turns instead of retrying in step. Refs
    /// only move on success; a failure, or a kill at any point, may at most leave unreferenced
    /// objects, or, when killed while the ref's lock file exists, that lock file, which the
    /// next writer reports as stale.
    ///
    /// - Parameter summarize: given the previous revision (nil for the first), returns a one-line description of the change (line breaks become spaces;
    ///   empty means "revision N"). Called once per attempt, so possibly more than once.
    /// - Throws: ``ArchiveError/invalidArticleID(_:reason:)``,
    ///   ``ArchiveError/invalidInput(id:reason:)`` (before anything is written),
    ///   ``ArchiveError/contention(id:attempts:lockFile:)``,
    ///   ``ArchiveError/staleLock(id:lockFile:ageSeconds:)``, ``ArchiveError/busy(id:lockFile:waitedSeconds:)``,
    ///   ``ArchiveError/lockUnavailable(lockFile:reason:)``,
    ///   ``ArchiveError/corruptRevision(id:commit:reason:)``, ``ArchiveError/git(path:_:)``.
    public func record(_ input: RevisionInput, summarize: (_ previous: PreviousRevision?) -> String) throws(ArchiveError) -> RecordResult {
        let reference = try Self.referenceName(for: input.id)
        try Self.validate(input)
        let textID = try git { () throws(GitError) in try GitObjectID.blob(hashing: Array(input.canonicalText.utf8)) }
        let refLock = (path as NSString).appendingPathComponent(reference + ".lock")
        var writerLock: WriterLock?  // taken after the first lost race, held until return
        defer { withExtendedLifetime(writerLock) {} }

        for attempt in 0..<Self.maxAttempts {
            if attempt > 0 {
                if writerLock == nil {
                    writerLock = try WriterLock(archive: path, id: input.id, timeout: Self.writerLockTimeout)
                } else {
                    Self.backOff(attempt)
                }
            }
            let outcome = try GitDurability.singleWrite { () throws(ArchiveError) -> RecordResult? in
                let tip = try tip(of: reference, id: input.id, in: repository)
                guard let next = try writeRevision(input, textID: textID, onto: tip, in: repository, summarize: summarize) else {
                    return RecordResult(id: input.id, status: .unchanged, revision: tip?.revision ?? 0, commit: tip?.commit.hex ?? "")
                }
                if let pause = Self.pauseBeforeReferenceUpdate {
                    FileHandle.standardError.write(Data("palimpsest: paused before updating \(reference)\n".utf8))
                    Thread.sleep(forTimeInterval: pause)
                }
                do throws(GitError) {
                    try repository.updateReference(reference, to: next.commit, expecting: tip?.commit,
                                                   logMessage: "palimpsest: record revision \(next.revision)")
                    return RecordResult(id: input.id, status: .recorded, revision: next.revision, commit: next.commit.hex,
                                        summary: next.summary)
                } catch where error.isConcurrentUpdate {
                    // Holding the writer lock, no Palimpsest writer of this article can be mid-update.
                    if error.isLocked, writerLock != nil, let age = Self.age(ofFile: refLock), age >= Self.staleLockAge {
                        throw .staleLock(id: input.id, lockFile: refLock, ageSeconds: Int(age))
                    }
                    return nil
                } catch {
                    throw .git(path: path, error)
                }
            }
            if let outcome { return outcome }
        }
        if writerLock != nil, let age = Self.age(ofFile: refLock) {
            throw .staleLock(id: input.id, lockFile: refLock, ageSeconds: Int(age))
        }
        throw .contention(id: input.id, attempts: Self.maxAttempts, lockFile: refLock)
    }

    /// Records many captures, of one article or many, as ``record(_:summarize:)`` would one by
    /// one in the given order, but durable through two file-system flushes in all rather than
    /// an fsync per object and per ref (``GitDurability``): the bulk path of `palimpsest import`.
    ///
    /// Every input is checked before anything is written. Each article's new revisions are
    /// written as a chain on its tip, in memory; the articles are shared out among `lanes`
    /// writers that run at once, each writing its articles' objects as one pack file and its
    /// index (`objects/pack/pack-<sha1>.pack`, `.idx`), never as loose objects. Once those are
    /// flushed, each ref moves once, by compare-and-swap, to its chain's last commit. An
    /// article whose ref moved meanwhile (another writer) has its inputs recorded again one by
    /// one on the new tip, but for those whose source files the chain now holds (`unchanged`).
    /// Captures equal to the revision before them are `unchanged`, as with
    /// ``record(_:summarize:)``. Meanwhile single records of this process wait (fsync is off
    /// process-wide).
    ///
    /// - Parameters:
    ///   - lanes: how many writers, hence packs, at most; nil for ``defaultLanes(inputs:)``.
    ///   - seen: each article's tip (commit hex, ``RecordedContent/tip``) when the caller chose
    ///     these inputs; an article missing from it had no revision then. An article whose tip
    ///     has moved since (another writer, maybe another import of the same files) is written
    ///     as a raced one is: inputs whose source files its chain holds are `unchanged`. Nil:
    ///     no such check.
    ///   - summarize: given the index of an input in `inputs` and the revision it follows (nil
    ///     for a first revision), a one-line description of the change; called from several
    ///     threads at once.
    /// - Returns: one result per input, in the order of `inputs`.
    /// - Throws: as ``record(_:summarize:)``; on a failure, articles whose refs already moved
    ///   keep their new revisions and the others are left as they were.
    public func record(batch inputs: [RevisionInput], lanes: Int? = nil, seen: [String: String]? = nil,
                       summarize: @Sendable (_ index: Int, _ previous: PreviousRevision?) -> String) throws(ArchiveError) -> [RecordResult] {
        var order: [String] = []
        var indices: [String: [Int]] = [:]
        for (index, input) in inputs.enumerated() {
            _ = try Self.referenceName(for: input.id)
            try Self.validate(input)
            if indices[input.id] == nil { order.append(input.id) }
            indices[input.id, default: []].append(index)
        }
        // Articles in consecutive runs of about equal input counts, one run per lane.
        let laneCount = max(1, min(lanes ?? Self.defaultLanes(inputs: inputs.count), order.count))
        var runs: [[String]] = Array(repeating: [], count: laneCount)
        var written = 0
        for id in order {
            runs[min(laneCount - 1, written * laneCount / max(inputs.count, 1))].append(id)
            written += indices[id]?.count ?? 0
        }
        var results = [RecordResult?](repeating: nil, count: inputs.count)
        var raced: [String] = []
        let path = path, timeZone = defaultTimeZone, articleIndices = indices, articleRuns = runs
        try GitDurability.bulkWrite { () throws(ArchiveError) in
            let lanes = Concurrently.map(articleRuns.count) { lane in
                Result { () throws(ArchiveError) -> BatchLane in
                    // Objects go to memory and then to disk as one pack, not as thousands of loose files.
                    let store = try Self.git(path) { () throws(GitError) in try GitRepository(packingWritesOf: path) }
                    let writer = ArticleArchive(repository: store, timeZone: timeZone)
                    return try writer.writeChains(of: articleRuns[lane], inputs: inputs, indices: articleIndices, seen: seen, summarize: summarize)
                }
            }
            var moves: [BatchLane.Move] = []
            for lane in lanes {
                let lane = try lane.get()
                for (index, result) in lane.results { results[index] = result }
                moves += lane.moves
            }
            guard !moves.isEmpty else { return }
            try git { () throws(GitError) in try GitDurability.barrier(path) }
            if let pause = Self.pauseBeforeReferenceUpdate {
                FileHandle.standardError.write(Data("palimpsest: paused before updating \(moves.count) article refs\n".utf8))
                Thread.sleep(forTimeInterval: pause)
            }
            // A handle opened now, with fsync off: libgit2 reads the fsync setting into a
            // handle's ref store once, when it first touches a ref (`repository` may have).
            let references = try git { () throws(GitError) in try GitRepository(openBare: path) }
            for move in moves {
                do throws(GitError) {
                    try references.updateReference(move.reference, to: move.to.commit, expecting: move.from?.commit,
                                                   logMessage: "palimpsest: import up to revision \(move.to.revision)")
                } catch where error.isConcurrentUpdate {
                    raced.append(move.id)
                } catch {
                    throw .git(path: path, error)
                }
            }
            try git { () throws(GitError) in try GitDurability.barrier(path) }
        }
        for id in raced {
            // Another writer moved the ref meanwhile, maybe with these very files (two imports
            // of one tree at once): an input whose every source file the chain now holds, under
            // its name, is not recorded again; it is `unchanged` at the latest revision.
            let held = try recordedContent(id: id)
            var latest: RecordResult?  // the article's tip once read or written here
            for index in indices[id] ?? [] {
                if let held, try held.holdsSources(of: inputs[index]) {
                    if latest == nil {
                        let commits = try chain(id: id)
                        latest = RecordResult(id: id, status: .unchanged, revision: commits.count, commit: commits[commits.count - 1].hex)
                    }
                    results[index] = RecordResult(id: id, status: .unchanged, revision: latest!.revision, commit: latest!.commit)
                } else {
                    latest = try record(inputs[index]) { summarize(index, $0) }
                    results[index] = latest
                }
            }
        }
        return results.map { $0! }
    }

    /// Writers of a batch of `inputs` inputs: one per core, at most 4, and one per 64 inputs,
    /// since each writes a pack of its own and many small packs slow reads until `git gc`.
    public static func defaultLanes(inputs: Int) -> Int {
        max(1, min(Concurrently.cores, 4, inputs / 64))
    }

    /// What one writer of ``record(batch:lanes:seen:summarize:)`` did: results by input index, and
    /// the ref moves its pack (written and complete) now waits for.
    private struct BatchLane: Sendable {
        struct Move: Sendable {
            var id: String
            var reference: String
            var from: Tip?
            var to: Tip
        }
        var results: [(index: Int, result: RecordResult)] = []
        var moves: [Move] = []
    }

    /// Writes the chains of articles `ids` (their inputs at `indices`, in order) on their tips
    /// through `repository`, a handle with an in-memory store, then writes its pack; `seen` as
    /// for ``record(batch:lanes:seen:summarize:)``.
    private func writeChains(of ids: [String], inputs: [RevisionInput], indices: [String: [Int]], seen: [String: String]?,
                             summarize: (_ index: Int, _ previous: PreviousRevision?) -> String) throws(ArchiveError) -> BatchLane {
        var lane = BatchLane()
        for id in ids {
            let reference = try Self.referenceName(for: id)
            let start = try tip(of: reference, id: id, in: repository)
            var current = start
            // The tip moved since the caller looked: what another writer recorded meanwhile,
            // maybe these very files, is not new.
            var held: RecordedContent?
            if let seen, seen[id] != start?.commit.hex { held = try recordedContent(id: id) }
            for index in indices[id] ?? [] {
                let input = inputs[index]
                if let held, try held.holdsSources(of: input) {
                    lane.results.append((index, RecordResult(id: id, status: .unchanged, revision: current?.revision ?? 0,
                                                             commit: current?.commit.hex ?? "")))
                    continue
                }
                let textID = try git { () throws(GitError) in try GitObjectID.blob(hashing: Array(input.canonicalText.utf8)) }
                if let next = try writeRevision(input, textID: textID, onto: current, in: repository, summarize: { summarize(index, $0) }) {
                    current = next
                    lane.results.append((index, RecordResult(id: id, status: .recorded, revision: next.revision, commit: next.commit.hex,
                                                             summary: next.summary)))
                } else {
                    lane.results.append((index, RecordResult(id: id, status: .unchanged, revision: current?.revision ?? 0, commit: current?.commit.hex ?? "")))
                }
            }
            if let current, current.commit != start?.commit { lane.moves.append(.init(id: id, reference: reference, from: start, to: current)) }
        }
        if !lane.moves.isEmpty { try git { () throws(GitError) in try repository.writePendingPack() } }
        return lane
    }

    /// The latest revision of an article: what the next one is built on.
    private struct Tip: Sendable {
        var commit: GitObjectID
        /// From 1.
        var revision: Int
        var textID: GitObjectID
        var published: String?
        var modified: String?
        /// Its canonical text and its commit's summary line, when this process wrote it (the
        /// next revision need not read the text back).
        var text: String?
        var summary: String?
    }

    /// The article's tip, nil when it has no revision yet.
    private func tip(of reference: String, id: String, in store: GitRepository) throws(ArchiveError) -> Tip? {
        guard let commit = try git({ () throws(GitError) in try store.referenceTarget(reference) }) else { return nil }
        let meta = try meta(of: commit, id: id, in: store)
        return Tip(commit: commit, revision: try git { () throws(GitError) in try store.firstParentChain(to: commit).count },
                   textID: try articleTextID(of: commit, id: id, in: store), published: meta.published, modified: meta.modified)
    }

    /// Writes `input` as the revision after `tip` (objects only, no ref moves) and returns it as
    /// the new tip; nil when its text (`textID`) and stamps equal the tip's.
    private func writeRevision(_ input: RevisionInput, textID: GitObjectID, onto tip: Tip?, in store: GitRepository,
                               summarize: (_ previous: PreviousRevision?) -> String) throws(ArchiveError) -> Tip? {
        let published = input.published?.iso8601, modified = input.modified?.iso8601
        var previous: PreviousRevision?
        if let tip {
            if tip.textID == textID && tip.published == published && tip.modified == modified { return nil }
            let text: String
            if let kept = tip.text {
                text = kept
            } else {
                text = String(decoding: try git { () throws(GitError) in try store.readBlob(tip.textID) }, as: UTF8.self)
            }
            previous = PreviousRevision(
                canonicalText: text,
                published: tip.published.flatMap(Stamp.init(iso8601:)), modified: tip.modified.flatMap(Stamp.init(iso8601:)))
        }
        let revision = (tip?.revision ?? 0) + 1
        let summary = Self.oneLine(summarize(previous), orElse: "revision \(revision)")
        let meta = RevisionMeta(
            id: input.id, url: input.url, headline: input.headline, published: published,
            modified: modified, captured: input.captured.iso8601, revision: revision,
            digest: "sha1:\(textID.hex)", paragraphs: input.paragraphCount, byline: input.byline,
            visiblePublished: input.visibleStamps?.published?.iso8601,
            visibleModified: input.visibleStamps?.modified?.iso8601)
        let commit = try git { () throws(GitError) -> GitObjectID in
            var sources: [String: GitTreeEntry] = [:]
            for source in input.sources { sources[source.name] = .blob(try store.writeBlob(source.bytes)) }
            var root: [String: GitTreeEntry] = [
                "article.txt": .blob(try store.writeBlob(Array(input.canonicalText.utf8), id: textID)),
                "meta.json": .blob(try store.writeBlob(Array(meta.jsonText.utf8))),
            ]
            if !sources.isEmpty { root["source"] = .tree(sources) }
            return try store.writeCommit(
                tree: try store.writeTree(root), parents: tip.map { [$0.commit] } ?? [],
                author: Self.signature(input.modified ?? input.published ?? input.captured),
                committer: Self.signature(input.captured),
                message: Self.message(input, summary: summary))
        }
        return Tip(commit: commit, revision: revision, textID: textID, published: published, modified: modified,
                   text: input.canonicalText, summary: summary)
    }

    // MARK: Reading

    /// Ids of all articles (`refs/articles/*`), sorted.
    /// - Throws: ``ArchiveError/git(path:_:)``.
    public func articleIDs() throws(ArchiveError) -> [String] {
        let names = try git { () throws(GitError) in try repository.referenceNames(matching: Self.referencePrefix + "*") }
        return names.map { String($0.dropFirst(Self.referencePrefix.count)) }.sorted()
    }

    /// Every revision of article `id`, revision 1 (oldest) first. Reads only that article's
    /// commits.
    /// - Throws: ``ArchiveError/invalidArticleID(_:reason:)``,
    ///   ``ArchiveError/unknownArticle(id:path:)``,
    ///   ``ArchiveError/corruptRevision(id:commit:reason:)``, ``ArchiveError/git(path:_:)``.
    public func history(id: String) throws(ArchiveError) -> [RevisionRecord] {
        var records: [RevisionRecord] = []
        for (index, commit) in try chain(id: id).enumerated() {
            let info = try git { () throws(GitError) in try repository.commitInfo(commit) }
            records.append(RevisionRecord(
                revision: index + 1, commit: commit.hex, meta: try meta(of: commit, id: id, in: repository),
                authorTime: Self.stamp(info.author), committerTime: Self.stamp(info.committer),
                summary: Self.summary(ofMessage: info.message)))
        }
        return records
    }

    /// What the chain of article `id` holds, by blob id: every revision's `source/<name>` and
    /// `article.txt`, so that inputs recorded before can be recognised (``RecordedContent``).
    /// Reads the chain's commits and trees, never a blob. Nil when the article has no revision.
    /// - Throws: ``ArchiveError/invalidArticleID(_:reason:)``,
    ///   ``ArchiveError/corruptRevision(id:commit:reason:)``, ``ArchiveError/git(path:_:)``.
    public func recordedContent(id: String) throws(ArchiveError) -> RecordedContent? {
        let reference = try Self.referenceName(for: id)
        guard let tip = try git({ () throws(GitError) in try repository.referenceTarget(reference) }) else { return nil }
        var content = RecordedContent(path: path)
        content.tip = tip.hex
        for commit in try git({ () throws(GitError) in try repository.firstParentChain(to: tip) }) {
            let text = try articleTextID(of: commit, id: id, in: repository).hex
            content.texts.insert(text)
            for entry in try git({ () throws(GitError) in try repository.blobEntries(in: commit, directory: "source") }) ?? [] {
                content.sources[entry.name, default: [:]][entry.id.hex] = text
            }
        }
        return content
    }

    /// The `article.txt` of revision `revision` (from 1) of article `id`.
    /// - Throws: ``ArchiveError/unknownArticle(id:path:)``,
    ///   ``ArchiveError/unknownRevision(id:revision:latest:)``, and as ``history(id:)``.
    public func canonicalText(id: String, revision: Int) throws(ArchiveError) -> String {
        try canonicalText(commit: commit(id: id, revision: revision).hex, id: id)
    }

    /// The `article.txt` of the revision commit `commit` (40 hex digits, from ``history(id:)``).
    /// - Throws: ``ArchiveError/corruptRevision(id:commit:reason:)`` and as ``history(id:)``.
    func canonicalText(commit hex: String, id: String) throws(ArchiveError) -> String {
        String(decoding: try canonicalBytes(commit: hex, id: id), as: UTF8.self)
    }

    /// The `article.txt` bytes of the revision commit `commit`, as ``canonicalText(commit:id:)``.
    func canonicalBytes(commit hex: String, id: String) throws(ArchiveError) -> [UInt8] {
        guard let commit = GitObjectID(hex: hex) else {
            throw .corruptRevision(id: id, commit: hex, reason: "not a commit id")
        }
        let textID = try articleTextID(of: commit, id: id, in: repository)
        return try git { () throws(GitError) in try repository.readBlob(textID) }
    }

    /// The source files of revision `revision` (from 1) of article `id`, sorted by name
    /// (git's byte order), bytes as recorded; empty when it has none.
    /// - Throws: as ``canonicalText(id:revision:)``.
    public func sources(id: String, revision: Int) throws(ArchiveError) -> [SourceFile] {
        let commit = try commit(id: id, revision: revision)
        return try git { () throws(GitError) -> [SourceFile] in
            var files: [SourceFile] = []
            for entry in try repository.blobEntries(in: commit, directory: "source") ?? [] {
                files.append(SourceFile(name: entry.name, bytes: try repository.readBlob(entry.id)))
            }
            return files
        }
    }

    // MARK: Helpers

    /// Runs libgit2 work, reporting an unexpected failure as ``ArchiveError/git(path:_:)``.
    private func git<T>(_ body: () throws(GitError) -> T) throws(ArchiveError) -> T {
        try Self.git(path, body)
    }

    private static func git<T>(_ path: String, _ body: () throws(GitError) -> T) throws(ArchiveError) -> T {
        do { return try body() } catch { throw .git(path: path, error) }
    }

    /// The article's commits, oldest first.
    private func chain(id: String) throws(ArchiveError) -> [GitObjectID] {
        let reference = try Self.referenceName(for: id)
        guard let tip = try git({ () throws(GitError) in try repository.referenceTarget(reference) }) else {
            throw .unknownArticle(id: id, path: path)
        }
        return try git { () throws(GitError) in try repository.firstParentChain(to: tip) }
    }

    private func commit(id: String, revision: Int) throws(ArchiveError) -> GitObjectID {
        let commits = try chain(id: id)
        guard (1...commits.count).contains(revision) else {
            throw .unknownRevision(id: id, revision: revision, latest: commits.count)
        }
        return commits[revision - 1]
    }

    private func articleTextID(of commit: GitObjectID, id: String, in store: GitRepository) throws(ArchiveError) -> GitObjectID {
        guard let textID = try git({ () throws(GitError) in try store.blobID(in: commit, at: "article.txt") }) else {
            throw .corruptRevision(id: id, commit: commit.hex, reason: "no article.txt")
        }
        return textID
    }

    private func meta(of commit: GitObjectID, id: String, in store: GitRepository) throws(ArchiveError) -> RevisionMeta {
        let bytes = try git { () throws(GitError) -> [UInt8]? in
            try store.blobID(in: commit, at: "meta.json").map { (blob) throws(GitError) in try store.readBlob(blob) }
        }
        guard let bytes else { throw .corruptRevision(id: id, commit: commit.hex, reason: "no meta.json") }
        guard let meta = RevisionMeta(json: bytes) else {
            throw .corruptRevision(id: id, commit: commit.hex, reason: "meta.json is not a revision meta object")
        }
        return meta
    }

    /// `refs/articles/<id>`, once `id` is known to be a single valid ref component.
    static func referenceName(for id: String) throws(ArchiveError) -> String {
        if id.isEmpty { throw .invalidArticleID(id, reason: "it is empty") }
        if id.contains("/") { throw .invalidArticleID(id, reason: "it contains '/'") }
        let name = referencePrefix + id
        guard GitRepository.isValidReferenceName(name) else {
            throw .invalidArticleID(id, reason: "it is not a valid git reference name component")
        }
        return name
    }

    static func validate(_ input: RevisionInput) throws(ArchiveError) {
        func fail(_ reason: String) -> ArchiveError { .invalidInput(id: input.id, reason: reason) }
        if !input.canonicalText.hasSuffix("\n") { throw fail("canonical text must end in a line feed") }
        var text = input.canonicalText
        if text.withUTF8({ $0.count > 0 && memchr($0.baseAddress!, Int32(UInt8(ascii: "\r")), $0.count) != nil }) {
            throw fail("canonical text must use LF line ends, not CR")
        }
        if input.paragraphCount < 0 { throw fail("paragraph count \(input.paragraphCount) is negative") }
        var seen: Set<String> = []
        for source in input.sources {
            let name = source.name
            if name.isEmpty || name == "." || name == ".." || name.lowercased() == ".git"
                || name.contains("/") || name.utf8.contains(0) {
                throw fail("source file name '\(name)' cannot be stored (empty, '.', '..', '.git', or contains '/' or NUL)")
            }
            if !seen.insert(name).inserted { throw fail("two source files are named '\(name)'") }
        }
    }

    /// `text` on one line, trimmed; `fallback` when nothing is left.
    static func oneLine(_ text: String, orElse fallback: String) -> String {
        // Most headlines and summaries have no line break: no split and join for them.
        let joined = text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
        let line = TrimmedText.trimmed(joined)
        return line.isEmpty ? fallback : line
    }

    static func message(_ input: RevisionInput, summary: String) -> String {
        var trailers: [String] = []
        if let published = input.published { trailers.append("Published: \(published.iso8601)") }
        if let modified = input.modified { trailers.append("Modified: \(modified.iso8601)") }
        trailers.append("Captured: \(input.captured.iso8601)")
        for source in input.sources { trailers.append("Source: \(source.name)") }
        let headline = oneLine(input.headline, orElse: "(untitled)")
        return "\(headline)\n\n\(summary)\n\n" + trailers.joined(separator: "\n") + "\n"
    }

    /// The summary line: the message's second paragraph.
    static func summary(ofMessage message: String) -> String {
        // `components(separatedBy: "\n\n")[1]` of three or more, found on bytes: an LF pair
        // matches there unless its first LF ends a CR LF `Character`.
        var message = message
        return message.withUTF8 { bytes in
            let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
            var separators: [Int] = []
            var index = 0
            while index + 1 < bytes.count, separators.count < 2 {
                if bytes[index] == lf, bytes[index + 1] == lf, index == 0 || bytes[index - 1] != cr {
                    separators.append(index)
                    index += 2
                } else {
                    index += 1
                }
            }
            guard separators.count == 2 else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(separators[0] + 2)..<separators[1]]), as: UTF8.self)
        }
    }

    /// Git keeps whole seconds and whole minutes of offset.
    static func signature(_ stamp: Stamp) -> GitSignature {
        GitSignature(name: signatureName, email: signatureEmail,
                     time: Int64(stamp.instant.timeIntervalSince1970.rounded(.down)),
                     offsetMinutes: Int32(stamp.utcOffsetSeconds / 60))
    }

    static func stamp(_ signature: GitSignature) -> Stamp {
        Stamp(instant: Date(timeIntervalSince1970: TimeInterval(signature.time)),
              utcOffsetSeconds: Int(signature.offsetMinutes) * 60)
    }

    /// Seconds since `path` was last modified; nil when it does not exist.
    static func age(ofFile path: String) -> TimeInterval? {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        return max(0, Date().timeIntervalSince(modified))
    }

    /// Exponential backoff with jitter, 1–51 ms, so competing writers fall out of step.
    static func backOff(_ attempt: Int) {
        let milliseconds = min(1 << min(attempt, 6), 50) + Int.random(in: 0...1)
        Thread.sleep(forTimeInterval: Double(milliseconds) / 1000 + Double.random(in: 0..<0.001))
    }
}
