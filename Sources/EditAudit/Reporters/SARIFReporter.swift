import DiffRender
import Foundation

/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format, Version 2.1.0, errata 01),
/// one run, as GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF
/// viewers read it.
///
/// - `runs[0].tool.driver.rules`: every rule, in ``AuditRule`` order, with its configured
///   level in `defaultConfiguration` (§3.49.14; `enabled: false` when off).
/// - `results[]`: `ruleId`, `ruleIndex`, `level` (`error`, `warning`, `note`, §3.27.10),
///   `message.text`; one location whose `physicalLocation.artifactLocation` is
///   `refs/articles/<id>` relative to the base id `ARCHIVE` (the archive directory, given in
///   `originalUriBaseIds` when known, §3.14.14) and whose `logicalLocations[0]` names the
///   article and revision; `partialFingerprints["palimpsestFinding/v1"]` (rule, article,
///   commit) so that code scanning tracks a finding across runs (§3.27.17); and
///   `properties` with `article`, `revision`, `commit`.
///
/// Checked against the OASIS JSON schema in `Tests/EditAuditTests`.
public struct SARIFReporter: AuditReporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let baseID = "ARCHIVE"

    /// The archive's path, absolute or relative to the current directory; nil to leave the
    /// base id unresolved.
    public var archivePath: String?
    /// `tool.driver.version`, when known.
    public var toolVersion: String?

    public init(archivePath: String? = nil, toolVersion: String? = nil) {
        self.archivePath = archivePath
        self.toolVersion = toolVersion
    }

    public func render(_ report: AuditReport) -> String {
        let rules = AuditRule.allCases
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let descriptors = rules.map { rule in
            let severity = report.configuration.severity(of: rule)
            return ReportingDescriptor(
                id: rule.rawValue, name: rule.camelName,
                shortDescription: Text(text: rule.summary),
                defaultConfiguration: Configuration(level: Self.level(severity ?? rule.defaultSeverity), enabled: severity != nil),
                properties: RuleProperties(tags: ["palimpsest", "edit-history"]))
        }
        let results = report.findings.map { finding in
            var name = finding.id
            if let revision = finding.revision { name += " revision \(revision)" }
            return Result(
                ruleId: finding.rule.rawValue, ruleIndex: index[finding.rule] ?? 0,
                level: Self.level(finding.severity), message: Text(text: finding.message),
                locations: [Location(
                    physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(
                        uri: "refs/articles/" + Self.pathComponent(finding.id), uriBaseId: Self.baseID)),
                    logicalLocations: [LogicalLocation(
                        name: name, fullyQualifiedName: "refs/articles/\(finding.id)" + (finding.commit.map { "@" + $0 } ?? ""),
                        kind: "object")])],
                partialFingerprints: ["palimpsestFinding/v1": [finding.rule.rawValue, finding.id, finding.commit ?? "-"].joined(separator: ":")],
                properties: ResultProperties(article: finding.id, revision: finding.revision, commit: finding.commit))
        }
        var bases: [String: ArtifactLocation]?
        if let archivePath {
            let absolute = URL(fileURLWithPath: archivePath, isDirectory: true).standardizedFileURL.absoluteString
            bases = [Self.baseID: ArtifactLocation(uri: absolute.hasSuffix("/") ? absolute : absolute + "/", uriBaseId: nil)]
        }
        let log = Log(
            schema: Self.schemaURI, version: "2.1.0",
            runs: [Run(
                tool: Tool(driver: Driver(
                    name: "palimpsest", fullName: "palimpsest audit", version: toolVersion,
                    informationUri: "https://github.com/palimpsest-news/palimpsest", rules: descriptors)),
                originalUriBaseIds: bases, results: results, columnKind: "unicodeCodePoints")])
        return JSONText.encode(log) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// An article id as one URI path segment (RFC 3986 unreserved characters kept).
    static func pathComponent(_ id: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        var out = ""
        for byte in id.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, allowed.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    // MARK: SARIF objects (only the properties used)

    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]?
        let results: [Result]
        let columnKind: String
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name: String
        let fullName: String
        let version: String?
        let informationUri: String
        let rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let defaultConfiguration: Configuration
        let properties: RuleProperties
    }

    struct RuleProperties: Encodable { let tags: [String] }

    struct Configuration: Encodable {
        let level: String
        let enabled: Bool
    }

    struct Text: Encodable { let text: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
        let partialFingerprints: [String: String]
        let properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        let article: String
        let revision: Int?
        let commit: String?
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocation]
    }

    struct PhysicalLocation: Encodable { let artifactLocation: ArtifactLocation }

    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct LogicalLocation: Encodable {
        let name: String
        let fullyQualifiedName: String
        let kind: String
    }
}
