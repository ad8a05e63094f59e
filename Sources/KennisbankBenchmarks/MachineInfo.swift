import Foundation
import GRDB

/// The machine and the versions a run was measured with, for BENCHMARKS.md.
struct MachineInfo {
    var processor: String
    var cores: Int
    var memory: String
    var system: String
    var kernel: String
    var swift: String
    var sqliteLibrary: String
    var sqliteShell: String
    var python: String
    var sqliteUtils: String
    var pyStemmer: String
    var commit: String
    var date: String
    var build: String
    /// `/proc/loadavg` when the run started and when it ended (other work on the machine).
    var loadAtStart = ""
    var loadAtEnd = ""

    /// The 1, 5 and 15 minute load averages, as `/proc/loadavg` gives them.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func collect(paths: BenchmarkPaths, python: PythonEnvironment?) -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let processor =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memoryKB =
            meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").compactMap { Int($0) }.first } ?? 0
        let release = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        let system =
            release.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { String($0.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            ?? "unknown"
        let kernel = ((try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)) ?? "unknown")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let sqliteLibrary =
            (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? nil
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        var commit = "unknown"
        if let git = ChildProcess.which("git") {
            commit = ChildProcess.firstLine(git, ["-C", paths.repository, "rev-parse", "--short", "HEAD"]) ?? "unknown"
            if let status = try? ChildProcess.run(
                git, ["-C", paths.repository, "status", "--porcelain"], output: .capture),
                !status.output.isEmpty
            {
                commit += " with changes not yet committed"
            }
        }
        #if DEBUG
            let build = "debug"
        #else
            let build = "release"
        #endif
        return MachineInfo(
            processor: processor,
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memory: String(format: "%.1f GiB", Double(memoryKB) / 1_048_576),
            system: system,
            kernel: kernel,
            swift: ChildProcess.which("swift").flatMap { ChildProcess.firstLine($0, ["--version"]) } ?? "unknown",
            sqliteLibrary: sqliteLibrary ?? "unknown",
            sqliteShell: ChildProcess.firstLine(paths.sqlite3, ["-version"]).map { String($0.prefix(19)) } ?? "unknown",
            python: python.flatMap { ChildProcess.firstLine($0.python, ["--version"]) } ?? "not used",
            sqliteUtils: python?.version(of: "sqlite-utils") ?? "not installed",
            pyStemmer: python?.version(of: "PyStemmer") ?? "not installed",
            commit: commit,
            date: formatter.string(from: Date()) + " UTC",
            build: build)
    }
}
