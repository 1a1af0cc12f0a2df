import ArticleArchive
import ArticleText
import EditAudit
import Foundation
import TestSupport

/// A fresh archive in a temp directory, written through `ArticleRecorder` (stamps without a
/// zone read in Europe/Paris, as the French datelines below are).
final class TestArchive {
    let root: URL
    let archive: ArticleArchive
    let recorder: ArticleRecorder
    var path: String { root.appendingPathComponent("a.git").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("palimpsest-audit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        archive = try ArticleArchive.create(at: root.appendingPathComponent("a.git").path, timeZone: "Europe/Paris")
        recorder = try ArticleRecorder(archive: archive, timeZone: nil)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Records `text` as the next revision of `id`, captured at `captured` (ISO 8601).
    @discardableResult
    func record(_ id: String, _ text: String, captured: String) throws -> RecordResult {
        let outcome = try recorder.record(bytes: Array(text.utf8), sourceName: "page.txt", id: id, url: nil,
                                          captured: stamp(captured).instant)
        return outcome.result
    }

    func audit(_ configuration: AuditConfiguration = AuditConfiguration(), ids: [String]? = nil, since: String? = nil) throws -> AuditReport {
        try Auditor(configuration: configuration).audit(archive, ids: ids, since: since.map { stamp($0).instant })
    }

    /// Runs the system `git` on the archive (a test oracle and a way to damage it).
    @discardableResult
    func git(_ arguments: [String]) throws -> String {
        try Subprocess.git(["--git-dir", path] + arguments).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Deletes the loose object `id` (40 hex digits).
    func deleteObject(_ id: String) throws {
        let file = root.appendingPathComponent("a.git/objects/\(id.prefix(2))/\(id.dropFirst(2))")
        try FileManager.default.removeItem(at: file)
    }

    /// Flips one bit in the middle of the loose object `id`'s compressed bytes, as a failing
    /// disk would.
    func damageObject(_ id: String) throws {
        let file = root.appendingPathComponent("a.git/objects/\(id.prefix(2))/\(id.dropFirst(2))")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x10
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try bytes.write(to: file)
    }

    /// Writes a loose ref file under `refs/articles/` with the given content.
    func writeRef(_ name: String, _ content: String) throws {
        let file = root.appendingPathComponent("a.git/refs/articles/\(name)")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
    }
}

func stamp(_ iso: String) -> Stamp {
    guard let stamp = Stamp(iso8601: iso) else { fatalError("bad test stamp \(iso)") }
    return stamp
}

/// An article in the plain-text layout: headline, dateline (when given), paragraphs.
func article(_ headline: String, _ dateline: String?, _ paragraphs: [String]) -> String {
    ([headline] + [dateline].compactMap { $0 } + paragraphs).joined(separator: "\n\n") + "\n"
}

/// `Publié le 16 juin 2021 à HH:MM[ Modifié le 16 juin 2021 à HH:MM]` (Europe/Paris, +02:00).
func dateline(published: String, modified: String? = nil) -> String {
    "Publié le 16 juin 2021 à \(published)" + (modified.map { " Modifié le 16 juin 2021 à \($0)" } ?? "")
}

let headline = "Inondations : la Seine en crue"
/// Ten words each.
let p1 = "La Seine est sortie de son lit mardi en soirée."
let p2 = "Les quais sont fermés jusqu’à nouvel ordre ce mardi."
let p3 = "Les habitants des communes voisines ont été évacués cette nuit."
let p4 = "Le niveau devrait baisser à partir de jeudi selon Vigicrues."

/// Capture times, in order, all after the stamps used in the tests.
let capture1 = "2021-06-16T21:00:00+02:00"
let capture2 = "2021-06-16T22:00:00+02:00"
let capture3 = "2021-06-16T23:00:00+02:00"
let capture4 = "2021-06-16T23:30:00+02:00"

extension AuditReport {
    func findings(_ rule: AuditRule) -> [Finding] { findings.filter { $0.rule == rule } }
}
