import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb people` / `kb personen`, an entry's `--contact`, and `kb people forget` (issue 16).
final class PeopleCommandTests: XCTestCase {
    private let english = Catalog(.english)

    func testPeopleAreAddedListedShownEditedAndNamedAsContacts() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        let added = try kb.succeed([
            "personen", "nieuw", "Anna de Vries", "--municipality", "Zwolle", "--role", "Beleidsadviseur", "--email",
            "anna@zwolle.nl", "--phone", "038 498 2000",
        ])
        XCTAssertEqual(added.stderr, english.text("people.add.done", ["person": "Anna de Vries (Zwolle)"]) + "\n")
        let annaID = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try kb.succeed(["people", "add", "Piet Jansen", "--municipality", "Deventer"])
        XCTAssertCleanFailure(
            try kb.run(["people", "add", "Kees", "--municipality", "Zwolle", "--email", "kees@"]),
            "“kees@” is not an e-mail address")
        XCTAssertCleanFailure(
            try kb.run(["people", "add", "Kees", "--municipality", "Zwolle", "--phone", "bel maar"]),
            "“bel maar” is not a phone number")

        let list = try XCTUnwrap(try kb.succeed(["people", "list", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(list.map { $0["name"] as? String }, ["Anna de Vries", "Piet Jansen"])
        XCTAssertEqual(Set(list[0].keys), ["id", "name", "municipality", "role", "email", "phone"])
        XCTAssertTrue(list[1]["email"] is NSNull)
        let zwolle = try XCTUnwrap(
            try kb.succeed(["personen", "lijst", "--municipality", "Zwolle", "--format", "json"]).json()
                as? [[String: Any]])
        XCTAssertEqual(zwolle.map { $0["id"] as? String }, [annaID])

        let entry = try kb.succeed([
            "add", "tip", "--title", "Bel over wonen", "--body", "Zij weten het.", "--contact", "anna de vries",
            "--contact", "Piet Jansen (Deventer)",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try XCTUnwrap(try kb.succeed(["show", entry, "--format", "json"]).json() as? [String: Any])
        let contacts = try XCTUnwrap(shown["contacts"] as? [[String: Any]])
        XCTAssertEqual(contacts.map { $0["name"] as? String }, ["Anna de Vries", "Piet Jansen"])
        XCTAssertEqual(Set(contacts[0].keys), ["id", "name", "municipality", "role"], "no e-mail or phone")
        XCTAssertEqual(contacts[0]["role"] as? String, "Beleidsadviseur")
        let table = try kb.succeed(["show", entry]).stdout
        XCTAssertTrue(table.contains("Anna de Vries (Zwolle), Beleidsadviseur"), table)
        XCTAssertFalse(table.contains("anna@zwolle.nl"), table)

        try kb.succeed(["edit", entry, "--remove-contact", "Anna de Vries"])
        XCTAssertCleanFailure(
            try kb.run(["edit", entry, "--remove-contact", "Anna de Vries"]), "is not a contact person of this entry")
        XCTAssertCleanFailure(try kb.run(["edit", entry, "--contact", "Nobody"]), "No person “Nobody”")
        try kb.succeed(["wijzig", entry, "--contact", "Anna de Vries"])
        let again = try XCTUnwrap(try kb.succeed(["show", entry, "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(
            (again["contacts"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Piet Jansen", "Anna de Vries"])

        try kb.succeed(["people", "edit", "Anna de Vries", "--role", "", "--phone", "06 1234 5678"])
        let person = try XCTUnwrap(
            try kb.succeed(["people", "show", "Anna de Vries", "--format", "json"]).json() as? [String: Any])
        XCTAssertTrue(person["role"] is NSNull)
        XCTAssertEqual(person["phone"] as? String, "06 1234 5678")
        XCTAssertEqual((person["contact_of"] as? [[String: Any]])?.map { $0["title"] as? String }, ["Bel over wonen"])
        let earlier = try XCTUnwrap(
            try kb.succeed(["personen", "geschiedenis", "Anna de Vries", "--format", "json"]).json() as? [[String: Any]]
        )
        XCTAssertEqual(earlier.map { $0["phone"] as? String }, ["038 498 2000"])
        XCTAssertEqual(earlier.first?["role"] as? String, "Beleidsadviseur")
        XCTAssertCleanFailure(
            try kb.run(["people", "edit", "Anna de Vries"]), english.text("people.edit.nothing"))
    }

    func testRemovingAPersonAsksOnATerminalAndCanBeUndone() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["people", "add", "Anna de Vries", "--municipality", "Zwolle"])
        let entry = try kb.succeed(["add", "tip", "--title", "Bel Anna", "--contact", "Anna de Vries"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try kb.succeed(["personen", "verwijder", "Anna de Vries", "--yes"])
        XCTAssertEqual(
            (try kb.succeed(["show", entry, "--format", "json"]).json() as? [String: Any])?["contacts"] as? [String], []
        )
        let removed = try XCTUnwrap(
            try kb.succeed(["people", "removed", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual((removed.first?["person"] as? [String: Any])?["name"] as? String, "Anna de Vries")
        try kb.succeed(["personen", "terug", "Anna de Vries"])
        let back = try XCTUnwrap(try kb.succeed(["show", entry, "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual((back["contacts"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Anna de Vries"])
    }

    func testForgetErasesThePersonFromTheFileAndSaysWhatItChanged() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed([
            "people", "add", "Zoë Quartelmaat", "--municipality", "Zwolle", "--email", "zq@voorbeeld.nl", "--phone",
            "06 9876 5432",
        ])
        let entry = try kb.succeed(["add", "tip", "--title", "Bewoners aan tafel", "--contact", "Zoë Quartelmaat"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try kb.succeed(["edit", entry, "--body", "Begin klein."])
        let mentioning = try kb.succeed(["add", "tip", "--title", "Vraag het Zoë Quartelmaat"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let forgot = try kb.succeed(["personen", "vergeet", "Zoë Quartelmaat", "--yes"])
        XCTAssertTrue(forgot.stderr.contains(english.text("people.forget.cleared")), forgot.stderr)
        XCTAssertTrue(forgot.stderr.contains("#\(mentioning) Vraag het Zoë Quartelmaat"), forgot.stderr)
        XCTAssertTrue(forgot.stderr.contains(english.text("people.forget.backups")), forgot.stderr)
        XCTAssertCleanFailure(try kb.run(["people", "show", "Zoë Quartelmaat"]), "No person")
        try kb.succeed(["edit", mentioning, "--title", "Vraag het de projectleider"])
        try kb.succeed(["trash", "empty", "--yes"])
        let history = try XCTUnwrap(try kb.succeed(["history", entry, "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(history.count, 2)
        // Only the prose of entry 3's first version still named her; that version stays in its
        // history. Everything else is gone from the file.
        let data = try XCTUnwrap(FileManager.default.contents(atPath: workspace.database))
        for needle in ["zq@voorbeeld.nl", "06 9876 5432"] {
            XCTAssertNil(data.range(of: Data(needle.utf8)), needle)
        }
    }

    func testForgetAsksOnATerminalAndANoErasesNothing() throws {
        // script(1) gives kb a pseudo-terminal, as in RecordCommandsTests.
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["people", "add", "Anna de Vries", "--municipality", "Zwolle"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(KBProcess.executable.path) people forget 'Anna de Vries'", "/dev/null"]
        process.environment = workspace.kb.environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        input.fileHandleForWriting.write(Data("n\n".utf8))
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let said = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(
            said.contains(
                english.text("people.forget.ask", ["person": "Anna de Vries (Zwolle)"]).trimmingCharacters(
                    in: .whitespaces)), said)
        XCTAssertTrue(said.contains(english.text("people.forget.nothing")), said)
        try workspace.kb.succeed(["people", "show", "Anna de Vries"])
    }

    func testExportCarriesContactsAndImportResolvesOrRefusesThem() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["people", "add", "Anna de Vries", "--municipality", "Zwolle", "--email", "anna@zwolle.nl"])
        try kb.succeed(["add", "tip", "--title", "Bel over wonen", "--contact", "Anna de Vries"])
        let jsonl = try kb.succeed(["export", "--format", "jsonl"]).stdout
        XCTAssertTrue(jsonl.contains(#""name":"Anna de Vries""#), jsonl)
        XCTAssertFalse(jsonl.contains("anna@zwolle.nl"), jsonl)
        let without = try kb.succeed(["export", "--format", "csv", "--without-personal-data"]).stdout
        XCTAssertTrue(without.contains("Bel over wonen"), without)
        XCTAssertFalse(without.contains("Anna"), without)

        let other = try CLIWorkspace(self)
        try other.kb.succeed(["init"])
        XCTAssertCleanFailure(
            try other.kb.run(["import", "-", "--format", "jsonl"], input: jsonl), "No person “Anna de Vries (Zwolle)”")
        try other.kb.succeed(["people", "add", "Anna de Vries", "--municipality", "Zwolle"])
        try other.kb.succeed(["import", "-", "--format", "jsonl"], input: jsonl)
        let imported = try XCTUnwrap(
            try other.kb.succeed(["list", "entries", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(
            (imported.first?["contacts"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Anna de Vries"])
    }
}
