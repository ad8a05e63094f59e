import Foundation
import XCTest

/// What a run of the `kb` binary gave.
struct KBResult {
    /// The exit status.
    var status: Int32
    /// Standard output, decoded as UTF-8.
    var stdout: String
    /// Standard error, decoded as UTF-8.
    var stderr: String

    /// Standard output parsed as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }
}

/// Runs the built `kb` binary as a separate process, the way a person or a script would.
struct KBProcess {
    /// The `kb` executable next to the test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folder = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("kb")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Bundle.main.bundleURL.appendingPathComponent("kb")
    }()

    /// The environment every run gets: no inherited database location, a private HOME, English
    /// texts (`KENNISBANK_LANG=en`; a test of the Dutch texts sets its own).
    var environment: [String: String]

    /// A runner whose default database is `database` (through `KENNISBANK_DB`).
    init(database: String?, home: String) {
        var environment = [
            "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "KENNISBANK_LANG": "en",
        ]
        if let database { environment["KENNISBANK_DB"] = database }
        self.environment = environment
    }

    /// Runs `kb arguments…`, feeding `input` on standard input; in `workingDirectory` when given,
    /// and with files limited to `fileSizeLimitBlocks` blocks of 512 bytes (`ulimit -f`, with
    /// SIGXFSZ ignored, so that a write past the limit fails with EFBIG) when given.
    @discardableResult
    func run(
        _ arguments: [String], input: String? = nil, extraEnvironment: [String: String] = [:],
        workingDirectory: String? = nil, fileSizeLimitBlocks: Int? = nil
    ) throws -> KBResult {
        let process = Process()
        if let fileSizeLimitBlocks {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimitBlocks) && exec \"$0\" \"$@\"", Self.executable.path]
                + arguments
        } else {
            process.executableURL = Self.executable
            process.arguments = arguments
        }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.environment = environment.merging(extraEnvironment) { $1 }
        let output = Pipe()
        let error = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return KBResult(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs `kb arguments…` and fails the test unless it exits 0.
    @discardableResult
    func succeed(_ arguments: [String], input: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws
        -> KBResult
    {
        let result = try run(arguments, input: input)
        XCTAssertEqual(
            result.status, 0, "kb \(arguments.joined(separator: " ")) failed: \(result.stderr)", file: file, line: line)
        return result
    }
}

/// A temporary folder with a database path in it, for one CLI test.
struct CLIWorkspace {
    /// The folder, removed at teardown.
    let folder: String
    /// The database path (`KENNISBANK_DB`), not yet created.
    let database: String
    /// A runner using that database.
    let kb: KBProcess

    init(_ testCase: XCTestCase) throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("kb-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let folder = self.folder
        testCase.addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        database = folder + "/kb.sqlite"
        kb = KBProcess(database: database, home: folder)
    }

    /// The database file's bytes (with its WAL folded in by a checkpoint), to prove nothing changed.
    func snapshot() -> Data? {
        FileManager.default.contents(atPath: database)
    }
}

/// Asserts that a run failed the way the CLI contract says: exit status non-zero, one line on
/// standard error holding `message`, nothing on standard output.
func XCTAssertCleanFailure(_ result: KBResult, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertNotEqual(result.status, 0, "expected a failure", file: file, line: line)
    XCTAssertTrue(result.stderr.contains(message), "stderr was: \(result.stderr)", file: file, line: line)
    XCTAssertEqual(result.stdout, "", file: file, line: line)
    let lines = result.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 1, "one line on stderr, got: \(result.stderr)", file: file, line: line)
    for forbidden in ["SQLite error", "SQLITE_", "sqlite3", "Fatal error", "syntax error"] {
        XCTAssertFalse(
            result.stderr.contains(forbidden), "internal detail in: \(result.stderr)", file: file, line: line)
    }
}
