import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One finished run of another program: its exit status, wall time, peak memory and output.
struct ChildRun {
    /// The exit status (128 + signal when it was killed).
    var status: Int32
    /// Wall-clock time from spawn to exit, in seconds.
    var seconds: Double
    /// The child's peak resident set size in bytes: from `/usr/bin/time` when the run asked for
    /// memory, else `ru_maxrss` from `wait4` (which on Linux also counts this process's own size,
    /// since a spawned child starts as a copy of it).
    var peakResidentBytes: Int
    /// User plus system CPU time, in seconds.
    var cpuSeconds: Double
    /// What it wrote on standard output (empty when discarded).
    var output: Data
    /// What it wrote on standard error.
    var errorOutput: String

    /// True when it exited with status 0.
    var succeeded: Bool { status == 0 }
}

/// Runs programs with `posix_spawn` and `wait4`, so that each run's wall time and peak memory
/// are its own (not the largest over all children that `getrusage(RUSAGE_CHILDREN)` would give).
enum ChildProcess {
    /// What to do with the child's standard output.
    enum Output {
        /// Throw it away (`/dev/null`): what a timing run wants.
        case discard
        /// Keep it, to check the answer.
        case capture
    }

    /// A program that did not run or failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// GNU time, which reports a child's own peak memory (its fork starts small).
    static let gnuTime: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    /// Runs `executable` with `arguments`, optionally feeding `input` on standard input. With
    /// `measureMemory`, runs it under `/usr/bin/time` (when installed) for its true peak memory.
    static func run(
        _ executable: String, _ arguments: [String], input: String? = nil, output: Output = .discard,
        environment: [String: String]? = nil, measureMemory: Bool = false
    ) throws -> ChildRun {
        let folder = FileManager.default.temporaryDirectory.path
        let token = UUID().uuidString.prefix(8)
        let outPath = "\(folder)/kb-bench-\(token).out"
        let errPath = "\(folder)/kb-bench-\(token).err"
        let inPath = "\(folder)/kb-bench-\(token).in"
        let timePath = "\(folder)/kb-bench-\(token).time"
        defer {
            for path in [outPath, errPath, inPath, timePath] { unlink(path) }
        }
        var executable = executable
        var arguments = arguments
        let timed = measureMemory && gnuTime != nil
        if timed, let gnuTime {
            arguments = ["-f", "%M %U %S", "-o", timePath, "--", executable] + arguments
            executable = gnuTime
        }
        if let input {
            guard FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8)) else {
                throw Failure(description: "cannot write \(inPath)")
            }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input == nil ? "/dev/null" : inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, output == .discard ? "/dev/null" : outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = environment ?? ProcessInfo.processInfo.environment
        env["LC_ALL"] = env["LC_ALL"] ?? "C.UTF-8"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        var pid: pid_t = 0
        let started = monotonicSeconds()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed for \(executable)") }
        }
        let seconds = monotonicSeconds() - started
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let captured = output == .capture ? (FileManager.default.contents(atPath: outPath) ?? Data()) : Data()
        let errors = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        var peak = Int(usage.ru_maxrss) * 1024
        var cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        if timed, let report = FileManager.default.contents(atPath: timePath) {
            // The last line is ours ("KB user system"); a line before it may say the child was signalled.
            let fields =
                String(decoding: report, as: UTF8.self).split(separator: "\n").last?.split(separator: " ") ?? []
            if fields.count == 3, let kilobytes = Int(fields[0]), let user = Double(fields[1]),
                let system = Double(fields[2])
            {
                peak = kilobytes * 1024
                cpu = user + system
            }
        }
        return ChildRun(
            status: exitStatus, seconds: seconds, peakResidentBytes: peak, cpuSeconds: cpu,
            output: captured, errorOutput: errors)
    }

    /// Runs and throws, with the program's own message, unless it succeeds.
    static func runChecked(
        _ executable: String, _ arguments: [String], input: String? = nil, output: Output = .discard,
        environment: [String: String]? = nil, measureMemory: Bool = false, what: String
    ) throws -> ChildRun {
        let run = try run(
            executable, arguments, input: input, output: output, environment: environment, measureMemory: measureMemory)
        guard run.succeeded else {
            let message = run.errorOutput.split(separator: "\n").suffix(5).joined(separator: " | ")
            throw Failure(description: "\(what) failed (exit \(run.status)): \(message)")
        }
        return run
    }

    /// The full path of `program` on `PATH`, or nil.
    static func which(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The first line a program prints (for versions), or nil when it does not run.
    static func firstLine(_ executable: String, _ arguments: [String]) -> String? {
        guard let run = try? run(executable, arguments, output: .capture), run.succeeded else { return nil }
        let text = String(decoding: run.output, as: UTF8.self) + run.errorOutput
        return text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
