import Foundation
import XCTest

/// `kb import` and `kb init --sample`, end to end through the built binary.
final class ImportCommandTests: XCTestCase {
    func testInitSampleLoadsTheSampleNetworkOnce() throws {
        let workspace = try CLIWorkspace(self)
        let first = try workspace.kb.succeed(["init", "--sample"])
        XCTAssertEqual(
            first.stdout,
            """
            Sample network: 42 entries added, 0 updated, 0 already there.
            Knowledge base \(workspace.database): 342 municipalities (Bron: CBS) and 5 others, 42 entries.

            """)
        let second = try workspace.kb.succeed(["init", "--sample"])
        XCTAssertTrue(
            second.stdout.hasPrefix("Sample network: 0 entries added, 0 updated, 42 already there."), second.stdout)
        XCTAssertTrue(second.stdout.contains("42 entries."))
    }

    func testImportsFilesAndStandardInputAndReportsCounts() throws {
        let workspace = try CLIWorkspace(self)
        let notes = workspace.folder + "/notes.jsonl"
        try """
        {"kind": "municipality", "name": "Oefenstad", "province": "Utrecht"}
        {"uuid": "11111111-1111-4111-8111-111111111111", "kind": "obstacle", "title": "Wantrouwen", "municipality": "Oefenstad"}
        {"kind": "tip", "title": "Leg het proces open", "addresses": ["11111111-1111-4111-8111-111111111111"]}

        """.write(toFile: notes, atomically: true, encoding: .utf8)
        XCTAssertEqual(
            try workspace.kb.succeed(["import", notes, "--dry-run"]).stdout,
            "Dry run of 2 entries: would add 2, update 0 and skip 0 unchanged; would add 1 municipality. Nothing was changed.\n"
        )
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: workspace.database), "a dry run creates no knowledge base")
        XCTAssertEqual(
            try workspace.kb.succeed(["import", notes]).stdout,
            "Imported 2 entries: 2 added, 0 updated, 0 unchanged; added 1 municipality.\n")
        XCTAssertEqual(
            try workspace.kb.succeed(["import", notes]).stdout, "Imported 2 entries: 0 added, 0 updated, 2 unchanged.\n"
        )

        let csv =
            "kind,title,municipality,topics\nexample,\"Keukentafel, met \"\"koffie\"\"\",Oefenstad,Vertrouwen; Participatie\n"
        XCTAssertEqual(
            try workspace.kb.succeed(["import", "-", "--format", "csv"], input: csv).stdout,
            "Imported 1 entry: 1 added, 0 updated, 0 unchanged.\n")
        let shown = try XCTUnwrap(
            try workspace.kb.succeed(["list", "examples", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(shown.first?["title"] as? String, "Keukentafel, met \"koffie\"")
        XCTAssertEqual(shown.first?["topics"] as? [String], ["Participatie", "Vertrouwen"])
    }

    func testABadRecordFailsCleanlyAndChangesNothing() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let before = try workspace.kb.succeed(["export"]).stdout
        let path = workspace.folder + "/bad.jsonl"
        var lines = (1...300).map { "{\"kind\": \"tip\", \"title\": \"Tip \($0)\"}" }
        lines[249] = "{\"kind\": \"tip\", \"title\": \"Tip\", \"date\": \"31-02-2020\"}"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertCleanFailure(
            try workspace.kb.run(["import", path]),
            "kb: \(path), line 250, field “date”: “31-02-2020” is not a date: write it like 2015-05-21, 21-05-2015, 21 May 2015 or May 2015. Nothing was imported."
        )
        XCTAssertEqual(try workspace.kb.succeed(["export"]).stdout, before)

        try Data([0x7B, 0xFF, 0x7D, 0x0A]).write(to: URL(fileURLWithPath: workspace.folder + "/binary.jsonl"))
        XCTAssertCleanFailure(
            try workspace.kb.run(["import", workspace.folder + "/binary.jsonl"]), "line 1: this is not UTF-8 text")
        XCTAssertCleanFailure(
            try workspace.kb.run(["import", workspace.folder + "/missing.csv"]), "there is no such file")
        XCTAssertCleanFailure(try workspace.kb.run(["import", workspace.folder + "/notes.txt"]), "give --format")
        XCTAssertCleanFailure(try workspace.kb.run(["import", "-", "--format", "yaml"]), "Unknown format “yaml”")
        XCTAssertCleanFailure(
            try workspace.kb.run(["import", "-", "--format", "json"], input: "{\"kind\": \"tip\"}"), "field “title”")
        XCTAssertEqual(try workspace.kb.succeed(["export"]).stdout, before)
    }
}
