import Foundation
import XCTest

/// Progress of long commands through the binary, whose standard error is a pipe here: one line
/// per phase, nothing with --quiet (the bar on a terminal is tested in ProgressDisplayTests).
final class ProgressCommandTests: XCTestCase {
    func testLongCommandsWriteOneLinePerPhaseAndNothingWhenQuiet() throws {
        let workspace = try CLIWorkspace(self)
        let folder = workspace.folder
        let source = KBProcess(database: folder + "/source.sqlite", home: folder)
        try source.succeed(["init", "--sample"])
        try source.succeed(["export", "--output", folder + "/all.jsonl", "--quiet"])
        let kb = workspace.kb
        try kb.succeed(["init"])

        let imported = try kb.succeed(["import", folder + "/all.jsonl"])
        let lines = imported.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, imported.stderr)
        XCTAssertTrue(lines[0].hasPrefix("Importing: 47 in "), imported.stderr)
        XCTAssertTrue(lines[1].hasPrefix("Saving: done in "), imported.stderr)
        XCTAssertFalse(imported.stderr.contains("\r"), "no bar drawn into a pipe")
        XCTAssertTrue(imported.stdout.hasPrefix("Imported 42 entries"), imported.stdout)

        for quiet in ["--quiet", "-q"] {
            let again = try kb.succeed(["import", folder + "/all.jsonl", quiet])
            XCTAssertEqual(again.stderr, "", quiet)
            XCTAssertTrue(again.stdout.hasPrefix("Imported 42 entries"), again.stdout)
        }

        let reindexed = try kb.succeed(["reindex"])
        XCTAssertEqual(
            reindexed.stderr.split(separator: "\n").map { $0.prefix { $0 != ":" } },
            ["Rebuilding the index", "Checking the index"])
        XCTAssertEqual(try kb.succeed(["reindex", "-q"]).stderr, "")

        let exported = try kb.succeed(["export"])
        XCTAssertTrue(exported.stderr.hasPrefix("Exporting: 42 in "), exported.stderr)
        XCTAssertEqual(exported.stdout.split(separator: "\n").count, 47, "the data on standard output, whole")
        XCTAssertEqual(try kb.succeed(["export", "--quiet"]).stderr, "")

        let backup = try kb.succeed(["backup", folder + "/copy.sqlite"])
        XCTAssertTrue(backup.stderr.hasPrefix("Copying: done in "), backup.stderr)
        XCTAssertEqual(try kb.succeed(["backup", folder + "/copy2.sqlite", "--quiet"]).stderr, "")
        XCTAssertEqual(try kb.succeed(["migrate", "--quiet"]).stderr, "")
    }

    func testAFailedImportWritesItsErrorLineOnly() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        let path = workspace.folder + "/bad.jsonl"
        try Data("{\"kind\": \"tip\", \"title\": \"Goed\"}\n{\"kind\": \"tip\"}\n".utf8).write(
            to: URL(fileURLWithPath: path))
        let result = try kb.run(["import", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("kb: "), result.stderr)
    }
}
