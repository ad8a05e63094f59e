import Foundation
import XCTest

/// Every kind of bad input: one clear line on stderr, a non-zero status, nothing written.
final class BadInputTests: XCTestCase {
    func testBadEntryInputChangesNothing() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen", "--topic", "Vertrouwen",
        ])
        try kb.succeed(["add", "tip", "--title", "Een tip"])
        let before = workspace.snapshot()
        let cases: [([String], String)] = [
            (["add", "example", "--municipality", "Atlantis", "--title", "x"], "Unknown municipality “Atlantis”"),
            (["add", "example", "--municipality", "Zwole", "--title", "x"], "did you mean “Zwolle”?"),
            (
                ["add", "example", "--municipality", "Bergen", "--title", "x"],
                "“Bergen” can mean “Bergen (L.)” or “Bergen (NH.)”"
            ),
            (["add", "example", "--municipality", "Zwolle", "--title", "   "], "The title is empty"),
            (
                ["add", "obstacle", "--municipality", "Zwolle", "--title", "x", "--topic=--"],
                "The topic “--” has no letters or digits"
            ),
            (["add", "tip", "--title", "x", "--topic", "!!!"], "The topic “!!!” has no letters or digits"),
            (["add", "tip", "--title", "x", "--date", "2015-02-30"], "is not a date"),
            (["add", "tip", "--title", "x", "--addresses", "2"], "is not an obstacle"),
            (["add", "tip", "--title", "x", "--addresses", "99"], "No entry “99”"),
            (["add", "tip", "--title", "a\u{7}b"], "control characters"),
            (["add", "tip", "--title", "x", "--uuid", "nope"], "is not a UUID"),
            (
                ["add", "tip", "--title", "x", "--body-file", workspace.folder + "/missing.md"],
                "Cannot read the body file"
            ),
            (["add", "municipality", "Den Haag"], "already known"),
            (["add", "municipality", "Nieuwstad", "--code", "12345"], "is not a CBS municipality code"),
            (["show", "99"], "No entry “99”"),
            (["show", "'; DROP TABLE entry; --"], "No entry"),
            (["edit", "99", "--title", "x"], "No entry “99”"),
            (["edit", "1", "--title", ""], "The title is empty"),
            (["edit", "1", "--remove-topic", "Financiën"], "has no topic “Financiën”"),
            (["edit", "2", "--status", "resolved"], "Only an obstacle has a status"),
            (["rm", "99", "--yes"], "No entry “99”"),
            (["list", "entries", "--municipality", "Atlantis"], "Unknown municipality"),
            (["list", "entries", "--topic", "Vertrouwn"], "did you mean “Vertrouwen”?"),
            (["list", "entries", "--province", "Holland"], "Unknown province"),
        ]
        for (arguments, message) in cases {
            let result = try kb.run(arguments)
            XCTAssertCleanFailure(result, message)
            XCTAssertEqual(workspace.snapshot(), before, "kb \(arguments.joined(separator: " ")) changed the database")
        }
    }

    func testAnInvalidUTF8BodyFileIsRefused() throws {
        let workspace = try CLIWorkspace(self)
        let path = workspace.folder + "/latin1.md"
        try Data([0x66, 0x69, 0x6E, 0x61, 0x6E, 0x63, 0x69, 0xEB, 0x6C, 0x65]).write(to: URL(fileURLWithPath: path))
        XCTAssertCleanFailure(
            try workspace.kb.run(["add", "tip", "--title", "x", "--body-file", path]), "is not UTF-8 text")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "nothing was created")
    }

    func testArgumentErrorsExitNonZeroAndCreateNothing() throws {
        let workspace = try CLIWorkspace(self)
        for arguments in [
            ["add", "example", "--title", "x"], ["add", "tip", "--title", "x", "--body", "a", "--body-file", "b"],
            ["add", "obstacle", "--municipality", "Zwolle", "--title", "x", "--status", "gone"],
            ["list", "everything"],
            ["edit", "1"],
        ] {
            let result = try workspace.kb.run(arguments)
            XCTAssertNotEqual(result.status, 0, arguments.joined(separator: " "))
            XCTAssertFalse(result.stderr.isEmpty)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "nothing was created")
    }

    func testBadDatabasePathsAreRefusedAndLeftUntouched() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        XCTAssertCleanFailure(try kb.run(["list", "tips", "--db", workspace.folder]), "is a folder")
        let text = workspace.folder + "/notes.txt"
        try "Geen database".write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertCleanFailure(try kb.run(["add", "tip", "--title", "x", "--db", text]), "is not a Kennisbank database")
        XCTAssertEqual(try String(contentsOfFile: text, encoding: .utf8), "Geen database")
        let missingFolder = workspace.folder + "/nope/kb.sqlite"
        XCTAssertCleanFailure(try kb.run(["add", "tip", "--title", "x", "--db", missingFolder]), "does not exist")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.folder + "/nope"))
        XCTAssertCleanFailure(try kb.run(["list", "tips", "--db", ""]), "--db is empty")
    }

    func testReadingCommandsDoNotCreateTheDatabase() throws {
        let workspace = try CLIWorkspace(self)
        // The database is named (KENNISBANK_DB) and missing: a typo, not an empty knowledge base.
        XCTAssertCleanFailure(try workspace.kb.run(["list", "tips", "--format", "json"]), "No knowledge base at")
        XCTAssertCleanFailure(try workspace.kb.run(["list", "municipalities"]), "No knowledge base at")
        XCTAssertNotEqual(try workspace.kb.run(["show", "1"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database))
    }
}
