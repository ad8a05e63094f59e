import Foundation
import XCTest

/// On the command line a former municipality resolves to the one that covers it now, with a
/// note on standard error; a split one is refused in one line; `kb municipalities import` takes
/// a list of reorganisations; `kb add municipality` refuses a name close to a known one.
final class FormerMunicipalityCommandTests: XCTestCase {
    func testAFormerMunicipalityIsResolvedSayingSo() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let added = try kb.succeed([
            "add", "example", "--municipality", "Boxmeer", "--title", "Dorpshuis", "--format", "json",
        ])
        XCTAssertEqual((try added.json() as? [String: Any])?["municipality"] as? String, "Land van Cuijk")
        XCTAssertEqual(
            added.stderr,
            "Boxmeer has been part of Land van Cuijk since 2022: using Land van Cuijk.\nAdded: #1 Dorpshuis\n")
        let listed = try kb.succeed(["list", "examples", "--municipality", "boxmeer", "--format", "json"])
        XCTAssertEqual((try listed.json() as? [Any])?.count, 1)
        XCTAssertTrue(listed.stderr.contains("Land van Cuijk since 2022"))

        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["add", "example", "--municipality", "Haaren", "--title", "X"]),
            "Haaren has been split: give “Boxtel”, “Oisterwijk”, “Tilburg” or “Vught”")
        XCTAssertEqual(workspace.snapshot(), before)

        let path = workspace.folder + "/notes.jsonl"
        try "{\"kind\": \"tip\", \"title\": \"Weesper tip\", \"municipality\": \"Weesp\"}\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let imported = try kb.succeed(["import", path])
        XCTAssertTrue(imported.stderr.contains("Weesp has been part of Amsterdam since 2022"), imported.stderr)
    }

    func testMunicipalitiesImportTakesAListOfReorganisations() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Eerst"])
        let path = workspace.folder + "/herindelingen.csv"
        try
            "old_code,old_name,new_code,new_name,effective_date\nGM1982,Land van Cuijk,GM0796,'s-Hertogenbosch,2031-01-01\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let report = try kb.succeed(["municipalities", "import", path])
        XCTAssertEqual(report.stdout, "Municipal reorganisations loaded: 1 added, 0 already known.\n")
        let added = try kb.succeed(["add", "tip", "--municipality", "Boxmeer", "--title", "Later", "--format", "json"])
        XCTAssertEqual((try added.json() as? [String: Any])?["municipality"] as? String, "'s-Hertogenbosch")
        XCTAssertTrue(added.stderr.contains("since 2031"), added.stderr)
    }

    func testAddingAMunicipalityCloseToAKnownOneNeedsNewMunicipality() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Eerst"])
        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["add", "municipality", "Zwole"]), "“Zwole” is close to the known municipality “Zwolle”")
        XCTAssertEqual(workspace.snapshot(), before)
        XCTAssertEqual(try kb.succeed(["add", "municipality", "Zwole", "--new-municipality"]).stdout, "Zwole\n")
    }
}
