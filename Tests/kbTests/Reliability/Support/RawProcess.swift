import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How a run of a child process ended, with what it wrote.
struct RawResult {
    /// The exit status, when the process exited by itself.
    var status: Int32?
    /// The signal that ended it, when one did (SIGKILL for a kill by the harness).
    var signal: Int32?
    /// Standard output, as bytes.
    var stdoutData: Data
    /// Standard error, as bytes.
    var stderrData: Data
    /// True when the watchdog had to kill it.
    var timedOut = false

    /// Standard output decoded as UTF-8 (invalid bytes repaired).
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (invalid bytes repaired).
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// True when it exited by itself with status 0.
    var succeeded: Bool { status == 0 }
    /// True when the harness's SIGKILL ended it.
    var wasKilled: Bool { signal == SIGKILL && !timedOut }

    /// The result in the shape the other CLI tests use.
    var kbResult: KBResult { KBResult(status: status ?? 128 + (signal ?? 0), stdout: stdout, stderr: stderr) }
}

/// A child process started with `posix_spawn`: arguments are raw bytes (so that invalid UTF-8
/// reaches `kb` as it would from a shell), output goes to files (no pipe can fill up), and the
/// process stays unreaped until ``wait(timeout:)`` — so a ``kill()`` can never hit a reused pid.
final class RawProcess {
    /// The child's process id.
    let pid: pid_t
    private let stdoutPath: String
    private let stderrPath: String
    private var finished: RawResult?

    /// The longest any one run may take before the watchdog kills it and the test fails.
    static let watchdog: TimeInterval = 600

    private static let counter = RunCounter()

    /// Starts `executable` with `arguments` (each a C string: no NUL bytes) and exactly `environment`.
    /// Standard input comes from `stdinPath` (or /dev/null); output goes to files in `ioFolder`.
    init(
        executable: String, arguments: [[UInt8]], environment: [String: String], stdinPath: String? = nil,
        ioFolder: String
    ) throws {
        let number = Self.counter.next()
        stdoutPath = "\(ioFolder)/out-\(number)"
        stderrPath = "\(ioFolder)/err-\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argumentBytes = [Array(executable.utf8)] + arguments
        for argument in argumentBytes where argument.contains(0) {
            throw RawProcessError.nulInArgument
        }
        let argv =
            argumentBytes.map { bytes -> UnsafeMutablePointer<CChar>? in
                let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
                pointer[bytes.count] = 0
                return pointer
            } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { pointer?.deallocate() }
            for pointer in envp { free(pointer) }
        }
        var child = pid_t()
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw RawProcessError.spawnFailed(executable, code) }
        pid = child
    }

    /// Sends SIGKILL, unless the process has already been reaped.
    func kill() {
        guard finished == nil else { return }
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// Waits `delay` seconds (from now) and sends SIGKILL if the process still runs. Returns
    /// nil when it was killed, or how long after the call it had ended by itself.
    func kill(after delay: TimeInterval) -> TimeInterval? {
        let start = Date()
        while Date().timeIntervalSince(start) < delay {
            if hasEnded() { return Date().timeIntervalSince(start) }
            usleep(500)
        }
        if hasEnded() { return Date().timeIntervalSince(start) }
        kill()
        return nil
    }

    /// True when the process has ended (it is then reaped and its result kept).
    func hasEnded() -> Bool {
        if finished != nil { return true }
        var status: Int32 = 0
        let reaped = waitpid(pid, &status, WNOHANG)
        guard reaped == pid else { return false }
        finished = collect(status)
        return true
    }

    /// Waits for the process to end; past `timeout` it is killed and the result marked timed out.
    func wait(timeout: TimeInterval = RawProcess.watchdog) -> RawResult {
        if let finished { return finished }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while !hasEnded() {
            if Date() > deadline {
                _ = Glibc.kill(pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                var result = collect(status)
                result.timedOut = true
                finished = result
                break
            }
            usleep(pause)
            pause = min(pause * 2, 5_000)
        }
        return finished!
    }

    private func collect(_ status: Int32) -> RawResult {
        let termination = status & 0x7F
        let output = FileManager.default.contents(atPath: stdoutPath) ?? Data()
        let error = FileManager.default.contents(atPath: stderrPath) ?? Data()
        try? FileManager.default.removeItem(atPath: stdoutPath)
        try? FileManager.default.removeItem(atPath: stderrPath)
        return RawResult(
            status: termination == 0 ? (status >> 8) & 0xFF : nil,
            signal: termination != 0 && termination != 0x7F ? termination : nil,
            stdoutData: output, stderrData: error)
    }

    /// Starts and waits.
    static func run(
        executable: String, arguments: [[UInt8]], environment: [String: String], stdinPath: String? = nil,
        ioFolder: String
    ) throws -> RawResult {
        try RawProcess(
            executable: executable, arguments: arguments, environment: environment, stdinPath: stdinPath,
            ioFolder: ioFolder
        ).wait()
    }
}

enum RawProcessError: Error, CustomStringConvertible {
    case nulInArgument
    case spawnFailed(String, Int32)

    var description: String {
        switch self {
        case .nulInArgument: "an argument holds a NUL byte, which no exec can pass"
        case .spawnFailed(let path, let code): "posix_spawn \(path) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// A thread-safe counter for unique file names.
final class RunCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }

    /// The last number handed out.
    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
