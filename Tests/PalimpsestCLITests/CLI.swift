import Foundation

/// Runs the built `palimpsest` (and, as an oracle, the system `git`) in a scratch directory,
/// removed when the value goes away.
final class CLI: Sendable {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("fixtures")

    /// The executable next to the test bundle (SwiftPM puts both in the same build folder).
    static let binary: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // `…/debug/PalimpsestPackageTests.xctest` is the runner on Linux; on other layouts walk up.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("palimpsest")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/palimpsest")
    }()

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
        try Self.exec(Self.binary, arguments, in: directory, stdin: stdin, environment: environment)
    }

    @discardableResult
    func git(_ arguments: [String]) throws -> Output {
        try Self.exec(URL(fileURLWithPath: "/usr/bin/env"), ["git", "--git-dir", archive] + arguments, in: directory, stdin: nil, environment: [:])
    }

    static func exec(_ executable: URL, _ arguments: [String], in directory: URL, stdin: Data?, environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["PALIMPSEST_ARCHIVE"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
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
