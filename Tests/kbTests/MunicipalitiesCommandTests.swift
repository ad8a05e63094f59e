import Foundation
import XCTest

/// `kb municipalities import`: a newer CBS list renames a municipality and keeps its old name.
final class MunicipalitiesCommandTests: XCTestCase {
    /// The bundled CBS list, from the package's Data folder.
    private func bundledList() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Data/gemeenten-2024.csv"), encoding: .utf8)
    }

    func testAModifiedListRenamesAMunicipality() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["add", "obstacle", "--municipality", "Zwolle", "--title", "Wantrouwen"])
        let path = workspace.folder + "/gemeenten-2025.csv"
        try bundledList().replacingOccurrences(of: ",GM0193,Zwolle,", with: ",GM0193,Zwolle aan de Vecht,")
            .write(toFile: path, atomically: true, encoding: .utf8)

        XCTAssertEqual(
            try workspace.kb.succeed(["municipalities", "import", path, "--dry-run"]).stdout,
            "Dry run: would add 0, rename 1, leave 341 unchanged. Nothing was changed.\n")
        XCTAssertEqual(
            try workspace.kb.succeed(["municipalities", "import", path]).stdout,
            "Municipality list loaded: 0 added, 1 renamed (old names kept as aliases), 341 unchanged. Bron: CBS.\n")
        let entries = try XCTUnwrap(
            try workspace.kb.succeed(["list", "obstacles", "--municipality", "zwolle", "--format", "json"]).json()
                as? [[String: Any]])
        XCTAssertEqual(entries.first?["municipality"] as? String, "Zwolle aan de Vecht", "the old name still finds it")
        XCTAssertEqual(
            try workspace.kb.succeed(["search", "Wantrouwen", "--municipality", "GM0193", "--format", "json"]).stdout
                .contains("Zwolle aan de Vecht"), true)

        try "GemeentecodeGM,Gemeentenaam\nGM0193,Zwolle\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertCleanFailure(try workspace.kb.run(["municipalities", "import", path]), "no column Provincienaam")
        XCTAssertCleanFailure(
            try workspace.kb.run(["municipalities", "import", workspace.folder + "/nope.csv"]), "Cannot read")
    }

    /// Names, codes and provinces of a list are checked like every other text: control
    /// characters (an ESC or OSC sequence) and noncharacters are refused with the row named.
    func testAListWithControlCharactersOrNoncharactersIsRefusedNamingTheRow() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
        let before = workspace.snapshot()
        let path = workspace.folder + "/gemeenten-2025.csv"
        let hostileRows = [
            "9001,GM9001,Nieuw\u{1B}]0;owned\u{07}stad,26,PV26,Utrecht",
            "9001,GM9001,Nieuwstad\u{FFFF},26,PV26,Utrecht",
            "9001,GM9001,\"Nieuw\u{9B}31mstad\",26,PV26,Utrecht",
            "9001,GM9001,Nieuwstad,26,PV26,Utrecht\u{1B}[2J",
            "9001,GM9001\u{07},Nieuwstad,26,PV26,Utrecht",
        ]
        for row in hostileRows {
            try (bundledList() + row + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let result = try workspace.kb.run(["municipalities", "import", path])
            XCTAssertCleanFailure(result, "\(path), row 344: ")
            XCTAssertFalse(
                result.stderr.unicodeScalars.contains {
                    $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{FFFF}"
                },
                result.stderr.debugDescription)
            XCTAssertEqual(workspace.snapshot(), before, "nothing changed for \(row.debugDescription)")
        }
        let names = try XCTUnwrap(
            try workspace.kb.succeed(["list", "municipalities", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(names.count, 342)
    }

    /// A municipality that came in through a newer list travels with its entries in an export,
    /// so that the export imports into a fresh knowledge base; a renamed one is found there by its code.
    func testAnExportCarriesMunicipalitiesFromANewerListToAFreshKnowledgeBase() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let path = workspace.folder + "/gemeenten-2025.csv"
        try
            (bundledList().replacingOccurrences(of: ",GM0193,Zwolle,", with: ",GM0193,Zwolle aan de Vecht,")
            + "9001,GM9001,Nieuwstad aan Zee,27,PV27,Noord-Holland\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        try kb.succeed(["municipalities", "import", path])
        try kb.succeed([
            "add", "obstacle", "--municipality", "Nieuwstad aan Zee", "--title", "Geen dorpshuis", "--topic",
            "Vastgoed",
        ])
        try kb.succeed(["add", "obstacle", "--municipality", "Zwolle aan de Vecht", "--title", "Wantrouwen"])
        try kb.succeed(["add", "tip", "--title", "Begin klein"])

        let full = workspace.folder + "/full.jsonl"
        let one = workspace.folder + "/one.jsonl"
        try kb.succeed(["export", "--output", full])
        try kb.succeed(["export", "--municipality", "GM9001", "--output", one])
        for (export, count) in [(full, 3), (one, 1)] {
            let fresh = KBProcess(database: workspace.folder + "/fresh-\(count).sqlite", home: workspace.folder)
            let imported = try fresh.run(["import", export])
            XCTAssertEqual(imported.status, 0, "import of \(export) into a fresh knowledge base: \(imported.stderr)")
            let entries = try XCTUnwrap(
                try fresh.succeed(["list", "entries", "--format", "json"]).json() as? [[String: Any]])
            XCTAssertEqual(entries.count, count)
            let nieuwstad = try XCTUnwrap(entries.first { $0["title"] as? String == "Geen dorpshuis" })
            XCTAssertEqual(nieuwstad["municipality"] as? String, "Nieuwstad aan Zee")
            XCTAssertEqual(nieuwstad["municipality_code"] as? String, "GM9001")
            XCTAssertEqual(nieuwstad["province"] as? String, "Noord-Holland")
            if count == 3 {
                let zwolle = try XCTUnwrap(entries.first { $0["title"] as? String == "Wantrouwen" })
                XCTAssertEqual(
                    zwolle["municipality_code"] as? String, "GM0193", "the renamed municipality is found by its code")
            }
        }
    }
}
