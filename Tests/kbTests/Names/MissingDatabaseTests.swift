import Foundation
import XCTest

/// A command that only reads, pointed (`--db`, `KENNISBANK_DB`) at a file that does not exist,
/// says there is no knowledge base there instead of answering from an empty one; the default
/// location still reads as empty on a fresh machine.
final class MissingDatabaseTests: XCTestCase {
    func testReadingCommandsRefuseAMistypedDatabasePath() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Bestaat"])
        let typo = workspace.folder + "/kb.sqlit"
        let reading: [[String]] = [
            ["search", "bestaat"], ["tips"], ["list", "tips"], ["list", "municipalities"], ["show", "1"],
            ["compare"], ["export", "--format", "jsonl"], ["check"], ["topics"], ["backup", workspace.folder + "/b"],
        ]
        for arguments in reading {
            XCTAssertCleanFailure(try kb.run(arguments + ["--db", typo]), "No knowledge base at \(typo)")
            XCTAssertCleanFailure(
                try kb.run(arguments, extraEnvironment: ["KENNISBANK_DB": typo]), "No knowledge base at \(typo)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: typo), "nothing was created")
        // A dry run of a change reads what the change would do, also on a new file.
        try "{\"kind\": \"tip\", \"title\": \"Nieuw\"}\n".write(
            toFile: workspace.folder + "/n.jsonl", atomically: true, encoding: .utf8)
        try kb.succeed(["import", workspace.folder + "/n.jsonl", "--dry-run", "--db", typo])
        XCTAssertFalse(FileManager.default.fileExists(atPath: typo))
    }

    func testOnAFreshMachineReadingSaysThereIsNoKnowledgeBaseYetAndTheFirstAddMakesIt() throws {
        let workspace = try CLIWorkspace(self)
        let fresh = KBProcess(database: nil, home: workspace.folder)
        let path = workspace.folder + "/.local/share/kennisbank/kennisbank.sqlite"
        XCTAssertCleanFailure(try fresh.run(["list", "tips"]), "There is no knowledge base at \(path) yet")
        XCTAssertCleanFailure(try fresh.run(["search", "vertrouwen"]), "kb init --sample")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.folder + "/.local/share/kennisbank"))
        // The README's first commands: the demo needs nothing, the first add makes the file.
        try fresh.succeed(["demo"])
        try fresh.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen", "--topic", "Vertrouwen",
        ])
        XCTAssertTrue(try fresh.succeed(["list", "obstacles", "--topic", "vertrouwen"]).stdout.contains("Wantrouwen"))
    }
}
