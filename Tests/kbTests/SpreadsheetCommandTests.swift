import CSV
import Foundation
import XCTest

/// `kb import` and `kb export` with spreadsheets (issue 12): every bad row on its own line,
/// `--skip-invalid`, `--excel` CSV and `.xlsx` workbooks.
final class SpreadsheetCommandTests: XCTestCase {
    func testEveryBadRowIsListedUpToTwentyAndNothingIsImported() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
        var rows = ["soort;titel;gemeente", "tip;Goed;"]
        for number in 1...25 { rows.append("recept \(number);Soep;") }
        let path = workspace.folder + "/lijst.csv"
        try rows.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        let before = workspace.snapshot()
        let result = try workspace.kb.run(["import", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 1 + 20 + 1, result.stderr)
        XCTAssertTrue(lines[0].hasPrefix("kb: 25 records cannot be imported; nothing was imported."), lines[0])
        XCTAssertTrue(lines[1].contains("lijst.csv, row 3, field “kind”: “recept 1” is not a kind"), lines[1])
        XCTAssertTrue(lines[20].contains("row 22, field “kind”: “recept 20”"), lines[20])
        XCTAssertEqual(lines[21], "  … and 5 more.")
        XCTAssertEqual(workspace.snapshot(), before, "nothing was imported")
    }

    func testSkipInvalidImportsTheRestAndListsWhatItLeftOut() throws {
        let workspace = try CLIWorkspace(self)
        let path = workspace.folder + "/lijst.csv"
        try "kind,title,municipality\ntip,Goed,\nrecept,Soep,\nexample,Ook goed,Zwolle\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try workspace.kb.succeed(["import", "--skip-invalid", path])
        XCTAssertEqual(
            result.stdout,
            """
            Imported 2 entries: 2 added, 0 updated, 0 unchanged.
            Left out 1 invalid record:
              \(path), row 3, field “kind”: “recept” is not a kind: use example, obstacle, tip or municipality.

            """)
    }

    func testExcelCSVHasAByteOrderMarkSemicolonsAndCRLFAndImportsBack() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        try workspace.kb.succeed(["add", "tip", "--title", "Tip; met puntkomma, en komma", "--topic", "Wonen, zorg"])
        let path = workspace.folder + "/excel.csv"
        try workspace.kb.succeed(["export", "--format", "csv", "--excel", "--output", path])
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("id;uuid;kind;title;body;"), String(text.prefix(80)))
        XCTAssertTrue(text.contains("\r\n"))
        // An independent reader with Excel's settings sees the same cells.
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        var titles: [String] = []
        while reader.next() != nil { titles.append(reader["title"] ?? "") }
        XCTAssertTrue(titles.contains("Tip; met puntkomma, en komma"))
        let copy = KBProcess(database: workspace.folder + "/copy.sqlite", home: workspace.folder)
        try copy.succeed(["import", path])
        XCTAssertEqual(try copy.succeed(["export"]).stdout, try workspace.kb.succeed(["export"]).stdout)
    }

    func testAWorkbookIsExportedByItsExtensionAndImportsBack() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let path = workspace.folder + "/kennisbank.xlsx"
        let exported = try workspace.kb.succeed(["export", "--output", path])
        // A line for the export's phase, then what it did.
        XCTAssertEqual(
            exported.stderr.split(separator: "\n").last, "Exported 42 entries and 5 municipalities to \(path) (xlsx).")
        XCTAssertEqual(FileManager.default.contents(atPath: path)?.prefix(2), Data("PK".utf8))
        let copy = KBProcess(database: workspace.folder + "/copy.sqlite", home: workspace.folder)
        XCTAssertEqual(
            try copy.succeed(["import", path]).stdout,
            "Imported 42 entries: 42 added, 0 updated, 0 unchanged; added 5 municipalities.\n")
        XCTAssertEqual(try copy.succeed(["export"]).stdout, try workspace.kb.succeed(["export"]).stdout)
    }

    func testWorkbookAndExcelMistakesAreOneLine() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--format", "xlsx"]), "--output FILE.xlsx")
        XCTAssertCleanFailure(try workspace.kb.run(["export", "--format", "json", "--excel"]), "--excel is for CSV")
        let fake = workspace.folder + "/nep.xlsx"
        try "kind,title\ntip,x\n".write(toFile: fake, atomically: true, encoding: .utf8)
        XCTAssertCleanFailure(try workspace.kb.run(["import", fake]), "it is not an Excel workbook (.xlsx)")
    }

    func testWindows1252IsSaidOnImport() throws {
        let workspace = try CLIWorkspace(self)
        let path = workspace.folder + "/lijst.csv"
        // “Café” and “€” as Windows-1252 bytes: 0xE9 and 0x80.
        let bytes = Array("soort;titel;omschrijving\r\ntip;Caf".utf8) + [0xE9] + Array(";Kost ".utf8) + [0x80]
        try Data(bytes + Array(" 5\r\n".utf8)).write(to: URL(fileURLWithPath: path))
        let result = try workspace.kb.succeed(["import", path])
        XCTAssertTrue(
            result.stdout.contains(
                "\(path) was not UTF-8 but Windows-1252 (as Excel saves CSV): its text was converted."),
            result.stdout)
        let shown = try workspace.kb.succeed(["show", "1"]).stdout
        XCTAssertTrue(shown.contains("Café") && shown.contains("Kost € 5"), shown)
    }
}
