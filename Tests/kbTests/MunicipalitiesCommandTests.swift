import Foundation
import XCTest

/// `kb municipalities import`: a newer CBS list renames a municipality and keeps its old name.
final class MunicipalitiesCommandTests: XCTestCase {
    /// The bundled CBS list, from the package's Data folder.
    private func bundledList() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Data/gemeenten-2024.csv"), encoding: .utf8)
    }

    func testAModifiedListRenamesAMunicipality() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["add", "obstacle", "--municipality", "Zwolle", "--title", "Wantrouwen"])
        let path = workspace.folder + "/gemeenten-2025.csv"
        try bundledList().replacingOccurrences(of: ",GM0193,Zwolle,", with: ",GM0193,Zwolle aan de Vecht,")
            .write(toFile: path, atomically: true, encoding: .utf8)

        XCTAssertEqual(try workspace.kb.succeed(["municipalities", "import", path, "--dry-run"]).stdout,
                       "Dry run: would add 0, rename 1, leave 341 unchanged. Nothing was changed.\n")
        XCTAssertEqual(try workspace.kb.succeed(["municipalities", "import", path]).stdout,
                       "Municipality list loaded: 0 added, 1 renamed (old names kept as aliases), 341 unchanged. Bron: CBS.\n")
        let entries = try XCTUnwrap(try workspace.kb.succeed(["list", "obstacles", "--municipality", "zwolle", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(entries.first?["municipality"] as? String, "Zwolle aan de Vecht", "the old name still finds it")
        XCTAssertEqual(try workspace.kb.succeed(["search", "Wantrouwen", "--municipality", "GM0193", "--format", "json"]).stdout.contains("Zwolle aan de Vecht"), true)

        try "GemeentecodeGM,Gemeentenaam\nGM0193,Zwolle\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertCleanFailure(try workspace.kb.run(["municipalities", "import", path]), "no column Provincienaam")
        XCTAssertCleanFailure(try workspace.kb.run(["municipalities", "import", workspace.folder + "/nope.csv"]), "Cannot read")
    }
}
