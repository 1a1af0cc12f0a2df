import ArticleArchive
import ArticleText
import Foundation
import RevisionDiff

/// One article's audit: walks its chain oldest first, reading each revision once and diffing
/// each consecutive pair once, through a ``RevisionChainDiffer`` that prepares each revision
/// (keys, tokens, duplicates, headline echoes) once for both diffs it takes part in. The
/// duplicates of a revision come from the diffs (the first revision's from its diff with the
/// second).
struct ArticleWalk {
    let id: String
    let auditor: Auditor
    private(set) var findings: [Finding] = []
    private(set) var checked = 0

    private let checks: [any RevisionCheck]
    private let options: DiffOptions
    private let differ: RevisionChainDiffer
    /// Flip-flop memory: the texts of the revisions read, and the `meta.json` digests of the
    /// revisions before the window (not read).
    private var bodies: [BodyText: Int] = [:]
    private var digestsBefore: [String: Int] = [:]

    /// A revision read but not yet checked.
    private struct Pending {
        let record: RevisionRecord
        let article: Article
        let captured: Stamp?
        let inWindow: Bool
    }

    init(id: String, auditor: Auditor, differ: RevisionChainDiffer) {
        self.id = id
        self.auditor = auditor
        checks = auditor.enabledChecks
        options = auditor.diffOptions
        self.differ = differ
    }

    mutating func run(archive: ArticleArchive, since: Date?) {
        let history: [RevisionRecord]
        do {
            history = try archive.history(id: id)
        } catch {
            integrity(nil, nil, "cannot read the article's chain of revisions: \(Self.reason(error))")
            return
        }
        // Stamps parsed once per revision.
        let stamps = history.map { record in
            (published: record.meta.publishedStamp,
             modified: record.meta.modifiedStamp,
             captured: record.meta.capturedStamp)
        }
        checkChain(history, stamps)

        // The window: revisions captured at or after `since`; the one before it is read too,
        // as the previous revision of the first one in the window. A revision after the first
        // one in the window but captured before `since` (captures out of order) is read, not
        // reported.
        let inWindow = stamps.map { stamp in since.map { (stamp.captured?.instant ?? .distantFuture) >= $0 } ?? true }
        let start = inWindow.firstIndex(of: true) ?? history.count
        guard start < history.count else { return }
        for record in history[..<max(0, start - 1)] where digestsBefore[record.meta.digest] == nil {
            digestsBefore[record.meta.digest] = record.revision
        }

        var previous: RevisionState?
        var first: Pending?  // read, waiting for its diff with the next revision
        for index in max(0, start - 1)..<history.count {
            let record = history[index]
            let current = read(record, archive: archive).map {
                Pending(record: record, article: $0, captured: stamps[index].captured, inWindow: inWindow[index])
            }
            guard let current else {
                if let first { evaluate(alone(first), previous: nil, diff: nil, inWindow: first.inWindow) }
                first = nil
                previous = nil
                continue
            }
            if let pending = first {
                let diff = differ.diff(old: pending.article, new: current.article)
                let old = RevisionState(record: pending.record, article: pending.article, duplicates: diff.duplicatesOld,
                                        echoes: diff.headline.echoOld, captured: pending.captured)
                evaluate(old, previous: nil, diff: nil, inWindow: pending.inWindow)
                first = nil
                previous = old
                let new = RevisionState(record: record, article: current.article, duplicates: diff.duplicatesNew,
                                        echoes: diff.headline.echoNew, captured: current.captured)
                evaluate(new, previous: old, diff: diff, inWindow: current.inWindow)
                previous = new
            } else if let old = previous {
                let diff = differ.diff(old: old.article, new: current.article)
                let new = RevisionState(record: record, article: current.article, duplicates: diff.duplicatesNew,
                                        echoes: diff.headline.echoNew, captured: current.captured)
                evaluate(new, previous: old, diff: diff, inWindow: current.inWindow)
                previous = new
            } else {
                first = current
            }
        }
        if let first { evaluate(alone(first), previous: nil, diff: nil, inWindow: first.inWindow) }
    }

    /// A revision without a readable neighbour: its duplicates searched directly.
    private func alone(_ pending: Pending) -> RevisionState {
        let article = pending.article
        return RevisionState(
            record: pending.record, article: article,
            duplicates: DuplicateFinder.duplicates(in: article.paragraphs, options: options),
            echoes: DuplicateFinder.headlineEchoes(headline: article.headline, paragraphs: article.paragraphs),
            captured: pending.captured)
    }

    /// Runs the checks on `state` (when in the window) and remembers its text for flip-flop.
    private mutating func evaluate(_ state: RevisionState, previous: RevisionState?, diff: RevisionDiff?, inWindow: Bool) {
        let body = state.body
        if inWindow {
            checked += 1
            var restores: Int?
            if let previous, previous.body != body {
                restores = bodies[body] ?? digestsBefore[state.record.meta.digest]
            }
            let context = RevisionContext(id: id, current: state, previous: previous, diff: diff,
                                          thresholds: auditor.configuration.thresholds, restores: restores)
            for check in checks {
                for message in check.check(context) { add(check.rule, state.record, message) }
            }
        }
        if bodies[body] == nil { bodies[body] = state.revision }
    }

    /// Revision `record`'s text as an article with `stamps`; nil (and an `archive-integrity`
    /// finding) when it cannot be read.
    private mutating func read(_ record: RevisionRecord, archive: ArticleArchive) -> Article? {
        do {
            return try archive.article(record, id: id)
        } catch .article(let error) {
            integrity(record, "article.txt does not parse: \(error)")
        } catch {
            integrity(record, "cannot read article.txt: \(Self.reason(error))")
        }
        return nil
    }

    /// Consistency of the chain with each revision's `meta.json`.
    private mutating func checkChain(_ history: [RevisionRecord], _ stamps: [(published: Stamp?, modified: Stamp?, captured: Stamp?)]) {
        for (record, stamp) in zip(history, stamps) {
            let meta = record.meta
            var problems: [String] = []
            if meta.revision != record.revision {
                problems.append("meta.json says revision \(meta.revision) but the commit is revision \(record.revision) of the chain")
            }
            if meta.id != id { problems.append("meta.json names article '\(meta.id)'") }
            if stamp.captured == nil { problems.append("meta.json capture time '\(meta.captured)' is not ISO 8601") }
            if let published = meta.published, stamp.published == nil {
                problems.append("meta.json published stamp '\(published)' is not ISO 8601")
            }
            if let modified = meta.modified, stamp.modified == nil {
                problems.append("meta.json modified stamp '\(modified)' is not ISO 8601")
            }
            if !problems.isEmpty { integrity(record, problems.joined(separator: "; ")) }
        }
    }

    private mutating func integrity(_ record: RevisionRecord, _ message: String) {
        integrity(record.revision, record.commit, message)
    }

    private mutating func integrity(_ revision: Int?, _ commit: String?, _ message: String) {
        if let finding = auditor.finding(.archiveIntegrity, id: id, revision: revision, commit: commit, message: message) {
            findings.append(finding)
        }
    }

    private mutating func add(_ rule: AuditRule, _ record: RevisionRecord, _ message: String) {
        if let finding = auditor.finding(rule, id: id, revision: record.revision, commit: record.commit, message: message) {
            findings.append(finding)
        }
    }

    /// An archive error as one line.
    static func reason(_ error: ArchiveError) -> String {
        error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
