import Foundation
import KennisbankFrontEnd
import XCTest

/// The loose ends of the network on the command line (issue 16): `kb add --meeting`, the
/// attachments in `kb show`.
final class NetworkLooseEndsCommandTests: XCTestCase {
    func testAnEntryAddedFromAMeetingAndShownWithItsAttachments() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["bijeenkomsten", "toevoegen", "--date", "2025-06-03", "--title", "Werkbezoek"])
        let id = try kb.succeed(["nieuw", "tip", "--title", "Begroting in het dorpshuis", "--meeting", "3 juni 2025"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Dates for people read as entry dates do; JSON keeps ISO.
        let list = try kb.succeed(["meetings"]).stdout
        XCTAssertTrue(list.contains("03-06-2025") && !list.contains("2025-06-03"), list)
        try kb.succeed([
            "conditions", "assess", "--municipality", "Zwolle", "--condition", "1", "--state", "partly", "--date",
            "2025-02-01",
        ])
        let history = try kb.succeed(["conditions", "history", "--municipality", "Zwolle"]).stdout
        XCTAssertTrue(history.contains("01-02-2025") && !history.contains("2025-02-01"), history)
        let meeting = try XCTUnwrap(
            try kb.succeed(["meetings", "show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual((meeting["entries"] as? [[String: Any]])?.map { "\($0["id"] ?? "")" }, [id])

        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["add", "tip", "--title", "Nog een tip", "--meeting", "2025-06-04"]),
            "There is no meeting “2025-06-04”")
        XCTAssertEqual(workspace.snapshot(), before)

        XCTAssertTrue(
            FileManager.default.createFile(atPath: workspace.folder + "/begroting.xlsx", contents: Data(count: 5000)))
        try kb.succeed(["attach", id, workspace.folder + "/begroting.xlsx"])
        let dutch = try kb.run(["toon", id], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        let line = dutch.split(separator: "\n").first { $0.hasPrefix("bijlage:") }
        XCTAssertEqual(
            line.map { $0.dropFirst("bijlage:".count).trimmingCharacters(in: .whitespaces) },
            "begroting.xlsx (4,9 kB, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)", dutch)
        let json = try XCTUnwrap(try kb.succeed(["show", id, "--format", "json"]).json() as? [String: Any])
        let attachments = try XCTUnwrap(json["attachments"] as? [[String: Any]])
        XCTAssertEqual(attachments.map { $0["name"] as? String }, ["begroting.xlsx"])
        XCTAssertEqual(attachments.first?["size"] as? Int, 5000)
        XCTAssertEqual(Set(attachments.first?.keys.map { $0 } ?? []), ["name", "type", "size", "sha256"])
    }

    func testTheChangeCommandsOfPeopleAndMeetingsSayInJSONWhatTheyDid() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["people", "add", "Anna de Vries", "--municipality", "Zwolle", "--email", "anna@zwolle.nl"])
        let id = try kb.succeed(["add", "tip", "--title", "Bel Anna de Vries", "--contact", "Anna de Vries"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try kb.succeed(["meetings", "add", "--date", "2025-06-03", "--title", "Werkbezoek"])
        func json(_ arguments: [String]) throws -> [String: Any] {
            try XCTUnwrap(try kb.succeed(arguments + ["--format", "json"]).json() as? [String: Any], "\(arguments)")
        }
        let attended = try json(["meetings", "attend", "1", "Anna de Vries"])
        XCTAssertEqual(attended["meeting"] as? Int, 1)
        XCTAssertEqual((attended["attended"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Anna de Vries"])
        let unattended = try json(["meetings", "unattend", "1", "Anna de Vries"])
        XCTAssertEqual((unattended["unattended"] as? [String: Any])?["municipality"] as? String, "Zwolle")
        let linked = try json(["meetings", "link", "1", id])
        XCTAssertEqual((linked["linked"] as? [[String: Any]])?.map { "\($0["id"] ?? "")" }, [id])
        XCTAssertEqual(try json(["meetings", "unlink", "1", id])["unlinked"] as? Int, Int(id))
        let removedMeeting = try json(["meetings", "rm", "1"])
        XCTAssertEqual(removedMeeting["title"] as? String, "Werkbezoek")
        XCTAssertEqual(removedMeeting["date"] as? String, "2025-06-03")

        let removed = try json(["people", "rm", "Anna de Vries", "--yes"])
        XCTAssertEqual((removed["person"] as? [String: Any])?["name"] as? String, "Anna de Vries")
        XCTAssertEqual((removed["contact_of"] as? [String])?.count, 1)
        let restored = try json(["people", "restore", "Anna de Vries"])
        XCTAssertEqual(restored["email"] as? String, "anna@zwolle.nl")
        let forgotten = try json(["people", "forget", "Anna de Vries", "--yes"])
        XCTAssertEqual(
            Set(forgotten.keys),
            [
                "person", "was_removed", "contact_of", "versions_rewritten", "trash_rewritten",
                "person_versions_erased", "mentions", "earlier_mentions", "backups", "free_space",
            ])
        XCTAssertEqual(
            Set((forgotten["person"] as? [String: Any])?.keys.map { $0 } ?? []), ["id", "name", "municipality"])
        XCTAssertEqual(forgotten["contact_of"] as? Int, 1)
        XCTAssertEqual(forgotten["free_space"] as? String, "cleared")
        XCTAssertEqual((forgotten["mentions"] as? [[String: Any]])?.map { "\($0["id"] ?? "")" }, [id])
    }

    func testEmptyingATrashWithoutEntriesStillDeletesDetachedFiles() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let id = try kb.succeed(["add", "tip", "--title", "Foto's van de opening"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(FileManager.default.createFile(atPath: workspace.folder + "/foto.jpg", contents: Data(count: 10)))
        try kb.succeed(["attach", id, workspace.folder + "/foto.jpg"])
        try kb.succeed(["detach", id, "foto.jpg"])
        let emptied = try kb.succeed(["trash", "empty", "--yes"])
        XCTAssertEqual(emptied.stdout, "Deleted 1 detached or loose attachment for good.\n")
        let detached = try XCTUnwrap(
            try kb.succeed(["attachments", id, "--detached", "--format", "json"]).json() as? [Any])
        XCTAssertEqual(detached.count, 0)
        XCTAssertEqual(try kb.succeed(["trash", "empty", "--yes"]).stderr, "Nothing in the trash to delete.\n")
    }
}
