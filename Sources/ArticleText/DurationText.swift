/// Human form of a time delta, as `log` and the terminal diff print it: `+3 h 11 min`,
/// `-45 s`, `+2 d 1 h`, `0 s`. The largest unit that fits, then the next one when not zero.
public enum DurationText {
    private static let units: [(seconds: UInt, name: String)] = [(86_400, "d"), (3_600, "h"), (60, "min"), (1, "s")]

    /// - Parameter seconds: a signed delta in seconds.
    public static func format(seconds: Int) -> String {
        let total = seconds.magnitude
        guard let first = units.firstIndex(where: { total >= $0.seconds }) else { return "0 s" }
        var parts = ["\(total / units[first].seconds) \(units[first].name)"]
        if first + 1 < units.count {
            let next = (total % units[first].seconds) / units[first + 1].seconds
            if next > 0 { parts.append("\(next) \(units[first + 1].name)") }
        }
        return (seconds < 0 ? "-" : "+") + parts.joined(separator: " ")
    }
}
