import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `wrk` measured in one run against one server.
struct WrkFigures {
    /// Requests completed.
    var requests: Int
    /// The run's length, s.
    var seconds: Double
    /// Answers with a status of 400 or more (wrk's `errors.status`).
    var non2xx: Int
    /// Socket errors: connect, read, write and timeouts.
    var socketErrors: Int
    /// Latency percentiles and mean, ms.
    var p50: Double
    var p99: Double
    var mean: Double

    var requestsPerSecond: Double { seconds > 0 ? Double(requests) / seconds : 0 }
    var errors: Int { non2xx + socketErrors }
}

/// `wrk` (Debian package `wrk`) with a Lua script that sends the paths in turn, each thread
/// starting at a different one, and prints its summary as one line for the benchmark to read.
struct WrkLoad {
    /// The `wrk` executable.
    let wrk: String
    /// Its version line.
    var version: String {
        // `wrk --version` prints its line and exits with status 1.
        guard let run = try? ChildProcess.run(wrk, ["--version"], output: .capture) else { return "wrk" }
        let text = String(decoding: run.output, as: UTF8.self) + run.errorOutput
        return text.split(separator: " ").prefix(2).joined(separator: " ")
    }

    /// Finds `wrk`, installing the Debian package when it is missing and this runs as root.
    static func locate(log: (String) -> Void) -> WrkLoad? {
        if let wrk = ChildProcess.which("wrk") { return WrkLoad(wrk: wrk) }
        if getuid() == 0, let apt = ChildProcess.which("apt-get") {
            log("wrk is not installed: apt-get install wrk")
            let environment = ProcessInfo.processInfo.environment.merging(["DEBIAN_FRONTEND": "noninteractive"]) {
                $1
            }
            if (try? ChildProcess.run(apt, ["install", "-y", "-qq", "wrk"], environment: environment))?.succeeded
                != true
            {
                _ = try? ChildProcess.run(apt, ["update", "-qq"], environment: environment)
                _ = try? ChildProcess.run(apt, ["install", "-y", "-qq", "wrk"], environment: environment)
            }
        }
        return ChildProcess.which("wrk").map { WrkLoad(wrk: $0) }
    }

    /// Loads `baseURL` with `paths` (each already percent-encoded) for `seconds` over
    /// `connections` connections.
    func run(baseURL: String, paths: [String], connections: Int, seconds: Int) throws -> WrkFigures {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kb-bench-\(UUID().uuidString.prefix(8)).lua"
        ).path
        try Self.script(paths: paths).write(toFile: script, atomically: true, encoding: .utf8)
        defer { unlink(script) }
        let threads = min(2, connections)
        let run = try ChildProcess.runChecked(
            wrk,
            [
                "-t", String(threads), "-c", String(connections), "-d", "\(seconds)s", "--timeout", "10s", "-s", script,
                baseURL,
            ], output: .capture, what: "wrk")
        let text = String(decoding: run.output, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("KBBENCH ") }) else {
            throw BenchmarkError("wrk printed no summary: \(text.suffix(400)) \(run.errorOutput.suffix(400))")
        }
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count == 10 else { throw BenchmarkError("wrk's summary is not as expected: \(line)") }
        return WrkFigures(
            requests: Int(fields[0]), seconds: fields[1] / 1e6, non2xx: Int(fields[2]),
            socketErrors: Int(fields[3] + fields[4] + fields[5] + fields[6]),
            p50: fields[7] / 1000, p99: fields[8] / 1000, mean: fields[9] / 1000)
    }

    /// The Lua script: the paths in turn from a different start per thread; one summary line.
    static func script(paths: [String]) -> String {
        let list = paths.map { "  \"\($0)\"," }.joined(separator: "\n")
        return """
            local paths = {
            \(list)
            }
            counter = 0
            threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("start", threads * 7)
            end
            function init(args)
              counter = start or 0
            end
            function request()
              counter = counter + 1
              return wrk.format("GET", paths[(counter % #paths) + 1])
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("KBBENCH %d %d %d %d %d %d %d %.1f %.1f %.1f\\n",
                summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
                latency:percentile(50), latency:percentile(99), latency.mean))
            end
            """
    }
}
