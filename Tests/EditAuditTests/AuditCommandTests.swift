import EditAudit
import Foundation
import TestSupport
import Testing

/// `palimpsest audit` end to end: exit codes, formats, configuration lookup.
@Suite("palimpsest audit")
struct AuditCommandTests {
    typealias Output = Subprocess.Output

    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Output {
        try Subprocess.run(Subprocess.palimpsest, ["audit"] + arguments, in: directory, environment: environment)
    }

    /// `clean`: no findings; `edited`: a stealth edit (error) and a headline change (info).
    func archive() throws -> TestArchive {
        let a = try TestArchive()
        try a.record("clean", article(headline, dateline(published: "17:04"), [p1]), captured: capture1)
        try a.record("edited", article(headline, dateline(published: "17:04", modified: "18:00"), [p1, p2]), captured: capture1)
        try a.record("edited", article("Autre titre", dateline(published: "17:04", modified: "18:00"), [p1, p2 + " Les pompiers sont mobilisés."]), captured: capture2)
        return a
    }

    @Test("exit 1 on an error finding (default --fail-on error); 0 with --fail-on never")
    func exitCodes() throws {
        let a = try archive()
        let text = try run(["--archive", a.path], in: a.root)
        #expect(text.status == 1)
        #expect(text.stderr == "")
        #expect(text.stdout.hasPrefix("edited\n  error    stealth-edit"))
        #expect(text.stdout.hasSuffix("checked 2 articles, 3 revisions: 1 error, 0 warnings, 1 info\n"))
        #expect(!text.stdout.contains("\u{1B}"))  // not a terminal: no colour
        #expect(try run(["--archive", a.path, "--fail-on", "never"], in: a.root).status == 0)
        #expect(try run(["--archive", a.path, "--id", "clean"], in: a.root).status == 0)
    }

    @Test("--fail-on warning and info compare severities, with the configuration applied")
    func failOn() throws {
        let a = try archive()
        let config = a.root.appendingPathComponent("lenient.yml")
        try Data("rules:\n  stealth-edit: warning\n".utf8).write(to: config)
        #expect(try run(["--archive", a.path, "--config", config.path], in: a.root).status == 0)
        #expect(try run(["--archive", a.path, "--config", config.path, "--fail-on", "warning"], in: a.root).status == 1)
        try Data("rules:\n  stealth-edit: off\n".utf8).write(to: config)
        #expect(try run(["--archive", a.path, "--config", config.path, "--fail-on", "warning"], in: a.root).status == 0)
        #expect(try run(["--archive", a.path, "--config", config.path, "--fail-on", "info"], in: a.root).status == 1)
    }

    @Test("./.palimpsest.yml is read when present")
    func defaultConfigFile() throws {
        let a = try archive()
        try Data("rules:\n  stealth-edit: off\n".utf8).write(to: a.root.appendingPathComponent(".palimpsest.yml"))
        #expect(try run(["--archive", a.path], in: a.root).status == 0)
    }

    @Test("exit 2 with one error line: missing archive, bad configuration, unknown id")
    func cannotAudit() throws {
        let a = try archive()
        let missing = try run(["--archive", a.root.appendingPathComponent("none.git").path], in: a.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: no archive at "))
        #expect(missing.stdout == "")

        try Data("rules:\n  stealth-edits: off\n".utf8).write(to: a.root.appendingPathComponent(".palimpsest.yml"))
        let bad = try run(["--archive", a.path], in: a.root)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("error: configuration .palimpsest.yml:2:3: unknown key 'rules.stealth-edits'"))
        #expect(bad.stdout == "")

        let absent = try run(["--archive", a.path, "--config", "absent.yml"], in: a.root)
        #expect(absent.status == 2)
        #expect(absent.stderr == "error: configuration absent.yml: no such file: give the path of a .palimpsest.yml\n")

        try FileManager.default.removeItem(at: a.root.appendingPathComponent(".palimpsest.yml"))
        let unknown = try run(["--archive", a.path, "--id", "nope"], in: a.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: no article 'nope' in "))

        let since = try run(["--archive", a.path, "--since", "yesterday"], in: a.root)
        #expect(since.status == 2)
        #expect(since.stderr.hasPrefix("error: --since yesterday: not an ISO 8601 date"))
    }

    @Test("--since and every --format")
    func formats() throws {
        let a = try archive()
        let json = try run(["--archive", a.path, "--format", "json", "--since", "2021-06-16T21:30:00+02:00"], in: a.root)
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["checked"] as? [String: Int] == ["articles": 1, "revisions": 1])
        #expect(try run(["--archive", a.path, "--since", "2021-06-17"], in: a.root).status == 0)

        let junit = try run(["--archive", a.path, "--format", "junit"], in: a.root)
        #expect(junit.status == 1)
        #expect(try XMLSummary(junit.stdout).failures == ["stealth-edit"])

        let sarif = try run(["--archive", a.path, "--format", "sarif"], in: a.root)
        #expect(sarif.stdout.contains("\"version\" : \"2.1.0\""))

        let github = try run(["--archive", a.path, "--format", "github"], in: a.root)
        #expect(github.stdout.hasPrefix("::error title=stealth-edit%3A edited revision 2::"))
        #expect(github.stdout.contains("::notice title=headline-changed%3A edited revision 2::"))
    }
}

extension AuditCommandTests {
    @Test func aYAMLErrorQuotingAControlCharacterIsOneSafeLine() throws {
        let a = try TestArchive()
        let config = a.root.appendingPathComponent("bad.yml")
        try "rules:\n  x: \"\u{1B}[31mred\"\n".write(to: config, atomically: true, encoding: .utf8)
        let out = try run(["--archive", a.path, "--config", config.path], in: a.root)
        #expect(out.status == 2)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(!out.stderr.contains("\u{1B}"))
        #expect(out.stderr.contains("<U+001B>[31mred"))
    }
}
