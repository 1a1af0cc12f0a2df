/// How serious a finding is. Ordered `info` < `warning` < `error`.
///
/// Maps onto each report format's own levels: SARIF 2.1.0 `level` (`note`, `warning`,
/// `error`; OASIS SARIF 2.1.0 §3.27.10), GitHub workflow commands (`::notice`, `::warning`,
/// `::error`), and JUnit `<failure type>`.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
