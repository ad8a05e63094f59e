import Foundation
import XCTest

/// A temporary folder with a database path, and `kb` runs against it through ``RawProcess``:
/// raw-byte arguments, output in files, kill at will. Set it up on one thread; after that it is
/// only read, from any thread.
final class KBHarness: @unchecked Sendable {
    /// The folder, removed at teardown.
    let folder: String
    /// The database (`KENNISBANK_DB`).
    let database: String
    /// Where the runs' output files go.
    let ioFolder: String
    /// The environment of every run: a private HOME, the database, UTF-8.
    var environment: [String: String]
    /// The `kb` binary.
    var executable = KBProcess.executable.path

    init(_ testCase: XCTestCase, file: String = "kb.sqlite") throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("kb-reliability-\(UUID().uuidString)")
        ioFolder = folder + "/.io"
        try FileManager.default.createDirectory(atPath: ioFolder, withIntermediateDirectories: true)
        let folder = self.folder
        testCase.addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        database = folder + "/" + file
        // English texts, like KBProcess: a test of the Dutch texts sets its own.
        environment = [
            "HOME": folder, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "KENNISBANK_DB": database,
            "KENNISBANK_LANG": "en",
        ]
    }

    /// Starts `kb arguments…` without waiting.
    func start(_ arguments: [String], stdinPath: String? = nil) throws -> RawProcess {
        try RawProcess(
            executable: executable, arguments: arguments.map { Array($0.utf8) }, environment: environment,
            stdinPath: stdinPath, ioFolder: ioFolder)
    }

    /// Runs `kb arguments…` (given as raw bytes) and waits.
    func run(bytes arguments: [[UInt8]], stdinPath: String? = nil) throws -> RawResult {
        try RawProcess.run(
            executable: executable, arguments: arguments, environment: environment, stdinPath: stdinPath,
            ioFolder: ioFolder)
    }

    /// Runs `kb arguments…` and waits.
    @discardableResult
    func run(_ arguments: [String], stdinPath: String? = nil) throws -> RawResult {
        try run(bytes: arguments.map { Array($0.utf8) }, stdinPath: stdinPath)
    }

    /// Runs `kb arguments…` and fails the test unless it exits 0.
    @discardableResult
    func succeed(_ arguments: [String], stdinPath: String? = nil, file: StaticString = #filePath, line: UInt = #line)
        throws -> RawResult
    {
        let result = try run(arguments, stdinPath: stdinPath)
        XCTAssertEqual(
            result.status, 0, "kb \(arguments.prefix(8).joined(separator: " ")) failed: \(result.stderr.prefix(500))",
            file: file, line: line)
        return result
    }

    /// Adds a tip and returns its id.
    @discardableResult
    func addTip(_ title: String, _ extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws
        -> Int
    {
        let result = try succeed(["add", "tip", "--title", title] + extra, file: file, line: line)
        return try XCTUnwrap(
            Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "add printed \(result.stdout)",
            file: file, line: line)
    }

    /// Runs `kb check --format json` on `database` and fails the test unless the file and the
    /// search index pass every check; returns the number of entries.
    @discardableResult
    func assertHealthy(
        _ database: String? = nil, _ context: @autoclosure () -> String = "", file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> Int {
        let result = try run(["check", "--format", "json", "--db", database ?? self.database])
        XCTAssertEqual(
            result.status, 0, "kb check failed \(context()): \(result.stdout) \(result.stderr)", file: file, line: line)
        let report = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any],
            "check printed \(result.stdout)", file: file, line: line)
        XCTAssertEqual(
            report["problems"] as? [String], [], "kb check found problems \(context())", file: file, line: line)
        return report["entries"] as? Int ?? -1
    }

    /// Writes `text` to a file in the folder and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `bytes` to a file in the folder and returns its path.
    func write(bytes: Data, to name: String) throws -> String {
        let path = folder + "/" + name
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Copies the database file (which must have no WAL left, as after every finished kb run) to `name`.
    func copyDatabase(to name: String) throws -> String {
        let path = folder + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        let wal = (try? FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? Int) ?? 0
        XCTAssertEqual(wal, 0, "a finished kb leaves no WAL to fold in (a read-only inspection may leave an empty one)")
        try FileManager.default.copyItem(atPath: database, toPath: path)
        return path
    }

    /// The size of the database's WAL file (0 when there is none).
    func walSize() -> Int {
        (try? FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? Int) ?? 0
    }

    /// Replaces the database with the copy at `path`, dropping any WAL and shared-memory file.
    func restoreDatabase(from path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: database + suffix)
        }
        try FileManager.default.copyItem(atPath: path, toPath: database)
    }
}

/// The state of a database file, to prove a command changed nothing: its bytes, and any
/// change waiting beside it (a WAL or rollback journal with content). An empty WAL and the
/// shared-memory file that a read-only connection to a WAL database must create are no change.
struct FileFingerprint: Equatable, CustomStringConvertible {
    /// The file's bytes (nil when missing).
    var contents: Data?
    /// Which of `-wal` and `-journal` exist beside it with content.
    var companions: [String]

    init(_ path: String) {
        contents = FileManager.default.contents(atPath: path)
        companions = ["-wal", "-journal"].filter {
            ((try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int) ?? 0) > 0
        }
    }

    var description: String {
        guard let contents else { return "missing" }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in contents { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return "\(contents.count) bytes, FNV-1a \(String(hash, radix: 16)), companions \(companions)"
    }
}

/// Text that must never reach a user: SQLite's or Swift's internals.
let internalErrorMarkers = [
    "SQLite error", "SQLITE_", "sqlite3", "Fatal error", "syntax error", "fts5", "FTS5", "malformed MATCH",
    "no such column", "no such table", "unrecognized token", "unterminated", "database is locked", "Stack dump",
    "Illegal instruction", "Segmentation fault",
]

/// Asserts that a run failed the way the CLI contract says: a non-zero exit status (not a
/// crash), one line on standard error holding `message`, nothing on standard output.
func XCTAssertCleanFailure(
    _ result: RawResult, _ message: String, _ context: @autoclosure () -> String = "", file: StaticString = #filePath,
    line: UInt = #line
) {
    XCTAssertNil(result.signal, "kb crashed with signal \(result.signal ?? 0) \(context())", file: file, line: line)
    XCTAssertNotNil(result.status, file: file, line: line)
    XCTAssertNotEqual(result.status, 0, "expected a failure \(context())", file: file, line: line)
    XCTAssertTrue(
        result.stderr.contains(message), "stderr \(context()) was: \(result.stderr.prefix(400))", file: file, line: line
    )
    XCTAssertEqual(result.stdout, "", "stdout \(context())", file: file, line: line)
    XCTAssertEqual(
        result.stderr.split(separator: "\n").count, 1,
        "one line on stderr \(context()), got: \(result.stderr.prefix(400))", file: file, line: line)
    assertNoInternals(result, context(), file: file, line: line)
}

/// Asserts that neither output holds SQLite's or Swift's internals.
func assertNoInternals(
    _ result: RawResult, _ context: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    for marker in internalErrorMarkers {
        XCTAssertFalse(
            result.stderr.contains(marker), "internal detail “\(marker)” \(context()): \(result.stderr.prefix(400))",
            file: file, line: line)
    }
}
