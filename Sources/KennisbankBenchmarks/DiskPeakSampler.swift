import Foundation

/// The largest a database and its log files grow while another program writes them: a thread reads
/// their sizes every few milliseconds until ``stop()``.
///
/// An import is one transaction; in WAL mode the log holds every page it writes until the commit, so
/// the peak of file plus log is what the disk must have free (kb checks eight bytes per byte of input
/// before it starts). A rollback journal (the `sqlite3` shell's default) is sampled the same way.
final class DiskPeakSampler: @unchecked Sendable {
    private let files: [String]
    private let interval: TimeInterval
    private let lock = NSLock()
    private var peak = 0
    private var running = true
    private let finished = DispatchSemaphore(value: 0)

    /// Starts sampling the database at `path` with its `-wal`, `-shm` and `-journal` files.
    init(database path: String, interval: TimeInterval = 0.01) {
        files = ["", "-wal", "-shm", "-journal"].map { path + $0 }
        self.interval = interval
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                sample()
                Thread.sleep(forTimeInterval: self.interval)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops sampling and gives the peak in bytes (the sizes once more at the end included).
    func stop() -> Int {
        lock.withLock { running = false }
        finished.wait()
        sample()
        return lock.withLock { peak }
    }

    private func sample() {
        var total = 0
        for file in files {
            var status = stat()
            if stat(file, &status) == 0 { total += Int(status.st_size) }
        }
        lock.withLock { peak = max(peak, total) }
    }
}
