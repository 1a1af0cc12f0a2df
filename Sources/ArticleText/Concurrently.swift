import Foundation

/// Independent pieces of work spread over every core, with their results kept in order.
public enum Concurrently {
    /// The cores this process may use, read once: Foundation reads them from the system on
    /// every `activeProcessorCount` call, which a diff per revision of an audit would repeat.
    public static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// `[body(0), body(1), …, body(count - 1)]`, the calls run at once on every core
    /// (`DispatchQueue.concurrentPerform`); `body` must not share mutable state between calls.
    public static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = body(index) }
        return results.values.map { $0! }
    }
}

/// One slot per index, each written by one call of `map`'s body.
private final class Results<T>: @unchecked Sendable {
    // Every access holds `lock`.
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); slots[index] = newValue; lock.unlock() }
    }

    var values: [T?] { lock.lock(); defer { lock.unlock() }; return slots }
}
