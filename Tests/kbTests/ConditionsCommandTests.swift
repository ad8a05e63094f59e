import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb conditions` / `kb voorwaarden`: the list, adding and rewording, assessing, the history and
/// the matrix in every format (issue 16).
final class ConditionsCommandTests: XCTestCase {
    func testAssessmentsShowInTheMatrixInEveryFormat() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["conditions", "assess", "--municipality", "Zwolle", "--condition", "1", "--state", "present"])
        try kb.succeed([
            "voorwaarden", "beoordeel", "--municipality", "Deventer", "--condition", "3", "--state", "deels",
            "--date", "2025-02-01", "--note", "op weg",
        ])
        // Dated earlier than the one before: recorded, kept in the history, not the current state.
        let older = try kb.succeed([
            "conditions", "assess", "--municipality", "Deventer", "--condition", "3", "--state", "absent", "--date",
            "1 januari 2025", "--format", "json",
        ])
        XCTAssertEqual((try older.json() as? [String: Any])?["state"] as? String, "absent")
        XCTAssertTrue(older.stderr.contains("01-02-2025: partly"), older.stderr)

        let json = try XCTUnwrap(try kb.succeed(["conditions", "--format", "json"]).json() as? [String: Any])
        let rows = try XCTUnwrap(json["municipalities"] as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["name"] as? String }, ["Deventer", "Zwolle"])
        let deventer = try XCTUnwrap(rows[0]["states"] as? [[String: Any]])
        XCTAssertEqual(deventer[2]["state"] as? String, "partly")
        XCTAssertEqual(deventer[2]["date"] as? String, "2025-02-01")
        XCTAssertEqual(deventer[2]["note"] as? String, "op weg")
        let zwolle = try XCTUnwrap(rows[1]["states"] as? [[String: Any]])
        XCTAssertEqual(zwolle[0]["state"] as? String, "present")

        let csv = try kb.succeed(["conditions", "matrix", "--format", "csv"]).stdout
        XCTAssertEqual(
            csv,
            "municipality,province,1,2,3,4,5,6,7\r\nDeventer,Overijssel,,,partly,,,,\r\n"
                + "Zwolle,Overijssel,present,,,,,,\r\n")

        let table = try kb.run(["voorwaarden"], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 }, table)
        XCTAssertTrue(lines.contains("GEMEENTE            1   2   3   4   5   6   7"), table)
        XCTAssertTrue(lines.contains("Deventer            ·   ·   ◐   ·   ·   ·   ·"), table)
        XCTAssertTrue(lines.contains("Zwolle              ●   ·   ·   ·   ·   ·   ·"), table)
        XCTAssertTrue(lines.contains("· niet beoordeeld   1   2   1   2   2   2   2"), table)
        XCTAssertTrue(lines.contains("  3 Onderling vertrouwen en gelijkwaardigheid"), table)

        let html = try kb.succeed(["conditions", "--format", "html", "--municipality", "Deventer"]).stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), html)
        XCTAssertTrue(html.contains("<td class=\"partly\" title=\"Deventer · Onderling vertrouwen"), html)
        XCTAssertFalse(html.contains("Zwolle"))

        let history = try XCTUnwrap(
            try kb.succeed(["conditions", "history", "--municipality", "Deventer", "--format", "json"]).json()
                as? [[String: Any]])
        XCTAssertEqual(history.map { $0["date"] as? String }, ["2025-01-01", "2025-02-01"])
    }

    func testAddingAndRewordingKeepTheOldWording() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["voorwaarden", "toevoegen", "--title", "Een vaste trekker", "--author", "Anna"])
        try kb.succeed(["voorwaarden", "wijzig", "4", "--title", "Een veilige omgeving", "--author", "Bert"])
        let list = try XCTUnwrap(try kb.succeed(["conditions", "list", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(list.count, 8)
        XCTAssertEqual(list[7]["title"] as? String, "Een vaste trekker")
        XCTAssertEqual(list[7]["author"] as? String, "Anna")
        XCTAssertEqual(list[3]["title"] as? String, "Een veilige omgeving")
        let earlier = try XCTUnwrap(list[3]["earlier_wordings"] as? [[String: Any]])
        XCTAssertEqual(earlier.first?["title"] as? String, "Veilige omgeving")
        XCTAssertEqual(earlier.first?["replaced_by"] as? String, "Bert")
        let text = try kb.run(["voorwaarden", "lijst"], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        XCTAssertTrue(text.contains("4. Een veilige omgeving (uit het verslag van 21 mei 2015; 1 keer anders"), text)
    }

    func testBadInputFailsCleanlyAndWritesNothing() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let catalog = Catalog(.english)
        XCTAssertCleanFailure(
            try kb.run(["conditions", "assess", "--municipality", "Zwolle", "--condition", "8", "--state", "present"]),
            catalog.text("error.conditions.unknown", ["number": "8", "highest": "7"]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "a refused change creates nothing")
        try kb.succeed(["init"])
        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["conditions", "assess", "--municipality", "Atlantis", "--condition", "1", "--state", "present"]
            ),
            "Atlantis")
        XCTAssertCleanFailure(
            try kb.run([
                "conditions", "assess", "--municipality", "Zwolle", "--condition", "1", "--state", "present", "--date",
                "2025-02-30",
            ]), "2025-02-30")
        XCTAssertCleanFailure(
            try kb.run(["conditions", "edit", "1"]), catalog.text("error.conditions.unchanged", ["number": "1"]))
        XCTAssertCleanFailure(try kb.run(["conditions", "add", "--title", ""]), "title")
        XCTAssertCleanFailure(
            try kb.run(["conditions", "history", "--municipality", "Zwolle", "--condition", "12"]), "12")
        let badState = try kb.run([
            "conditions", "assess", "--municipality", "Zwolle", "--condition", "1", "--state", "x",
        ])
        XCTAssertEqual(badState.status, 64)
        XCTAssertEqual(workspace.snapshot(), before)
    }
}
