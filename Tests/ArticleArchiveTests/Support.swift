import ArticleArchive
import ArticleText
import Foundation
import TestSupport
import Testing

/// A fresh directory path under the system temp directory (not created), removed by `cleanup`.
struct Scratch {
    let root: URL

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("palimpsest-archive-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    func cleanup() { try? FileManager.default.removeItem(at: root) }
}

func stamp(_ iso: String) -> Stamp {
    guard let stamp = Stamp(iso8601: iso) else { fatalError("bad test stamp \(iso)") }
    return stamp
}

let articleTextV1 = """
    Inondations : la Seine en crue

    Publié le 16 juin 2021 à 17:04

    La Seine est sortie de son lit mardi.

    Les quais sont fermés.

    """

let articleTextV2 = """
    Inondations : la Seine en crue

    Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04

    La Seine est sortie de son lit mardi soir.

    Les quais sont fermés jusqu’à nouvel ordre.

    """

/// Revision 1 of article `seine`: published only, captured in UTC, two source files.
func inputV1(id: String = "seine") -> RevisionInput {
    RevisionInput(
        id: id, url: "https://example.org/seine", headline: "Inondations : la Seine en crue",
        canonicalText: articleTextV1, published: stamp("2021-06-16T17:04:00+02:00"),
        captured: stamp("2021-06-16T15:30:00+00:00"), paragraphCount: 2,
        sources: [SourceFile(name: "page.txt", bytes: Array("raw text\r\n\u{00A0}".utf8)),
                  SourceFile(name: "page.html", bytes: [0x3C, 0x70, 0x3E, 0xFF, 0x00, 0x0A])])
}

/// Revision 2: text edited, modified stamp added, captured the next morning in Paris.
func inputV2(id: String = "seine") -> RevisionInput {
    RevisionInput(
        id: id, url: "https://example.org/seine", headline: "Inondations : la Seine en crue",
        canonicalText: articleTextV2, published: stamp("2021-06-16T17:04:00+02:00"),
        modified: stamp("2021-06-16T20:04:00+02:00"), captured: stamp("2021-06-17T08:00:00+02:00"),
        paragraphCount: 2, sources: [SourceFile(name: "page.txt", bytes: Array(articleTextV2.utf8))])
}

/// Runs the system `git` as a test oracle (the product never does).
@discardableResult
func git(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let output = try Subprocess.git(arguments)
    return (output.status, output.stdout, output.stderr)
}

let gitAvailable: Bool = (try? git(["--version"]).status) == 0

/// Every file (with its bytes) and directory under `path`, for byte-identity checks.
func snapshot(_ path: String) -> [String: [UInt8]?] {
    var result: [String: [UInt8]?] = [:]
    let root = URL(fileURLWithPath: path)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return result }
    for case let url as URL in enumerator {
        let relative = String(url.path.dropFirst(root.path.count))
        let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
        result[relative] = isDirectory ? .some(nil) : .some(try? Array(Data(contentsOf: url)))
    }
    return result
}

/// Collects results from several threads.
final class Collector<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    func append(_ value: Value) { lock.lock(); storage.append(value); lock.unlock() }
    var values: [Value] { lock.lock(); defer { lock.unlock() }; return storage }
}
