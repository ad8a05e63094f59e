import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The line kb's writers form before SQLite's write lock, so that each gets its turn.
///
/// SQLite's busy handler serves no one in order: a writer that waits sleeps up to 100 ms between
/// tries, while one that has just committed can take the lock again at once — a writer in a loop
/// (`kb reindex` run again and again) starves the others past their busy timeout. So a kb writer
/// first enters here, by an exclusive `flock` on a lock file beside the database, and leaves as
/// soon as SQLite has given it the write lock. At most one kb at a time is waiting for the write
/// lock; a kb that just wrote and writes again lines up behind it, and the kernel lets the waiters
/// in roughly in the order they came.
///
/// Opening a file that needs migrating stays inside for the whole migration, so that which
/// migrations are pending is decided, backed up and applied by one kb alone, while the others
/// wait and then find nothing left to do.
///
/// The lock file (`<database>-lock`, beside the file a symbolic link points to) is created on
/// first use and left in place: removing a lock file others may hold open would split the line.
/// Programs other than kb do not line up, and are served by SQLite's busy handler alone.
struct WriteEntrance: Sendable {
    /// The lock file.
    let lockPath: String
    /// The database, for errors.
    let databasePath: String

    /// Enters, waiting at most `timeout` seconds for the ones ahead.
    ///
    /// Returns nil when the lock file cannot be opened (a folder kb may write but a lock file
    /// another user made unreadable): then only SQLite's busy handler orders the writers.
    func enter(waiting timeout: TimeInterval) throws -> WriteEntrancePass? {
        let descriptor = open(lockPath, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return WriteEntrancePass(descriptor) }
        guard errno == EWOULDBLOCK else {
            close(descriptor)
            return nil
        }
        // A blocking flock is woken by the kernel as soon as the one ahead leaves; it waits on a
        // thread of its own, so that this one can stop waiting at the timeout.
        let waiter = FlockWaiter(descriptor)
        let thread = Thread { waiter.waitForLock() }
        thread.start()
        switch waiter.outcome(within: timeout) {
        case .entered: return WriteEntrancePass(descriptor)
        case .unavailable: return nil
        case .timedOut:
            throw KennisbankError.cannotOpen(path: databasePath, problem: .busy)
        }
    }
}

/// Being inside the ``WriteEntrance``: an exclusive `flock`, released by ``leave()`` (or when
/// the pass is freed, or the process ends — a killed kb never blocks the line).
final class WriteEntrancePass: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32

    fileprivate init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Leaves the entrance: the next in line may enter. Leaving twice does nothing.
    func leave() {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        leave()
    }
}

/// A blocking `flock` on a thread, and what became of it.
private final class FlockWaiter: @unchecked Sendable {
    enum Outcome {
        case entered, unavailable, timedOut
    }

    private enum State {
        case waiting, locked, failed, abandoned
    }

    private let condition = NSCondition()
    private var state = State.waiting
    private let descriptor: Int32

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Blocks until the lock is held (run on the waiting thread).
    func waitForLock() {
        var result: Int32
        repeat {
            result = flock(descriptor, LOCK_EX)
        } while result != 0 && errno == EINTR
        condition.lock()
        defer { condition.unlock() }
        if state == .abandoned {
            // The caller stopped waiting: let the next one in.
            close(descriptor)
            return
        }
        state = result == 0 ? .locked : .failed
        condition.signal()
    }

    /// Waits for ``waitForLock()`` at most `timeout` seconds.
    func outcome(within timeout: TimeInterval) -> Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while state == .waiting, condition.wait(until: deadline) {}
        switch state {
        case .locked:
            return .entered
        case .failed:
            close(descriptor)
            return .unavailable
        case .waiting, .abandoned:
            // The waiting thread closes the lock file when its flock returns.
            state = .abandoned
            return .timedOut
        }
    }
}
