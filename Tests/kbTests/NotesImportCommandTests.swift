import Foundation
import XCTest

/// `kb import FOLDER --kind … --municipality … --topic …` on notes as people keep them (issue 12).
final class NotesImportCommandTests: XCTestCase {
    func testAVaultWithoutFrontMatterImportsWithTheFlagsAndLinksItsNotes() throws {
        let workspace = try CLIWorkspace(self)
        let vault = workspace.folder + "/vault"
        try FileManager.default.createDirectory(atPath: vault + "/Deventer", withIntermediateDirectories: true)
        try "---\nkind: obstacle\ntags: [vertrouwen]\naliases: [Argwaan]\nstatus: open\n---\nBewoners twijfelen.\n"
            .write(toFile: vault + "/Deventer/Wantrouwen.md", atomically: true, encoding: .utf8)
        try "# Leg de begroting open\n\nHelpt tegen [[Wantrouwen|het wantrouwen]].\n"
            .write(toFile: vault + "/Open begroting.md", atomically: true, encoding: .utf8)
        let result = try workspace.kb.succeed([
            "import", vault, "--kind", "tip", "--municipality", "Deventer", "--topic", "Obsidian",
        ])
        XCTAssertEqual(
            result.stdout,
            """
            Imported 2 entries: 2 added, 0 updated, 0 unchanged.
            1 note has aliases in its front matter: an entry has no field for them, so they were left out.
            1 [[wikilink]] became a link from a tip or example to the obstacle it addresses.

            """)
        let obstacle = try workspace.kb.succeed(["show", "1"]).stdout
        XCTAssertTrue(obstacle.contains("addressed by: #2 Leg de begroting open (Deventer)"), obstacle)
        XCTAssertTrue(obstacle.contains("topics:       Obsidian, vertrouwen"), obstacle)
    }

    func testWithoutAKindNotesWithoutFrontMatterAreListedAndAnUnknownKindIsRefused() throws {
        let workspace = try CLIWorkspace(self)
        let vault = workspace.folder + "/vault"
        try FileManager.default.createDirectory(atPath: vault, withIntermediateDirectories: true)
        for name in ["Een", "Twee"] {
            try "Alleen tekst.\n".write(toFile: "\(vault)/\(name).md", atomically: true, encoding: .utf8)
        }
        let result = try workspace.kb.run(["import", vault])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, result.stderr)
        XCTAssertTrue(lines[1].contains("Een.md: the file has no front matter"), result.stderr)
        XCTAssertTrue(lines[2].contains("--kind"), result.stderr)
        XCTAssertCleanFailure(try workspace.kb.run(["import", vault, "--kind", "recept"]), "Unknown kind “recept”")
    }
}
