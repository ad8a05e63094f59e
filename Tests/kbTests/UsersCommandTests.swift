import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb users` / `kb gebruikers`: accounts for the web site, with passwords only on standard input.
final class UsersCommandTests: XCTestCase {
    /// A workspace whose kb hashes passwords at the lowest bcrypt cost, so that the tests run fast.
    func workspace() throws -> (CLIWorkspace, KBProcess) {
        let workspace = try CLIWorkspace(self)
        var kb = workspace.kb
        kb.environment["KENNISBANK_PASSWORD_COST"] = "4"
        return (workspace, kb)
    }

    func testUsersAreAddedListedAndRemovedWithDutchNamesToo() throws {
        let (_, kb) = try workspace()
        let added = try kb.succeed(
            ["users", "add", "Anna", "--role", "editor", "--municipality", "Deventer", "--password-stdin"],
            input: "lang genoeg wachtwoord\n")
        XCTAssertEqual(added.stderr, "Account Anna (editor, Deventer) added.\n")
        try kb.succeed(
            ["gebruikers", "nieuw", "Bert", "--role", "coördinator", "--password-stdin"],
            input: "nog een wachtwoord\r\n")
        try kb.succeed(["users", "add", "Carla", "--role", "lezer", "--password-stdin"], input: "wachtwoord van carla")

        let json = try XCTUnwrap(try kb.succeed(["users", "list", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(json.map { $0["name"] as? String }, ["Anna", "Bert", "Carla"])
        XCTAssertEqual(json.map { $0["role"] as? String }, ["editor", "coordinator", "reader"])
        XCTAssertEqual(json.first?["municipality"] as? String, "Deventer")
        XCTAssertEqual(Set(json.first?.keys ?? [:].keys), ["id", "name", "role", "municipality", "created_at"])

        let table = try kb.succeed(["gebruikers", "lijst"]).stdout
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, table)
        XCTAssertTrue(lines[0].hasPrefix("NAME") && lines[0].contains("ROLE"), table)
        XCTAssertTrue(lines[1].hasPrefix("Anna") && lines[1].contains("editor") && lines[1].contains("Deventer"), table)
        XCTAssertFalse(table.contains("wachtwoord"))
        let dutch = try kb.run(["gebruikers", "lijst"], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        XCTAssertTrue(dutch.hasPrefix("NAAM") && dutch.contains("redacteur") && dutch.contains("coördinator"), dutch)

        XCTAssertCleanFailure(
            try kb.run(
                ["users", "add", "anna", "--role", "reader", "--password-stdin"], input: "lang genoeg wachtwoord"),
            "An account “Anna” exists already")
        let removed = try kb.succeed(["gebruikers", "verwijder", "anna", "--yes"])
        XCTAssertEqual(removed.stderr, "Account Anna removed; its API tokens no longer work.\n")
        XCTAssertCleanFailure(try kb.run(["users", "remove", "Anna", "--yes"]), "No account “Anna”")
        XCTAssertEqual(
            (try kb.succeed(["users", "list", "--format", "json"]).json() as? [[String: Any]])?.count, 2)
    }

    func testAPasswordIsNeverAnArgumentAndMustBeLongEnough() throws {
        let (workspace, kb) = try workspace()
        XCTAssertCleanFailure(
            try kb.run(["users", "add", "Anna", "--role", "reader"]),
            Catalog(.english).text("error.commandLine.passwordNeedsStandardInput"))
        XCTAssertCleanFailure(
            try kb.run(["users", "add", "Anna", "--role", "reader", "--password-stdin"], input: "\n"),
            "The password is too short: use at least 10 characters")
        XCTAssertCleanFailure(
            try kb.run(["users", "add", "Anna", "--role", "reader", "--password-stdin"], input: "kort\n"),
            "The password is too short")
        let badRole = try kb.run(
            ["users", "add", "Anna", "--role", "baas", "--password-stdin"], input: "lang genoeg ww")
        XCTAssertNotEqual(badRole.status, 0)
        XCTAssertTrue(badRole.stderr.contains("baas"), badRole.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "a refused add writes nothing")

        let dutch = try kb.run(
            ["gebruikers", "nieuw", "Anna", "--role", "lezer", "--password-stdin"], input: "kort\n",
            extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertTrue(dutch.stderr.contains("Het wachtwoord is te kort: gebruik minstens 10 tekens"), dutch.stderr)

        try kb.succeed(
            ["users", "add", "Anna", "--role", "reader", "--password-stdin"], input: "lang genoeg wachtwoord")
        XCTAssertCleanFailure(
            try kb.run(["users", "password", "Anna", "--password-stdin"], input: "kort"), "The password is too short")
        let changed = try kb.succeed(
            ["gebruikers", "wachtwoord", "anna", "--password-stdin"], input: "een ander wachtwoord")
        XCTAssertEqual(changed.stderr, "Password of anna changed.\n")
    }

    func testATokenIsPrintedOnceAndOnlyItsHashIsKept() throws {
        let (workspace, kb) = try workspace()
        try kb.succeed(
            ["users", "add", "Anna", "--role", "editor", "--password-stdin"], input: "lang genoeg wachtwoord")
        let result = try kb.succeed(["users", "token", "Anna"])
        let token = result.stdout.trimmingCharacters(in: .newlines)
        XCTAssertTrue(token.hasPrefix("kb_") && token.count == 67, result.stdout)
        XCTAssertTrue(result.stderr.contains("shown this once"), result.stderr)
        XCTAssertNotEqual(try kb.succeed(["gebruikers", "token", "anna"]).stdout, result.stdout)
        for path in [workspace.database, workspace.database + "-wal"] {
            let file = FileManager.default.contents(atPath: path) ?? Data()
            XCTAssertNil(file.range(of: Data(token.utf8)), "the token itself is not stored in \(path)")
        }
        XCTAssertCleanFailure(try kb.run(["users", "token", "Nobody"]), "No account “Nobody”")
    }
}
