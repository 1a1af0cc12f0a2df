import Foundation

/// Work distribution for parallel audits: hands out article indices one at a time and keeps
/// each article's result in its slot, so the report's order does not depend on scheduling.
final class ResultSlots: @unchecked Sendable {
    // Every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    private var nextIndex = 0
    private var results: [ArticleAudit?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    /// The next index nobody has claimed; nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < results.count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    func store(_ result: ArticleAudit, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func result(at index: Int) -> ArticleAudit? {
        lock.lock()
        defer { lock.unlock() }
        return results[index]
    }
}
