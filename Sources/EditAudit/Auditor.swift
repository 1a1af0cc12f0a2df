import ArticleArchive
import ArticleText
import Foundation
import RevisionDiff

/// Runs the audit rules over an archive's history and returns findings; it never decides an
/// exit code (that is the command's job, swift-format style).
///
/// Cost: one article at a time, each revision's text read and parsed once, each consecutive
/// pair diffed once; so time grows linearly with the number of revisions and memory with the
/// largest single article history, not with the number of articles. `flip-flop` keeps, per
/// article, the texts of the revisions read and the `meta.json` digests of the others.
///
/// Damage (a ref that does not resolve, an unreadable object, a broken chain, a revision that
/// does not parse) becomes an `archive-integrity` finding and the audit goes on.
public struct Auditor: Sendable {
    public var configuration: AuditConfiguration
    /// How many articles are audited at once, each by its own thread with its own handle on
    /// the archive (libgit2 repositories are not shared between threads). 1 is sequential;
    /// the report is the same either way. Default: the active processor count.
    public var workers: Int

    public init(configuration: AuditConfiguration = AuditConfiguration(), workers: Int = Concurrently.cores) {
        self.configuration = configuration
        self.workers = max(1, workers)
    }

    /// Audits every article of `archive`, or only `ids`, looking at the revisions captured at
    /// or after `since` (earlier ones are still read where a rule needs the previous revision).
    ///
    /// - Throws: ``AuditError/archive(_:)`` when the articles cannot be listed;
    ///   ``AuditError/unknownArticle(id:path:)`` when an id in `ids` is not in the archive.
    public func audit(_ archive: ArticleArchive, ids: [String]? = nil, since: Date? = nil) throws(AuditError) -> AuditReport {
        let listed: [String]
        do { listed = try archive.articleIDs() } catch { throw .archive(error) }
        let known = Set(listed)
        var selected = listed
        // Loose ref files libgit2 cannot read are not listed at all: find them on disk.
        var unreadable: Set<String> = []
        if let ids {
            for id in ids where !known.contains(id) { throw .unknownArticle(id: id, path: archive.path) }
            selected = Array(Set(ids)).sorted()
        } else {
            unreadable = Set(Self.looseReferenceNames(archivePath: archive.path)).subtracting(known)
            selected = (listed + unreadable).sorted()
        }
        let work = selected.filter { !configuration.skipsArticle($0) }
        let results = auditAll(work, unreadable: unreadable, archive: archive, since: since)
        var findings: [Finding] = []
        var articles: [String] = []
        var revisions = 0
        for result in results where result.checkedRevisions > 0 || !result.findings.isEmpty {
            articles.append(result.id)
            revisions += result.checkedRevisions
            findings += result.findings
        }
        return AuditReport(articles: articles, checkedRevisions: revisions, findings: findings, configuration: configuration)
    }

    /// Audits one article. Never throws: what cannot be read is an `archive-integrity` finding.
    public func auditArticle(_ id: String, in archive: ArticleArchive, since: Date? = nil) -> ArticleAudit {
        auditArticle(id, in: archive, since: since, differ: RevisionChainDiffer(options: diffOptions))
    }

    /// Rule positions in `AuditRule.allCases`: the order of one revision's findings.
    private static let ruleOrder = Dictionary(uniqueKeysWithValues: AuditRule.allCases.enumerated().map { ($1, $0) })

    /// Audits one article with `differ`, which a worker keeps from one article to the next.
    func auditArticle(_ id: String, in archive: ArticleArchive, since: Date?, differ: RevisionChainDiffer) -> ArticleAudit {
        var walk = ArticleWalk(id: id, auditor: self, differ: differ)
        walk.run(archive: archive, since: since)
        let order = Self.ruleOrder
        // Stable: by revision (article-wide first), then rule order.
        let findings = walk.findings.enumerated().sorted {
            let a = ($0.element.revision ?? 0, order[$0.element.rule] ?? 0, $0.offset)
            let b = ($1.element.revision ?? 0, order[$1.element.rule] ?? 0, $1.offset)
            return a < b
        }.map(\.element)
        return ArticleAudit(id: id, checkedRevisions: walk.checked, findings: findings)
    }

