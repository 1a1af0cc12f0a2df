import EditAudit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// One report with awkward content: markup and quotes in an id (a broken ref may be named so),
/// a terminal escape, `%`, `:` `,` and a line break in a message, an article-wide finding.
let sample = AuditReport(
    articles: ["a<&>\"'", "b", "c"],
    checkedRevisions: 7,
    findings: [
        Finding(rule: .stealthEdit, severity: .error, id: "a<&>\"'", revision: 2,
                commit: "0123456789abcdef0123456789abcdef01234567",
                message: "text “changed” & <b> \u{1B}[31m 100% a:b, c\nnext"),
        Finding(rule: .headlineChanged, severity: .info, id: "a<&>\"'", revision: 3,
                commit: "89abcdef0123456789abcdef0123456789abcdef", message: "headline changed"),
        Finding(rule: .archiveIntegrity, severity: .error, id: "b", revision: nil, commit: nil, message: "cannot read the chain"),
    ],
    configuration: AuditConfiguration(severities: [.flipFlop: Severity?.none]))

@Suite("reporters")
struct ReporterTests {
    @Test("text: grouped by article, control characters made visible, a summary line")
    func text() {
        #expect(TextReporter().render(sample) == """
            a<&>"'
              error    stealth-edit               revision 2  0123456789ab  text “changed” & <b> <U+001B>[31m 100% a:b, c
            next
              info     headline-changed           revision 3  89abcdef0123  headline changed

            b
              error    archive-integrity          cannot read the chain

            checked 3 articles, 7 revisions: 2 errors, 0 warnings, 1 info

            """)
    }

    @Test("text: colour only when asked, and never from the message itself")
    func textColour() {
        let coloured = TextReporter(color: true).render(sample)
        #expect(coloured.contains("\u{1B}[31merror   \u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36minfo    \u{1B}[0m"))
        #expect(!coloured.contains("\u{1B}[31m 100%"))
        #expect(!TextReporter().render(sample).contains("\u{1B}"))
    }

    @Test("text: no findings")
    func textEmpty() {
        let report = AuditReport(articles: ["a"], checkedRevisions: 1, findings: [], configuration: AuditConfiguration())
        #expect(TextReporter().render(report) == "checked 1 article, 1 revision: no findings\n")
    }

    @Test("json: design §6 shape, null revision and commit for article-wide findings")
    func json() throws {
        let text = JSONReporter().render(sample)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "checked", "findings"])
        #expect(object["schema"] as? String == "palimpsest.audit/1")
        #expect(object["checked"] as? [String: Int] == ["articles": 3, "revisions": 7])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(Set(findings[0].keys) == ["rule", "severity", "id", "revision", "commit", "message"])
        #expect(findings[0]["rule"] as? String == "stealth-edit")
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["id"] as? String == "a<&>\"'")
        #expect(findings[0]["revision"] as? Int == 2)
        #expect(findings[0]["message"] as? String == sample.findings[0].message)
        #expect(findings[2]["revision"] is NSNull)
        #expect(findings[2]["commit"] is NSNull)
    }

    @Test("junit: a test case per article, a failure per finding at or above the threshold, well-formed XML")
    func junit() throws {
        let xml = JUnitReporter(failureThreshold: .warning).render(sample)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"palimpsest audit\" tests=\"3\" failures=\"2\""))
        #expect(xml.contains("<testcase classname=\"palimpsest.audit\" name=\"a&lt;&amp;&gt;&quot;&apos;\" time=\"0\">"))
        #expect(xml.contains("<failure type=\"stealth-edit\" message=\"error stealth-edit revision 2: text “changed” &amp; &lt;b&gt; &lt;U+001B&gt;[31m 100% a:b, c&#10;next\">"))
        #expect(xml.contains("<system-out>info headline-changed revision 3: headline changed</system-out>"))
        #expect(xml.contains("<testcase classname=\"palimpsest.audit\" name=\"c\" time=\"0\"/>"))
        #expect(!xml.contains("\u{1B}"))

        let parsed = try XMLSummary(xml)
        #expect(parsed.testcases == ["a<&>\"'", "b", "c"])
        #expect(parsed.failures == ["stealth-edit", "archive-integrity"])
        #expect(parsed.failureMessages.first == "error stealth-edit revision 2: text “changed” & <b> <U+001B>[31m 100% a:b, c\nnext")
    }

    @Test("junit: C1 and bidi controls, valid XML characters, are written visibly, never raw")
    func junitC1AndBidi() throws {
        let report = AuditReport(
            articles: ["a"], checkedRevisions: 2,
            findings: [Finding(rule: .stealthEdit, severity: .error, id: "a", revision: 2, commit: nil,
                               message: "x \u{9B}2J \u{202E}y\u{202C} \u{7F}")],
            configuration: AuditConfiguration())
        let xml = JUnitReporter(failureThreshold: .warning).render(report)
        #expect(xml.contains("x &lt;U+009B&gt;2J &lt;U+202E&gt;y&lt;U+202C&gt; &lt;U+007F&gt;"), "\(xml)")
        #expect(!xml.unicodeScalars.contains { [0x9B, 0x202E, 0x202C, 0x7F].contains($0.value) })
        #expect(try XMLSummary(xml).failures == ["stealth-edit"])
    }

    @Test("junit: every finding fails with threshold info; none with nil (--fail-on never)")
    func junitThresholds() throws {
        #expect(try XMLSummary(JUnitReporter(failureThreshold: .info).render(sample)).failures.count == 3)
        #expect(try XMLSummary(JUnitReporter(failureThreshold: nil).render(sample)).failures.isEmpty)
    }

    @Test("text and github: one article, one revision and one finding are singular")
    func singularCounts() {
        let one = AuditReport(
            articles: ["a"], checkedRevisions: 1,
            findings: [Finding(rule: .stealthEdit, severity: .error, id: "a", revision: 1, commit: nil, message: "m")],
            configuration: AuditConfiguration())
        #expect(GitHubReporter().render(one).hasSuffix("palimpsest audit: checked 1 article, 1 revision: 1 error, 0 warnings, 0 info\n"))
        #expect(TextReporter(color: false).render(one).hasSuffix("\nchecked 1 article, 1 revision: 1 error, 0 warnings, 0 info\n"))
        let none = AuditReport(articles: ["a", "b"], checkedRevisions: 2, findings: [], configuration: AuditConfiguration())
        #expect(GitHubReporter().render(none) == "palimpsest audit: checked 2 articles, 2 revisions: no findings\n")
    }

    @Test("github: workflow commands with the runner's escaping")
    func github() {
        #expect(GitHubReporter().render(sample) == """
            ::error title=stealth-edit%3A a<&>"' revision 2::text “changed” & <b> <U+001B>[31m 100%25 a:b, c%0Anext (commit 0123456789abcdef0123456789abcdef01234567)
            ::notice title=headline-changed%3A a<&>"' revision 3::headline changed (commit 89abcdef0123456789abcdef0123456789abcdef)
            ::error title=archive-integrity%3A b::cannot read the chain
            palimpsest audit: checked 3 articles, 7 revisions: 2 errors, 0 warnings, 1 info

            """)
        #expect(GitHubReporter.escapeProperty("a%b:c,d\r\ne") == "a%25b%3Ac%2Cd<U+000D>%0Ae")
    }

    @Test("sarif: levels, rules with configured severities, locations")
    func sarifShape() throws {
        let text = SARIFReporter(archivePath: "/srv/news archive.git", toolVersion: "0.1.0").render(sample)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == AuditRule.allCases.map(\.rawValue))
        let flipFlop = try #require(rules.first { $0["id"] as? String == "flip-flop" })
        let flipFlopConfiguration = flipFlop["defaultConfiguration"] as? [String: Any]
        #expect(flipFlopConfiguration?["level"] as? String == "warning")
        #expect(flipFlopConfiguration?["enabled"] as? Bool == false)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "note", "error"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 6, 11])
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first)
        let artifact = (location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        #expect(artifact == ["uri": "refs/articles/a%3C%26%3E%22%27", "uriBaseId": "ARCHIVE"])
        let bases = run["originalUriBaseIds"] as? [String: [String: String]]
        #expect(bases == ["ARCHIVE": ["uri": "file:///srv/news%20archive.git/"]])
    }

    /// In CI the schema is at ../shared/schemas/ beside the repository (design §6).
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path

    static let canValidate = FileManager.default.fileExists(atPath: schema) && Python.hasModule("jsonschema")

    // Skipped (and listed as skipped) where ../shared/schemas or Python's jsonschema is absent;
    // scripts/install-deps installs jsonschema when it can.
    @Test("sarif: valid against the OASIS SARIF 2.1.0 JSON schema", .enabled(if: canValidate, "needs ../shared/schemas/sarif-schema-2.1.0.json and python3 -m jsonschema"))
    func sarifSchema() throws {
        let empty = AuditReport(articles: [], checkedRevisions: 0, findings: [], configuration: AuditConfiguration())
        for report in [sample, empty] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString).sarif")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(SARIFReporter(archivePath: "archive.git", toolVersion: "0.1.0").render(report).utf8).write(to: file)
            let result = try Python.run("""
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(open(sys.argv[2])))
                print("valid")
                """, arguments: [Self.schema, file.path])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.hasSuffix("valid\n"))
        }
    }
}

/// What the tests read back from JUnit XML through Foundation's XMLParser (a real parser:
/// it fails on malformed or badly escaped XML).
final class XMLSummary: NSObject, XMLParserDelegate {
    var testcases: [String] = []
    var failures: [String] = []
    var failureMessages: [String] = []

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "\(parser.parserError.map { "\($0)" } ?? "parse failed")"])
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "testcase" { testcases.append(attributes["name"] ?? "") }
        if name == "failure" {
            failures.append(attributes["type"] ?? "")
            failureMessages.append(attributes["message"] ?? "")
        }
    }
}

enum Python {
    static func run(_ script: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func hasModule(_ name: String) -> Bool {
        (try? run("import \(name)").status) == 0
    }
}
