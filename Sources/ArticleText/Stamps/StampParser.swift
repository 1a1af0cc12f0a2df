import Foundation

/// Reads publisher stamps out of a dateline. (Being written: see the stamps helper.)
public struct StampParser: Sendable {
    public let timeZone: TimeZone
    public let captured: Date?

    public init(timeZone: TimeZone, captured: Date? = nil) {
        self.timeZone = timeZone
        self.captured = captured
    }

    /// Returns nil when `text` is not a dateline.
    public func parseDateline(_ text: String) -> DatelineStamps? { nil }
}