    /// Articles audited through one archive handle before it is reopened: libgit2 keeps every
    /// commit and tree it reads in a per-handle cache, which would otherwise grow with the
    /// number of articles.
    static let articlesPerHandle = 128

    /// Each article's audit, in the order of `ids`.
    func auditAll(_ ids: [String], unreadable: Set<String>, archive: ArticleArchive, since: Date?) -> [ArticleAudit] {
        let slots = ResultSlots(count: ids.count)
        let path = archive.path
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, ids.count))) { _ in
            var handle: ArticleArchive?
            var used = 0
            let differ = RevisionChainDiffer(options: diffOptions)
            while let index = slots.claim() {
                if handle == nil || used == Self.articlesPerHandle {
                    handle = try? ArticleArchive(at: path)
                    used = 0
                }
                guard let handle else { return }  // left to the loop below
                used += 1
                slots.store(audit(ids[index], unreadable: unreadable, archive: handle, since: since, differ: differ), at: index)
            }
        }
        return ids.indices.map { index in
            slots.result(at: index)
                ?? audit(ids[index], unreadable: unreadable, archive: archive, since: since, differ: RevisionChainDiffer(options: diffOptions))
        }
    }

    private func audit(_ id: String, unreadable: Set<String>, archive: ArticleArchive, since: Date?,
                       differ: RevisionChainDiffer) -> ArticleAudit {
        guard unreadable.contains(id) else { return auditArticle(id, in: archive, since: since, differ: differ) }
        let finding = finding(.archiveIntegrity, id: id, revision: nil, commit: nil,
                              message: "refs/articles/\(id) is not a readable reference: its file does not hold an object id")
        return ArticleAudit(id: id, checkedRevisions: 0, findings: finding.map { [$0] } ?? [])
    }

    /// Names of the loose ref files under `<archive>/refs/articles/`, relative to it: every
    /// entry that is not a directory (symbolic links followed, never descended) nor a `.lock`.
    static func looseReferenceNames(archivePath: String) -> [String] {
        var names: [String] = []
        // readdir's entry types spare a stat per ref, which FileManager's enumerator does not.
        func walk(_ directory: String, prefix: String) {
            guard let stream = opendir(directory) else { return }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let path = directory + "/" + name
                var type = Int(entry.pointee.d_type)
                var status = stat()
                if type == Int(DT_UNKNOWN) {  // a file system without entry types
                    guard lstat(path, &status) == 0 else { continue }
                    let format = status.st_mode & S_IFMT
                    type = format == S_IFDIR ? Int(DT_DIR) : format == S_IFLNK ? Int(DT_LNK) : Int(DT_REG)
                }
                if type == Int(DT_DIR) {
                    walk(path, prefix: prefix + name + "/")
                    continue
                }
                if type == Int(DT_LNK) {
                    guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
                }
                if !name.hasSuffix(".lock") { names.append(prefix + name) }
            }
        }
        walk((archivePath as NSString).appendingPathComponent("refs/articles"), prefix: "")
        return names
    }

    /// The finding for `rule`, or nil when the rule is off or an ignore drops it.
    func finding(_ rule: AuditRule, id: String, revision: Int?, commit: String?, message: String) -> Finding? {
        guard let severity = configuration.severity(of: rule) else { return nil }
        let finding = Finding(rule: rule, severity: severity, id: id, revision: revision, commit: commit, message: message)
        return configuration.ignores(finding) ? nil : finding
    }

    var diffOptions: DiffOptions {
        var options = DiffOptions()
        options.nearDuplicateThreshold = configuration.thresholds.nearDuplicateSimilarity
        return options
    }

    var enabledChecks: [any RevisionCheck] { allChecks.filter { configuration.isEnabled($0.rule) } }
}
