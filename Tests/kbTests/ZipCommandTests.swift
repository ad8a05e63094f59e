import Foundation
import XCTest

/// `kb export --output notes.zip` and `kb import notes.zip`: Markdown notes in a zip (issue 14).
final class ZipCommandTests: XCTestCase {
    func testExportToAZipThenImportItIntoAnEmptyKnowledgeBaseGivesTheSameEntries() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let zip = workspace.folder + "/notities.zip"
        let exported = try workspace.kb.succeed(["export", "--output", zip])
        XCTAssertTrue(exported.stderr.contains("markdown"), exported.stderr)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: zip))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip, not a folder")

        let copy = workspace.folder + "/kopie.sqlite"
        try workspace.kb.succeed(["init", "--db", copy])
        let imported = try workspace.kb.succeed(["import", "--db", copy, zip])
        XCTAssertTrue(imported.stdout.hasPrefix("Imported "), imported.stdout)
        XCTAssertEqual(
            try workspace.kb.succeed(["export", "--db", copy, "--format", "jsonl"]).stdout,
            try workspace.kb.succeed(["export", "--format", "jsonl"]).stdout)

        // Under another name, --format markdown says what it is; a folder stays a folder.
        let renamed = workspace.folder + "/notities.bin"
        try FileManager.default.copyItem(atPath: zip, toPath: renamed)
        let again = try workspace.kb.succeed(["import", "--db", copy, renamed, "--format", "markdown", "--dry-run"])
        XCTAssertTrue(again.stdout.contains("would add 0, update 0"), again.stdout)
        try workspace.kb.succeed(["export", "--format", "markdown", "--output", workspace.folder + "/map"])
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.folder + "/map", isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
        // A name that ends in a slash is a folder, even when it ends in .zip before the slash.
        try workspace.kb.succeed(["export", "--format", "markdown", "--output", workspace.folder + "/map.zip/"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.folder + "/map.zip", isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
    }

    func testADamagedZipIsOneLineAndNothingIsImported() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
        let zip = workspace.folder + "/kapot.zip"
        try Data("PK\u{3}\u{4} geen zip".utf8).write(to: URL(fileURLWithPath: zip))
        XCTAssertCleanFailure(
            try workspace.kb.run(["import", zip]), "Cannot import \(zip): it is not a zip file that can be read")
        XCTAssertEqual(try workspace.kb.succeed(["export", "--format", "jsonl"]).stdout, "")
    }
}
