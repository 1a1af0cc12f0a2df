/// Turns an ``AuditReport`` into one output format. Reporters are pure: the same report gives
/// the same bytes.
public protocol AuditReporter {
    /// The whole output, ending in a line feed.
    func render(_ report: AuditReport) -> String
}
