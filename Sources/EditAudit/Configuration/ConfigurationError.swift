/// A configuration file that cannot be used: missing, unreadable, not YAML, or with an unknown
/// key or a bad value. The description names the file, the line and column when known, and
/// the key.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path as given.
    public var file: String
    /// 1-based line and column of the offending node, when known.
    public var line: Int?
    public var column: Int?
    /// What is wrong and what to do, e.g. `unknown key 'rules.stealth-edits' (known rules: …)`.
    public var reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(reason)"
    }
}
