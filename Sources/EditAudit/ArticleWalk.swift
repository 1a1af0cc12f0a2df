import ArticleArchive
import ArticleText
import Foundation
import RevisionDiff

/// One article's audit: walks its chain oldest first, reading each revision once and diffing
/// each consecutive pair once.
struct ArticleWalk {
    let id: String
    let auditor: Auditor
    private(set) var findings: [Finding] = []
    private(set) var checked = 0

    init(id: String, auditor: Auditor) {
        self.id = id
        self.auditor = auditor
    }

    mutating func run(archive: ArticleArchive, since: Date?) {
        let history: [RevisionRecord]
        do {
            history = try archive.history(id: id)
        } catch {
            integrity(nil, nil, "cannot read the article's chain of revisions: \(Self.reason(error))")
            return
        }
        checkChain(history)

        // The window: revisions captured at or after `since`; the one before it is read too,
        // as the previous revision of the first one in the window.
        let start = since.map { since in
            history.firstIndex { ($0.meta.capturedStamp?.instant ?? .distantFuture) >= since } ?? history.count
        } ?? 0
        guard start < history.count else { return }

        let checks = auditor.enabledChecks
        let options = auditor.diffOptions
        let parser = ArticleParser(stamps: StampParser(timeZone: TimeZone(identifier: "UTC")!))
        // Flip-flop memory: texts of the revisions read, digests of those before the window.
        var bodies: [String: Int] = [:]
        var digestsBefore: [String: Int] = [:]
        for record in history[..<max(0, start - 1)] where digestsBefore[record.meta.digest] == nil {
            digestsBefore[record.meta.digest] = record.revision
        }

        var previous: RevisionState?
        for index in max(0, start - 1)..<history.count {
            let record = history[index]
            let inWindow = index >= start
            guard let article = read(record, archive: archive, parser: parser) else {
                previous = nil
                continue
            }
            let diff = previous.map { RevisionDiff(old: $0.article, new: article, options: options) }
            let state: RevisionState
            if let diff {
                state = RevisionState(record: record, article: article, duplicates: diff.duplicatesNew, echoes: diff.headline.echoNew)
            } else {
                state = RevisionState(
                    record: record, article: article,
                    duplicates: DuplicateFinder.duplicates(in: article.paragraphs, options: options),
                    echoes: DuplicateFinder.headlineEchoes(headline: article.headline, paragraphs: article.paragraphs))
            }
            let body = state.body
            if inWindow {
                checked += 1
                var restores: Int?
                if let previous, previous.body != body {
                    restores = bodies[body] ?? digestsBefore[record.meta.digest]
                }
                let context = RevisionContext(id: id, current: state, previous: previous, diff: diff,
                                              thresholds: auditor.configuration.thresholds, restores: restores)
                for check in checks {
                    for message in check.check(context) {
                        add(check.rule, record, message)
                    }
                }
            }
            if bodies[body] == nil { bodies[body] = record.revision }
            previous = state
        }
    }

    /// Revision `record`'s text, parsed, with the stamps `meta.json` recorded; nil (and an
    /// `archive-integrity` finding) when it cannot be read.
    private mutating func read(_ record: RevisionRecord, archive: ArticleArchive, parser: ArticleParser) -> Article? {
        let text: String
        do {
            text = try archive.canonicalText(id: id, revision: record.revision)
        } catch {
            integrity(record, "cannot read article.txt: \(Self.reason(error))")
            return nil
        }
        var article: Article
        do {
            article = try parser.parse(text, input: "refs/articles/\(id) revision \(record.revision)").article
        } catch {
            integrity(record, "article.txt does not parse: \(error.description)")
            return nil
        }
        article.stamps = DatelineStamps(published: record.meta.publishedStamp, modified: record.meta.modifiedStamp)
        return article
    }

    /// Consistency of the chain with each revision's `meta.json`.
    private mutating func checkChain(_ history: [RevisionRecord]) {
        for record in history {
            let meta = record.meta
            var problems: [String] = []
            if meta.revision != record.revision {
                problems.append("meta.json says revision \(meta.revision) but the commit is revision \(record.revision) of the chain")
            }
            if meta.id != id { problems.append("meta.json names article '\(meta.id)'") }
            if meta.capturedStamp == nil { problems.append("meta.json capture time '\(meta.captured)' is not ISO 8601") }
            if let published = meta.published, meta.publishedStamp == nil {
                problems.append("meta.json published stamp '\(published)' is not ISO 8601")
            }
            if let modified = meta.modified, meta.modifiedStamp == nil {
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

    /// An archive error as one line, without the advice aimed at other commands.
    static func reason(_ error: ArchiveError) -> String {
        error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
