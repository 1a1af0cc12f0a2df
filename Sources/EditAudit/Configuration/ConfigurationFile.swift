import Foundation
import Yams

/// Reads `.palimpsest.yml` (YAML 1.1 through Yams).
///
/// ```yaml
/// rules:                        # severity per rule: error, warning, info, or off
///   headline-changed: off
///   published-changed: error
/// thresholds:
///   future-stamp-tolerance-seconds: 300
///   large-deletion-ratio: 0.3
///   near-duplicate-similarity: 0.9
/// ignore:
///   - article: "live-*"                   # glob over article ids
///   - commit: 3f2a9c1                     # commit id or prefix (≥ 7 hex digits)
///   - article: "sport-*"
///     rules: [headline-changed, large-deletion]
/// ```
///
/// Every key is optional; an empty file means the defaults. A key the format does not know is
/// an error that names it (a typo would otherwise silently leave a rule at its default).
public enum ConfigurationFile {
    static let topKeys = ["rules", "thresholds", "ignore"]
    static let thresholdKeys = ["future-stamp-tolerance-seconds", "large-deletion-ratio", "near-duplicate-similarity"]
    static let ignoreKeys = ["article", "commit", "rules"]

    /// Reads and checks the file at `path`.
    /// - Throws: ``ConfigurationError`` when it cannot be read or is invalid.
    public static func load(path: String) throws(ConfigurationError) -> AuditConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let reason = !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) ? "no such file: give the path of a .palimpsest.yml"
                : isDirectory.boolValue ? "is a directory: give the path of a .palimpsest.yml file"
                : "cannot read this file: check its permissions"
            throw ConfigurationError(file: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, reason: "not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses configuration text; `file` names it in errors and becomes
    /// ``AuditConfiguration/source``.
    /// - Throws: ``ConfigurationError``.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> AuditConfiguration {
        var configuration = AuditConfiguration(source: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw ConfigurationError(file: file, reason: "not valid YAML: \(error)")
        }
        guard let root, !isNull(root) else { return configuration }
        let top = try mapping(root, named: "the top level", file: file)
        for (keyNode, value) in top {
            let key = try keyName(keyNode, file: file)
            switch key {
            case "rules":
                configuration.severities = try severities(value, file: file)
            case "thresholds":
                configuration.thresholds = try thresholds(value, file: file)
            case "ignore":
                configuration.ignores = try ignores(value, file: file)
            default:
                throw unknown(key, at: keyNode, known: topKeys, file: file)
            }
        }
        return configuration
    }

    // MARK: Sections

    static func severities(_ node: Node, file: String) throws(ConfigurationError) -> [AuditRule: Severity?] {
        if isNull(node) { return [:] }
        var result: [AuditRule: Severity?] = [:]
        for (keyNode, value) in try mapping(node, named: "rules", file: file) {
            let key = try keyName(keyNode, file: file)
            guard let rule = AuditRule(rawValue: key) else {
                throw unknown("rules.\(key)", at: keyNode, known: AuditRule.allCases.map(\.rawValue), file: file)
            }
            let word = try scalar(value, named: "rules.\(key)", file: file)
            switch word.lowercased() {
            case "off": result[rule] = .some(nil)
            case "error": result[rule] = .error
            case "warning": result[rule] = .warning
            case "info": result[rule] = .info
            default:
                throw error(at: value, "rules.\(key): '\(word)' is not a severity; use error, warning, info or off", file: file)
            }
        }
        return result
    }

    static func thresholds(_ node: Node, file: String) throws(ConfigurationError) -> AuditThresholds {
        var result = AuditThresholds()
        if isNull(node) { return result }
        for (keyNode, value) in try mapping(node, named: "thresholds", file: file) {
            let key = try keyName(keyNode, file: file)
            let word = try scalar(value, named: "thresholds.\(key)", file: file)
            switch key {
            case "future-stamp-tolerance-seconds":
                guard let seconds = Int(word), seconds >= 0 else {
                    throw error(at: value, "thresholds.\(key): '\(word)' is not a whole number of seconds ≥ 0", file: file)
                }
                result.futureToleranceSeconds = seconds
            case "large-deletion-ratio", "near-duplicate-similarity":
                guard let number = Double(word), number >= 0, number <= 1 else {
                    throw error(at: value, "thresholds.\(key): '\(word)' is not a number from 0 to 1 (e.g. 0.3)", file: file)
                }
                if key == "large-deletion-ratio" { result.largeDeletionRatio = number } else { result.nearDuplicateSimilarity = number }
            default:
                throw unknown("thresholds.\(key)", at: keyNode, known: thresholdKeys, file: file)
            }
        }
        return result
    }

    static func ignores(_ node: Node, file: String) throws(ConfigurationError) -> [AuditIgnore] {
        if isNull(node) { return [] }
        guard let items = node.sequence else {
            throw error(at: node, "ignore: expected a list of entries such as `- article: \"live-*\"`", file: file)
        }
        var result: [AuditIgnore] = []
        for (index, item) in items.enumerated() {
            let name = "ignore[\(index)]"
            var target: AuditIgnore.Target?
            var rules: Set<AuditRule>?
            for (keyNode, value) in try mapping(item, named: name, file: file) {
                let key = try keyName(keyNode, file: file)
                switch key {
                case "article", "commit":
                    guard target == nil else {
                        throw error(at: keyNode, "\(name): give either article or commit, not both (use two entries)", file: file)
                    }
                    let word = try scalar(value, named: "\(name).\(key)", file: file)
                    if key == "article" {
                        do { target = .article(try GlobPattern(word)) } catch let syntax {
                            throw error(at: value, "\(name).article: \(syntax)", file: file)
                        }
                    } else {
                        let hex = word.lowercased()
                        guard (7...40).contains(hex.count), hex.allSatisfy(\.isHexDigit) else {
                            throw error(at: value, "\(name).commit: '\(word)' is not a commit id or a prefix of 7 to 40 hex digits", file: file)
                        }
                        target = .commit(hex)
                    }
                case "rules":
                    var set: Set<AuditRule> = []
                    let list = value.sequence.map(Array.init) ?? [value]
                    for ruleNode in list {
                        let word = try scalar(ruleNode, named: "\(name).rules", file: file)
                        guard let rule = AuditRule(rawValue: word) else {
                            throw error(at: ruleNode, "\(name).rules: unknown rule '\(word)' (known: \(AuditRule.allCases.map(\.rawValue).joined(separator: ", ")))", file: file)
                        }
                        set.insert(rule)
                    }
                    rules = set
                default:
                    throw unknown("\(name).\(key)", at: keyNode, known: ignoreKeys, file: file)
                }
            }
            guard let target else {
                throw error(at: item, "\(name): needs an article pattern or a commit", file: file)
            }
            result.append(AuditIgnore(target: target, rules: rules))
        }
        return result
    }

    // MARK: Node helpers

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func mapping(_ node: Node, named name: String, file: String) throws(ConfigurationError) -> [(Node, Node)] {
        guard let mapping = node.mapping else {
            throw error(at: node, "\(name): expected a mapping of keys to values", file: file)
        }
        var seen: Set<String> = []
        var pairs: [(Node, Node)] = []
        for (key, value) in mapping {
            let text = key.scalar?.string ?? ""
            if !seen.insert(text).inserted {
                throw error(at: key, "\(name): the key '\(text)' appears twice", file: file)
            }
            pairs.append((key, value))
        }
        return pairs
    }

    static func keyName(_ node: Node, file: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error(at: node, "a key must be a plain word", file: file) }
        return scalar.string
    }

    static func scalar(_ node: Node, named name: String, file: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error(at: node, "\(name): expected a single value", file: file) }
        return scalar.string
    }

    static func unknown(_ key: String, at node: Node, known: [String], file: String) -> ConfigurationError {
        error(at: node, "unknown key '\(key)' (known here: \(known.joined(separator: ", ")))", file: file)
    }

    static func error(at node: Node, _ reason: String, file: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark?.line, column: node.mark?.column, reason: reason)
    }

    static func yamlError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigurationError(file: file, line: mark.line, column: mark.column, reason: "not valid YAML: \(problem)")
        default:
            return ConfigurationError(file: file, reason: "not valid YAML: \(error)")
        }
    }
}
