import Foundation
import XCTest

/// `kb history`, `kb restore`, `kb rm` and `kb trash`, with their Dutch names, through the binary.
final class HistoryCommandTests: XCTestCase {
    func testHistoryListsEveryVersionWithItsAuthorAndRestoreUndoes() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Neem de tijd", "--author", "Anna"])
        try kb.run(["edit", "1", "--title", "Neem echt de tijd"], extraEnvironment: ["KENNISBANK_AUTHOR": "Bert"])
        try kb.succeed(["edit", "1", "--add-topic", "Vertrouwen", "--author", "Carla"])

        let table = try kb.succeed(["history", "1"]).stdout
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, table)
        XCTAssertTrue(lines[0].hasPrefix("VERSION  WHEN (AMSTERDAM)"), table)
        XCTAssertTrue(lines[1].contains("Anna") && lines[1].hasSuffix("added"), table)
        XCTAssertTrue(lines[2].contains("Bert") && lines[2].hasSuffix("edited: title"), table)
        XCTAssertTrue(lines[3].contains("Carla") && lines[3].hasSuffix("edited: topics"), table)

        let json = try XCTUnwrap(try kb.succeed(["geschiedenis", "1", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(json.map { $0["revision"] as? Int }, [1, 2, 3])
        XCTAssertEqual(json.map { $0["author"] as? String }, ["Anna", "Bert", "Carla"])
        XCTAssertEqual(json.map { $0["change"] as? String }, ["add", "edit", "edit"])
        XCTAssertEqual(json[1]["changed"] as? [String], ["title"])
        XCTAssertEqual((json[0]["entry"] as? [String: Any])?["title"] as? String, "Neem de tijd")

        let restored = try kb.succeed(["restore", "1", "--revision", "1", "--author", "Dirk"])
        XCTAssertEqual(
            restored.stdout, "Entry #1: version 1 is current again, as version 4 (`kb restore 1` undoes this).\n")
        XCTAssertEqual(try title(kb, "1"), "Neem de tijd")
        try kb.succeed(["herstel", "1"])
        XCTAssertEqual(try title(kb, "1"), "Neem echt de tijd")
        XCTAssertCleanFailure(
            try kb.run(["restore", "1", "--revision", "12"]), "Entry #1 has no version 12; its versions are 1 to 5")
    }

    func testRemoveMovesToTheTrashAndTrashRestoreBringsItBackWithItsLinks() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed([
            "add", "obstacle", "--municipality", "Zwolle", "--title", "Leegstand school", "--topic", "Vastgoed",
        ])
        try kb.succeed(["add", "tip", "--title", "Tijdelijk gebruik", "--addresses", "1"])
        let removed = try kb.succeed(["rm", "1", "--author", "Anna"])
        XCTAssertTrue(removed.stderr.contains("`kb trash restore 1` brings it back"), removed.stderr)
        XCTAssertFalse(try kb.succeed(["search", "leegstand"]).stdout.contains("Leegstand school"))
        XCTAssertFalse(try kb.succeed(["list", "topics"]).stdout.contains("Vastgoed"))

        let trash = try XCTUnwrap(
            try kb.succeed(["prullenbak", "lijst", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(trash.map { $0["id"] as? Int }, [1])
        XCTAssertEqual(trash.first?["trashed_by"] as? String, "Anna")
        XCTAssertEqual(
            Set(trash.first?.keys ?? [:].keys),
            ["id", "uuid", "kind", "title", "municipality", "trashed_at", "trashed_by"])
        XCTAssertTrue(try kb.succeed(["trash"]).stdout.contains("Leegstand school"))
        XCTAssertCleanFailure(try kb.run(["show", "1"]), "Entry #1 is in the trash")
        XCTAssertTrue(try kb.succeed(["history", "1"]).stdout.contains("moved to the trash"))

        let back = try kb.succeed(["trash", "herstel", "1"])
        XCTAssertEqual(back.stdout, "Brought back #1 “Leegstand school” with its topics and links.\n")
        let tip = try XCTUnwrap(try kb.succeed(["show", "2", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual((tip["addresses"] as? [String])?.count, 1)
        XCTAssertTrue(try kb.succeed(["search", "leegstand"]).stdout.contains("Leegstand school"))
        XCTAssertTrue(try kb.succeed(["list", "topics"]).stdout.contains("Vastgoed"))
        XCTAssertCleanFailure(try kb.run(["trash", "restore", "1"]), "No entry “1” in the trash")
        try kb.succeed(["check"])
    }

    func testEmptyingTheTrashDeletesForGood() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Weg ermee"])
        try kb.succeed(["rm", "1"])
        XCTAssertEqual(
            try kb.succeed(["trash", "empty", "--older-than", "7"]).stderr, "Nothing in the trash to delete.\n")
        XCTAssertEqual(try kb.succeed(["prullenbak", "leeg"]).stdout, "Deleted 1 entry from the trash for good.\n")
        XCTAssertEqual(try kb.succeed(["trash", "list"]).stderr, "The trash is empty.\n")
        XCTAssertCleanFailure(try kb.run(["show", "1"]), "No entry “1”")
        try kb.succeed(["check"])
    }

    func testAddRefusesANearDuplicateUnlessAllowed() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let fields = [
            "--municipality", "Deventer", "--title", "Wantrouwen", "--body", "Bewoners vertrouwen de raad niet.",
        ]
        try kb.succeed(["add", "obstacle"] + fields)
        XCTAssertCleanFailure(
            try kb.run(["add", "obstacle"] + fields), "Entry #1 “Wantrouwen” of the same kind and municipality")
        XCTAssertEqual(try kb.succeed(["add", "obstacle", "--allow-duplicate"] + fields).stdout, "2\n")
    }

    func testImportListsWhatItDidNotApplyAndForceAppliesIt() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let path = workspace.folder + "/tip.jsonl"
        let uuid = "44444444-4444-4444-8444-444444444444"
        func record(_ title: String, _ time: String) throws {
            try
                #"{"uuid": "\#(uuid)", "kind": "tip", "title": "\#(title)", "created_at": "2020-01-01T00:00:00.000Z", "updated_at": "\#(time)"}"#
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        try record("Nieuw", "2024-06-01T10:00:00.000Z")
        try kb.succeed(["import", path])
        try record("Oud", "2023-06-01T10:00:00.000Z")
        XCTAssertEqual(
            try kb.succeed(["import", path]).stdout,
            """
            Imported 1 entry: 0 added, 0 updated, 0 unchanged; 1 not applied (listed below).
            \(path), line 1: “Oud” not applied: it is older (01-06-2023 12:00) than entry #1 as stored (01-06-2024 12:00); use --force to apply it anyway.

            """)
        XCTAssertEqual(try title(kb, "1"), "Nieuw")
        XCTAssertEqual(
            try kb.succeed(["import", path, "--force", "--author", "Anna"]).stdout,
            "Imported 1 entry: 0 added, 1 updated, 0 unchanged.\n")
        XCTAssertEqual(try title(kb, "1"), "Oud")
        XCTAssertTrue(try kb.succeed(["history", "1"]).stdout.contains("Anna"))
    }

    func title(_ kb: KBProcess, _ reference: String) throws -> String? {
        (try kb.succeed(["show", reference, "--format", "json"]).json() as? [String: Any])?["title"] as? String
    }
}
