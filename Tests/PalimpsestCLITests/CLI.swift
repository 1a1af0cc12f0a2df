import Foundation
import TestSupport

/// Runs the built `palimpsest` (and, as an oracle, the system `git`) in a scratch directory,
/// removed when the value goes away.
final class CLI: Sendable {
    typealias Output = Subprocess.Output

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("fixtures")

    static let binary = Subprocess.palimpsest

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("palimpsest-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var archive: String { directory.appendingPathComponent("a.git").path }

    static func fixture(_ path: String) -> String { fixtures.appendingPathComponent(path).path }

    @discardableResult
    func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Output {
        try Subprocess.run(Self.binary, arguments, in: directory, stdin: stdin, environment: environment)
    }

    @discardableResult
    func git(_ arguments: [String]) throws -> Output {
        try Subprocess.git(["--git-dir", archive] + arguments, in: directory)
    }

    /// Every file under the archive with its bytes: equal snapshots mean "byte for byte as it was".
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: archive)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }

    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }
}
