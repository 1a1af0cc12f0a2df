import EditAudit
import Foundation
import Testing

@Suite("configuration")
struct ConfigurationTests {
    let fullText = """
        # .palimpsest.yml
        rules:
          headline-changed: off
          published-changed: error
          missing-stamp: warning
        thresholds:
          future-stamp-tolerance-seconds: 60
          large-deletion-ratio: 0.5
          near-duplicate-similarity: 0.95
        ignore:
          - article: "live-*"
          - commit: 3F2A9C1D
          - article: "sport-*"
            rules: [headline-changed, large-deletion]
        """

    @Test("every section is read")
    func full() throws {
        let configuration = try ConfigurationFile.parse(fullText, file: ".palimpsest.yml")
        #expect(configuration.severity(of: .headlineChanged) == nil)
        #expect(configuration.severity(of: .publishedChanged) == .error)
        #expect(configuration.severity(of: .missingStamp) == .warning)
        #expect(configuration.severity(of: .stealthEdit) == .error)
        #expect(configuration.severity(of: .flipFlop) == .warning)
        #expect(configuration.thresholds.futureToleranceSeconds == 60)
        #expect(configuration.thresholds.largeDeletionRatio == 0.5)
        #expect(configuration.thresholds.nearDuplicateSimilarity == 0.95)
        let expected = [
            AuditIgnore(target: .article(try GlobPattern("live-*"))),
            AuditIgnore(target: .commit("3f2a9c1d")),
            AuditIgnore(target: .article(try GlobPattern("sport-*")), rules: [.headlineChanged, .largeDeletion]),
        ]
        #expect(configuration.ignores == expected)
        #expect(configuration.skipsArticle("live-2021-06-16"))
        #expect(!configuration.skipsArticle("sport-euro"))
        #expect(configuration.source == ".palimpsest.yml")
    }

    @Test("an empty file, or a comment only, means the defaults")
    func empty() throws {
        for text in ["", "# nothing\n", "rules:\n"] {
            let configuration = try ConfigurationFile.parse(text, file: "c.yml")
            for rule in AuditRule.allCases { #expect(configuration.severity(of: rule) == rule.defaultSeverity) }
            #expect(configuration.thresholds == AuditThresholds())
        }
    }

    @Test("an unknown key is an error naming the key, the file and the line", arguments: [
        ("rule:\n  stealth-edit: off\n", "c.yml:1:1: unknown key 'rule' (known here: rules, thresholds, ignore)"),
        ("rules:\n  stealth-edits: off\n", "c.yml:2:3: unknown key 'rules.stealth-edits' (known here: stealth-edit, timestamp-regression, modified-before-published, published-changed, future-stamp, duplicated-lede, headline-changed, large-deletion, flip-flop, missing-stamp, stamp-mismatch, archive-integrity)"),
        ("thresholds:\n  future-tolerance: 60\n", "c.yml:2:3: unknown key 'thresholds.future-tolerance' (known here: future-stamp-tolerance-seconds, large-deletion-ratio, near-duplicate-similarity)"),
        ("ignore:\n  - article: x\n    reason: flaky\n", "c.yml:3:5: unknown key 'ignore[0].reason' (known here: article, commit, rules)"),
    ])
    func unknownKey(text: String, expected: String) {
        #expect(throws: ConfigurationError.self) { try ConfigurationFile.parse(text, file: "c.yml") }
        do {
            _ = try ConfigurationFile.parse(text, file: "c.yml")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test("bad values are errors that say what is expected", arguments: [
        ("rules:\n  stealth-edit: fatal\n", "c.yml:2:17: rules.stealth-edit: 'fatal' is not a severity; use error, warning, info or off"),
        ("thresholds:\n  large-deletion-ratio: 30%\n", "c.yml:2:25: thresholds.large-deletion-ratio: '30%' is not a number from 0 to 1 (e.g. 0.3)"),
        ("thresholds:\n  future-stamp-tolerance-seconds: -1\n", "c.yml:2:35: thresholds.future-stamp-tolerance-seconds: '-1' is not a whole number of seconds ≥ 0"),
        ("ignore:\n  - commit: xyz\n", "c.yml:2:13: ignore[0].commit: 'xyz' is not a commit id or a prefix of 7 to 40 hex digits"),
        ("ignore:\n  - rules: [flip-flop]\n", "c.yml:2:5: ignore[0]: needs an article pattern or a commit"),
        ("ignore:\n  - article: \"[a-\"\n", "c.yml:2:14: ignore[0].article: invalid pattern '[a-': a [ is never closed"),
        ("ignore:\n  - article: x\n    rules: [flipflop]\n", "c.yml:3:13: ignore[0].rules: unknown rule 'flipflop' (known: stealth-edit, timestamp-regression, modified-before-published, published-changed, future-stamp, duplicated-lede, headline-changed, large-deletion, flip-flop, missing-stamp, stamp-mismatch, archive-integrity)"),
        ("rules: [stealth-edit]\n", "c.yml:1:8: rules: expected a mapping of keys to values"),
        ("- a\n- b\n", "c.yml:1:1: the top level: expected a mapping of keys to values"),
        ("rules:\n  flip-flop: off\n  flip-flop: error\n", "c.yml:3:3: rules: the key 'flip-flop' appears twice"),
    ])
    func badValue(text: String, expected: String) {
        do {
            _ = try ConfigurationFile.parse(text, file: "c.yml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test("text that is not YAML is an error with its position")
    func notYAML() {
        do {
            _ = try ConfigurationFile.parse("rules:\n  stealth-edit: [off\n", file: "c.yml")
            Issue.record("accepted")
        } catch {
            #expect(error.description.hasPrefix("c.yml:"))
            #expect(error.description.contains("not valid YAML"))
        }
    }

    @Test("a missing file, or a directory, is an error naming it")
    func missingFile() {
        #expect(throws: ConfigurationError(file: "/nonexistent/.palimpsest.yml", reason: "no such file: give the path of a .palimpsest.yml")) {
            try ConfigurationFile.load(path: "/nonexistent/.palimpsest.yml")
        }
        // A directory given for the file (found by a fresh user: "check its permissions").
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: ConfigurationError(file: directory, reason: "is a directory: give the path of a .palimpsest.yml file")) {
            try ConfigurationFile.load(path: directory)
        }
    }
}

@Suite("glob patterns")
struct GlobPatternTests {
    @Test("matches", arguments: [
        ("live-*", "live-2021", true), ("live-*", "live-", true), ("live-*", "olive-1", false),
        ("*-euro", "sport-euro", true), ("a?c", "abc", true), ("a?c", "ac", false),
        ("[a-c]*", "b1", true), ("[!a-c]*", "b1", false), ("[!a-c]*", "d1", true),
        ("a\\*", "a*", true), ("a\\*", "ab", false), ("*a*b*", "xxaxxbxx", true), ("*a*b", "xxaxxbxx", false),
        ("exact", "exact", true), ("exact", "exactly", false),
    ])
    func matches(pattern: String, id: String, expected: Bool) throws {
        #expect(try GlobPattern(pattern).matches(id) == expected)
    }
}
