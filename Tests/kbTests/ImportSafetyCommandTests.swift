import Foundation
import XCTest

/// The three ways issue 12's coordinator lost work, each with a cheerful “1 updated”: an import
/// must now keep both versions or refuse, and say so.
final class ImportSafetyCommandTests: XCTestCase {
    /// Loss 1: an entry without a UUID is matched on kind + municipality + title, so this year's
    /// “Verslag werkbezoek” of Utrecht replaced last year's.
    func testAnEntryWithoutUUIDDoesNotReplaceItsNamesake() throws {
        let workspace = try CLIWorkspace(self)
        let lastYear = try write(
            #"{"kind": "example", "municipality": "Utrecht", "title": "Verslag werkbezoek", "body": "Werkbezoek 2023 aan de bibliotheek."}"#,
            to: "2023.jsonl", in: workspace)
        let thisYear = try write(
            #"{"kind": "example", "municipality": "Utrecht", "title": "Verslag werkbezoek", "body": "Werkbezoek 2024 aan het buurthuis."}"#,
            to: "2024.jsonl", in: workspace)
        try workspace.kb.succeed(["import", lastYear])
        let second = try workspace.kb.succeed(["import", thisYear])
        let bodies = try self.bodies(workspace)
        XCTAssertTrue(
            bodies == ["Werkbezoek 2023 aan de bibliotheek."]
                || Set(bodies) == ["Werkbezoek 2023 aan de bibliotheek.", "Werkbezoek 2024 aan het buurthuis."],
            "last year's report was lost: \(bodies)")
        XCTAssertTrue(second.stdout.contains("\(thisYear), line 1:"), "the report names the record: \(second.stdout)")
        XCTAssertFalse(second.stdout.contains("1 updated"), second.stdout)
    }

    /// Loss 2: importing an older export reverted a newer edit (nothing compared `updated_at`).
    func testAnOlderExportDoesNotRevertANewerEdit() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["add", "obstacle", "--municipality", "Zwolle", "--title", "Leegstand"])
        let export = workspace.folder + "/oud.jsonl"
        try workspace.kb.succeed(["export", "--output", export])
        Thread.sleep(forTimeInterval: 0.01)
        try workspace.kb.succeed(["edit", "1", "--title", "Leegstand van de school"])
        let result = try workspace.kb.succeed(["import", export])
        XCTAssertEqual(try title(of: "1", workspace), "Leegstand van de school", "the newer edit was reverted")
        XCTAssertTrue(result.stdout.contains("\(export), line "), "the report names the record: \(result.stdout)")
        XCTAssertFalse(result.stdout.contains("1 updated"), result.stdout)
    }

    /// Loss 3: `kb init --sample` after an edit to a sample entry undid the edit.
    func testInitSampleKeepsAnEditedSampleEntry() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        try workspace.kb.succeed(["edit", "1", "--title", "Onze eigen titel", "--body", "Bijgewerkt door ons."])
        let again = try workspace.kb.succeed(["init", "--sample"])
        XCTAssertEqual(try title(of: "1", workspace), "Onze eigen titel", "init --sample undid the edit")
        XCTAssertTrue(
            again.stdout.hasPrefix("Sample network: 0 entries added, 0 updated, 42 already there."), again.stdout)
    }

    // MARK: Helpers

    func write(_ text: String, to name: String, in workspace: CLIWorkspace) throws -> String {
        let path = workspace.folder + "/" + name
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func bodies(_ workspace: CLIWorkspace) throws -> [String] {
        let entries = try XCTUnwrap(
            try workspace.kb.succeed(["list", "examples", "--format", "json"]).json() as? [[String: Any]])
        return entries.compactMap { $0["body"] as? String }
    }

    func title(of reference: String, _ workspace: CLIWorkspace) throws -> String? {
        let entry = try XCTUnwrap(
            try workspace.kb.succeed(["show", reference, "--format", "json"]).json() as? [String: Any])
        return entry["title"] as? String
    }
}
