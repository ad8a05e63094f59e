import Foundation
import XCTest

/// `--body-file` and `kb import -` read no more than a body or record can hold: an endless or
/// huge input is refused after the limit, not read to its end first.
final class BodyInputLimitTests: XCTestCase {
    /// The most bytes a body takes (4 × 1,000,000 characters), as the library's `EntryLimits.bodyBytes`.
    static let bodyBytes = 4_000_000

    /// A sparse file of `size` zero bytes (no disk space used), opened for reading.
    private func sparseFile(_ workspace: CLIWorkspace, size: Int) throws -> String {
        let path = workspace.folder + "/huge-\(size)"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        return path
    }

    /// Runs `kb arguments…` with standard input from the file at `path`, sharing its file offset,
    /// and returns the result and how far `kb` read into the file.
    private func runReadingOffset(_ kb: KBProcess, _ arguments: [String], stdin path: String) throws -> (
        KBResult, bytesRead: UInt64
    ) {
        let input = try XCTUnwrap(FileHandle(forReadingAtPath: path))
        defer { try? input.close() }
        let process = Process()
        process.executableURL = KBProcess.executable
        process.arguments = arguments
        process.environment = kb.environment
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // The child's standard input is the same open file description: its offset is ours.
        let offset = try input.offset()
        return (
            KBResult(
                status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                stderr: String(decoding: errorData, as: UTF8.self)), offset
        )
    }

    func testBodyOnStandardInputIsReadOnlyUpToTheLimit() throws {
        let workspace = try CLIWorkspace(self)
        let huge = try sparseFile(workspace, size: 64 << 20)
        let (result, bytesRead) = try runReadingOffset(
            workspace.kb, ["add", "tip", "--title", "x", "--body-file", "-"], stdin: huge)
        XCTAssertCleanFailure(result, "The body is longer than 1000000 characters")
        XCTAssertLessThanOrEqual(bytesRead, UInt64(Self.bodyBytes + 1 + 65_536), "kb read \(bytesRead) bytes of 64 MB")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "nothing written")
    }

    func testABodyOfExactlyTheLimitIsStillRead() throws {
        let workspace = try CLIWorkspace(self)
        let path = workspace.folder + "/body.md"
        // One million characters in 4,000,000 bytes: the four-byte letter 𝕏, the most a body may be.
        XCTAssertTrue(
            FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "𝕏", count: 1_000_000).utf8)))
        let added = try workspace.kb.succeed(["add", "tip", "--title", "Lang", "--body-file", path])
        let shown = try XCTUnwrap(
            try workspace.kb.succeed(["show", added.stdout.trimmingCharacters(in: .newlines), "--format", "json"])
                .json() as? [String: Any])
        XCTAssertEqual((shown["body"] as? String)?.unicodeScalars.count, 1_000_000)
    }

    func testAnEndlessBodyFileIsRefused() throws {
        let workspace = try CLIWorkspace(self)
        let result = try workspace.kb.run(["add", "tip", "--title", "x", "--body-file", "/dev/zero"])
        XCTAssertCleanFailure(result, "The body is longer than 1000000 characters")
        let onStandardInput = try workspace.kb.run(["edit", "1", "--body-file", "/dev/zero"])
        XCTAssertCleanFailure(onStandardInput, "The body is longer than 1000000 characters")
    }

    /// Import from standard input streams: one record is read up to its limit (16 MB a line),
    /// never the whole input.
    func testImportFromStandardInputIsBoundedPerRecord() throws {
        let workspace = try CLIWorkspace(self)
        let huge = try sparseFile(workspace, size: 64 << 20)
        let (lines, linesRead) = try runReadingOffset(workspace.kb, ["import", "-", "--format", "jsonl"], stdin: huge)
        XCTAssertCleanFailure(lines, "the line is longer than 16 MB")
        XCTAssertLessThanOrEqual(linesRead, UInt64((16 << 20) + (1 << 20)), "kb read \(linesRead) bytes of 64 MB")
        let (note, noteRead) = try runReadingOffset(workspace.kb, ["import", "-", "--format", "markdown"], stdin: huge)
        XCTAssertCleanFailure(note, "larger than 8 MB")
        XCTAssertLessThanOrEqual(noteRead, UInt64((8 << 20) + (1 << 20)), "kb read \(noteRead) bytes of 64 MB")
    }
}

extension BodyInputLimitTests {
    /// Standard input is read once: the first change of a new file (checked on an empty knowledge
    /// base in memory before the file is made) stores the body it was given, and so does an edit.
    func testABodyOnStandardInputReachesANewFile() throws {
        let workspace = try CLIWorkspace(self)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database))
        let id = try workspace.kb.succeed(
            ["add", "tip", "--title", "Eerste", "--body-file", "-"], input: "Uit de pijp.\n"
        )
        .stdout.trimmingCharacters(in: .newlines)
        let shown = try XCTUnwrap(try workspace.kb.succeed(["show", id, "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(shown["body"] as? String, "Uit de pijp.")
        try workspace.kb.succeed(["edit", id, "--body-file", "-"], input: "Anders.")
        let edited = try XCTUnwrap(try workspace.kb.succeed(["show", id, "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(edited["body"] as? String, "Anders.")
    }
}
