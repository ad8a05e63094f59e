import Foundation
import XCTest

/// `--db`, then `KENNISBANK_DB`, then the XDG default; and a `kb` binary that works alone.
final class DatabaseSelectionTests: XCTestCase {
    func testOptionBeatsEnvironmentBeatsDefault() throws {
        let workspace = try CLIWorkspace(self)
        let explicit = workspace.folder + "/explicit.sqlite"
        try workspace.kb.succeed(["add", "tip", "--title", "Via optie", "--db", explicit])
        try workspace.kb.succeed(["add", "tip", "--title", "Via omgeving"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: explicit))
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.database))

        var noDatabase = KBProcess(database: nil, home: workspace.folder)
        try noDatabase.succeed(["add", "tip", "--title", "Via standaard"])
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: workspace.folder + "/.local/share/kennisbank/kennisbank.sqlite"))
        noDatabase.environment["XDG_DATA_HOME"] = workspace.folder + "/xdg"
        try noDatabase.succeed(["add", "tip", "--title", "Via XDG"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.folder + "/xdg/kennisbank/kennisbank.sqlite"))

        func titles(_ arguments: [String], _ runner: KBProcess) throws -> [String] {
            let list = try XCTUnwrap(try runner.succeed(arguments + ["--format", "json"]).json() as? [[String: Any]])
            return list.compactMap { $0["title"] as? String }
        }
        XCTAssertEqual(try titles(["list", "tips", "--db", explicit], workspace.kb), ["Via optie"])
        XCTAssertEqual(try titles(["list", "tips"], workspace.kb), ["Via omgeving"])
        XCTAssertEqual(try titles(["list", "tips"], noDatabase), ["Via XDG"])
    }

    func testABinaryCopiedAloneStillCreatesAndMigratesADatabase() throws {
        let workspace = try CLIWorkspace(self)
        let lonely = workspace.folder + "/bin"
        try FileManager.default.createDirectory(atPath: lonely, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: KBProcess.executable.path, toPath: lonely + "/kb")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lonely + "/kb")
        process.arguments = ["init", "--db", workspace.folder + "/alone.sqlite"]
        process.currentDirectoryURL = URL(fileURLWithPath: lonely)
        process.environment = ["HOME": workspace.folder, "KENNISBANK_LANG": "en"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(text.contains("342 municipalities"), text)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: lonely), ["kb"], "no resource folder beside the binary")
    }

    func testMigrateStatusListsAppliedAndPendingWithoutChangingAnything() throws {
        let workspace = try CLIWorkspace(self)
        let pending = try workspace.kb.succeed(["migrate", "--status"]).stdout
        XCTAssertTrue(pending.hasPrefix("pending  0001_initial_schema\n"), pending)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database))
        let applied = try workspace.kb.succeed(["migrate"]).stdout
        XCTAssertTrue(applied.hasPrefix("applied  0001_initial_schema\n"), applied)
        XCTAssertFalse(applied.contains("pending"))
        let status = try XCTUnwrap(
            try workspace.kb.succeed(["migrate", "--status", "--format", "json"]).json() as? [String: [String]])
        XCTAssertEqual(status["pending"], [])
        XCTAssertEqual(status["applied"]?.first, "0001_initial_schema")
    }
}
