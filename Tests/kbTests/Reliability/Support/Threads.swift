import Foundation

/// What the threads of one test saw, behind a lock.
final class ThreadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _failures: [String] = []
    /// Acknowledged adds: id → title (edits overwrite the title).
    private var _titles: [Int64: String] = [:]
    private var _importedUUIDs: [String] = []
    private var _counts: [String: Int] = [:]

    func fail(_ message: String) { locked { _failures.append(message) } }
    func acknowledge(_ id: Int64, title: String) { locked { _titles[id] = title } }
    func acknowledge(imported uuids: [String]) { locked { _importedUUIDs += uuids } }
    func count(_ key: String, _ amount: Int = 1) { locked { _counts[key, default: 0] += amount } }
    var failures: [String] { locked { _failures } }
    var titles: [Int64: String] { locked { _titles } }
    var importedUUIDs: [String] { locked { _importedUUIDs } }
    func counted(_ key: String) -> Int { locked { _counts[key] ?? 0 } }

    private func locked<T>(_ work: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return work()
    }
}

/// A flag threads poll to stop.
final class ThreadFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}

/// Runs `work` on `count` threads at once and waits for all of them.
func onThreads(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            work(index)
            group.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    group.wait()
}
