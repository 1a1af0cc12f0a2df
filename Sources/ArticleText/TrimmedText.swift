import Foundation

/// Trimming on Unicode scalars, without bridging the whole text to `NSString`.
public enum TrimmedText {
    /// `text` without leading and trailing whitespace and line breaks: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }),
              let last = scalars.lastIndex(where: { !blank.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
