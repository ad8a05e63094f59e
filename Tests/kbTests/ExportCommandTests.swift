import Foundation
import XCTest

/// `kb export` in every format, and its round trip through `kb import` into a new knowledge base.
final class ExportCommandTests: XCTestCase {
    func testEveryFormatRoundTripsThroughANewKnowledgeBase() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        try workspace.kb.succeed([
            "add", "tip", "--title", "Tip, met \"komma\"", "--body", "regel 1\nregel 2", "--topic", "a;b",
            "--addresses", "1",
        ])
        let reference = try workspace.kb.succeed(["export"]).stdout
        XCTAssertEqual(reference.split(separator: "\n").count, 5 + 43)

        for (format, output) in [
            ("jsonl", "all.jsonl"), ("json", "all.json"), ("csv", "all.csv"), ("markdown", "notes"),
        ] {
            let path = workspace.folder + "/" + output
            let exported = try workspace.kb.succeed(["export", "--format", format, "--output", path])
            XCTAssertEqual(exported.stdout, "")
            // One progress line for the phase (standard error is not a terminal), then the summary.
            let notes = exported.stderr.split(separator: "\n")
            XCTAssertEqual(notes.count, 2, exported.stderr)
            XCTAssertTrue(notes.first?.hasPrefix("Exporting: 43 in ") == true, exported.stderr)
            XCTAssertEqual(notes.last, "Exported 43 entries and 5 municipalities to \(path) (\(format)).")
            let copy = KBProcess(database: workspace.folder + "/copy-\(format).sqlite", home: workspace.folder)
            XCTAssertEqual(
                try copy.succeed(["import", path]).stdout,
                "Imported 43 entries: 43 added, 0 updated, 0 unchanged; added 5 municipalities.\n")
            XCTAssertEqual(try copy.succeed(["export"]).stdout, reference, "\(format) round trip")
        }
        let notes = try FileManager.default.contentsOfDirectory(atPath: workspace.folder + "/notes").sorted()
        XCTAssertEqual(notes.count, 48)
        XCTAssertEqual(notes.first, "0001-obstacle-financiele-risico-s-van-bottom-up-werken.md")
        XCTAssertTrue(notes.contains("municipality-voorbeeldstad.md"))
    }

    func testStandardOutputFiltersAndFormatsFromTheFileName() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let tips = try workspace.kb.succeed([
            "export", "--format", "json", "--kind", "tip", "--municipality", "Testerveen",
        ]).stdout
        let records = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(tips.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.map { $0["kind"] as? String }, ["municipality", "tip"])
        let csv = try workspace.kb.succeed(["export", "--topic", "vrijwilligers", "--format", "csv"]).stdout
        XCTAssertTrue(csv.hasPrefix("id,uuid,kind,title,body,municipality,municipality_code,province,topics,"), csv)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { $0.contains("Vrijwilligers") }.count, 5)
        try workspace.kb.succeed(["export", "--output", workspace.folder + "/by-name.csv"])
        XCTAssertTrue(
            try String(contentsOfFile: workspace.folder + "/by-name.csv", encoding: .utf8).hasPrefix("id,uuid,kind,"))

        XCTAssertCleanFailure(try workspace.kb.run(["export", "--format", "markdown"]), "give a folder with --output")
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--format", "xml"]), "Unknown format “xml”")
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--kind", "recept"]), "Unknown kind “recept”")
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--topic", "bestaat-niet"]), "No entry has the topic")
        XCTAssertCleanFailure(
            try workspace.kb.run(["export", "--format", "markdown", "--output", workspace.folder]), "is not empty")
    }

    func testExportOfAMissingKnowledgeBaseCreatesNothing() throws {
        let workspace = try CLIWorkspace(self)
        // The knowledge base is named (KENNISBANK_DB) and missing: said, not exported as empty.
        XCTAssertCleanFailure(try workspace.kb.run(["export"]), "No knowledge base at")
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--format", "json"]), "No knowledge base at")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database))
    }

    /// Issue 10, item 1: `kb export --output` naming the database replaced it with JSON Lines
    /// (exit 0). It is refused in one line, like any SQLite file and the database's `-wal` and
    /// `-shm`, however the path is written, and nothing is written.
    func testExportOverTheDatabaseIsRefused() throws {
        let workspace = try CLIWorkspace(self)
        let database = workspace.folder + "/t.sqlite"
        try workspace.kb.succeed(["init", "--sample", "--db", database])
        try workspace.kb.succeed(["init", "--db", workspace.folder + "/ander.sqlite"])
        try FileManager.default.createSymbolicLink(
            atPath: workspace.folder + "/link.jsonl", withDestinationPath: "t.sqlite")
        try FileManager.default.linkItem(atPath: database, toPath: workspace.folder + "/hard.csv")
        let before = try workspace.kb.succeed(["export", "--db", database]).stdout
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.folder).sorted()
        let bytes = FileManager.default.contents(atPath: database)
        for output in [
            "t.sqlite", "./t.sqlite", workspace.folder + "/t.sqlite", "link.jsonl", "hard.csv", "t.sqlite-wal",
            "t.sqlite-shm",
            "ander.sqlite", "ander.sqlite-wal",
        ] {
            let result = try workspace.kb.run(
                ["export", "--db", database, "--kind", "tip", "--output", output], workingDirectory: workspace.folder)
            XCTAssertCleanFailure(result, "database")
        }
        XCTAssertCleanFailure(
            try workspace.kb.run(
                ["export", "--db", database, "--format", "csv", "--output", "t.sqlite-journal"],
                workingDirectory: workspace.folder), "database")
        XCTAssertEqual(FileManager.default.contents(atPath: database), bytes)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.folder).sorted(), files)
        XCTAssertEqual(try workspace.kb.succeed(["export", "--db", database]).stdout, before)
        XCTAssertEqual(try workspace.kb.succeed(["check", "--db", database]).status, 0)
    }

    /// Issue 10, item 13: a Markdown export that could not be written said "check the folder's
    /// permissions" whatever the cause, and left the notes written so far. It says the cause
    /// (here: a file size limit, `ulimit -f`) and leaves no folder behind.
    func testAMarkdownExportThatCannotBeWrittenSaysWhyAndLeavesNothing() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let body = workspace.folder + "/lang.md"
        try String(repeating: "Een zin over het buurthuis. ", count: 5_000).write(
            toFile: body, atomically: true, encoding: .utf8)
        try workspace.kb.succeed(["add", "tip", "--title", "Een lange tip", "--body-file", body])
        try FileManager.default.removeItem(atPath: body)
        let result = try workspace.kb.run(
            ["export", "--format", "markdown", "--output", workspace.folder + "/notes"],
            fileSizeLimitBlocks: 128)
        XCTAssertCleanFailure(result, "File too large")
        XCTAssertFalse(result.stderr.contains("permissions"), result.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: workspace.folder).filter { !$0.hasPrefix("kb.sqlite") },
            [],
            "no folder, no partial notes")
        try workspace.kb.succeed(["export", "--format", "markdown", "--output", workspace.folder + "/notes"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.folder + "/notes").count, 43 + 5)
    }
}
