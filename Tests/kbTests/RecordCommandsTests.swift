import Foundation
import XCTest

/// `kb add`, `list`, `show`, `edit` and `rm`, run end to end through the built binary.
final class RecordCommandsTests: XCTestCase {
    func testAddsEachKindAndListsThem() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        XCTAssertEqual(
            try kb.succeed(["init"]).stdout,
            "Knowledge base \(workspace.database): 342 municipalities (Bron: CBS), 0 entries.\n")
        let obstacle = try kb.succeed([
            "add", "obstacle", "--municipality", "deventer", "--title", "Wantrouwen tussen bewoners en gemeente",
            "--topic", "Vertrouwen", "--topic", "co-creatie", "--body", "Bewoners voelen zich niet gehoord.",
        ])
        XCTAssertEqual(obstacle.stdout, "1\n")
        XCTAssertEqual(
            try kb.succeed([
                "add", "example", "--municipality", "Zwolle", "--title", "Buurthuis door bewoners beheerd",
                "--topic", "Maatschappelijk vastgoed", "--addresses", "1", "--date", "2015-05-21",
                "--source", "Bijeenkomst 21 mei 2015",
            ]).stdout, "2\n")
        XCTAssertEqual(
            try kb.succeed(
                [
                    "add", "tip", "--title", "Leg het proces open op tafel", "--topic", "Co creatie",
                    "--body-file", "-",
                ], input: "Transparantie *helpt*.\n"
            ).stdout, "3\n")
        XCTAssertEqual(
            try kb.succeed(["add", "municipality", "Voorbeeldstad", "--province", "Utrecht"]).stdout, "Voorbeeldstad\n")

        let table = try kb.succeed(["list", "entries"]).stdout
        XCTAssertTrue(table.hasPrefix("ID  KIND"), table)
        XCTAssertEqual(table.split(separator: "\n").count, 4)
        XCTAssertFalse(table.contains("…"), "into a pipe nothing is shortened:\n\(table)")

        let obstacles = try XCTUnwrap(
            try kb.succeed(["list", "obstacles", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(obstacles.count, 1)
        let first = obstacles[0]
        XCTAssertEqual(first["id"] as? Int, 1)
        XCTAssertEqual(first["kind"] as? String, "obstacle")
        XCTAssertEqual(first["title"] as? String, "Wantrouwen tussen bewoners en gemeente")
        XCTAssertEqual(first["body"] as? String, "Bewoners voelen zich niet gehoord.")
        XCTAssertEqual(first["municipality"] as? String, "Deventer")
        XCTAssertEqual(first["municipality_code"] as? String, "GM0150")
        XCTAssertEqual(first["province"] as? String, "Overijssel")
        XCTAssertEqual(first["topics"] as? [String], ["co-creatie", "Vertrouwen"])
        XCTAssertEqual(first["status"] as? String, "open")
        XCTAssertEqual((first["uuid"] as? String).flatMap(UUID.init(uuidString:)) != nil, true)
        XCTAssertTrue(first["source"] is NSNull)

        let tips = try XCTUnwrap(try kb.succeed(["list", "tips", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(tips.count, 1)
        XCTAssertTrue(tips[0]["municipality"] is NSNull)
        XCTAssertEqual(tips[0]["body"] as? String, "Transparantie *helpt*.")
        XCTAssertEqual(tips[0]["topics"] as? [String], ["co-creatie"], "Co creatie is the topic co-creatie")

        let topics = try XCTUnwrap(try kb.succeed(["list", "topics", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(topics.map { $0["label"] as? String }, ["co-creatie", "Maatschappelijk vastgoed", "Vertrouwen"])
        XCTAssertEqual(topics.map { $0["entryCount"] as? Int }, [2, 1, 1])

        let municipalities = try XCTUnwrap(
            try kb.succeed(["list", "municipalities", "--province", "Utrecht", "--format", "json"]).json()
                as? [[String: Any]])
        XCTAssertEqual(municipalities.count, 27)
        XCTAssertTrue(municipalities.contains { $0["name"] as? String == "Voorbeeldstad" })
    }

    func testListFilters() throws {
        let kb = try seeded()
        func titles(_ arguments: [String]) throws -> [String] {
            let list = try XCTUnwrap(try kb.succeed(arguments + ["--format", "json"]).json() as? [[String: Any]])
            return list.compactMap { $0["title"] as? String }
        }
        XCTAssertEqual(
            try titles(["list", "entries", "--municipality", "Deventer"]), ["Leegstand school", "Wantrouwen"])
        XCTAssertEqual(
            try titles(["list", "entries", "--municipality", "Deventer", "--municipality", "GM0193"]),
            ["Leegstand school", "Wantrouwen", "Vrijwilligers haken af"])
        XCTAssertEqual(try titles(["list", "obstacles", "--topic", "vertrouwen"]), ["Wantrouwen"])
        XCTAssertEqual(try titles(["list", "obstacles", "--status", "resolved"]), ["Vrijwilligers haken af"])
        XCTAssertEqual(
            try titles(["list", "entries", "--province", "Overijssel", "--topic", "Vastgoed"]), ["Leegstand school"])
        XCTAssertEqual(try titles(["list", "tips", "--topic", "Vastgoed"]), ["Tijdelijk gebruik"])
        XCTAssertEqual(try titles(["list", "entries", "--limit", "1"]).count, 1)
        XCTAssertEqual(try titles(["list", "examples"]), ["Leegstand school"])
        XCTAssertEqual(try titles(["list", "examples", "--municipality", "Zwolle"]), [])
    }

    func testShowsOneEntryWithWhoAddressesIt() throws {
        let kb = try seeded()
        let shown = try kb.succeed(["show", "1"]).stdout
        XCTAssertTrue(shown.hasPrefix("#1  Wantrouwen\n"), shown)
        XCTAssertTrue(shown.contains("municipality: Deventer (GM0150, Overijssel)"), shown)
        XCTAssertTrue(shown.contains("addressed by: #4 Tijdelijk gebruik"), shown)
        let json = try XCTUnwrap(try kb.succeed(["show", "4", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(json["title"] as? String, "Tijdelijk gebruik")
        let obstacleUUID = try XCTUnwrap(
            (try kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])?["uuid"] as? String)
        XCTAssertEqual(json["addresses"] as? [String], [obstacleUUID])
        let byPrefix = try XCTUnwrap(
            try kb.succeed(["show", String(obstacleUUID.prefix(8)), "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(byPrefix["id"] as? Int, 1)
    }

    func testEditsFieldsAndTopics() throws {
        let kb = try seeded()
        XCTAssertEqual(
            try kb.succeed([
                "edit", "1", "--title", "Wantrouwen van bewoners", "--status", "addressed",
                "--add-topic", "Participatie", "--remove-topic", "Vertrouwen", "--date", "2016-01-01",
            ]).stdout, "1\n")
        let edited = try XCTUnwrap(try kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(edited["title"] as? String, "Wantrouwen van bewoners")
        XCTAssertEqual(edited["status"] as? String, "addressed")
        XCTAssertEqual(edited["topics"] as? [String], ["Participatie"])
        XCTAssertEqual(edited["date"] as? String, "2016-01-01")
        XCTAssertNotEqual(edited["updated_at"] as? String, edited["created_at"] as? String)

        try kb.succeed(
            [
                "edit", "4", "--municipality", "Zwolle", "--topic", "Tijdelijk", "--topic", "Leegstand", "--body-file",
                "-",
            ], input: "Nieuwe tekst")
        let tip = try XCTUnwrap(try kb.succeed(["show", "4", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(tip["municipality"] as? String, "Zwolle")
        XCTAssertEqual(tip["topics"] as? [String], ["Leegstand", "Tijdelijk"])
        XCTAssertEqual(tip["body"] as? String, "Nieuwe tekst")
        try kb.succeed(["edit", "4", "--no-municipality", "--source", "", "--remove-addresses", "1"])
        let networkTip = try XCTUnwrap(try kb.succeed(["show", "4", "--format", "json"]).json() as? [String: Any])
        XCTAssertTrue(networkTip["municipality"] is NSNull)
        XCTAssertEqual(networkTip["addresses"] as? [String], [])
    }

    func testRemovesWithoutAskingWhenNotOnATerminal() throws {
        let kb = try seeded()
        let removed = try kb.succeed(["rm", "2"])
        XCTAssertTrue(removed.stderr.contains("Removed #2 “Leegstand school”"), removed.stderr)
        XCTAssertCleanFailure(try kb.run(["show", "2"]), "Entry #2 is in the trash")
        try kb.succeed(["rm", "--yes", "1"])
        let tip = try XCTUnwrap(try kb.succeed(["show", "4", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(tip["addresses"] as? [String], [], "removing an obstacle removes the links to it")
    }

    func testRemoveAsksOnATerminal() throws {
        // script(1) (bsdutils, essential on Debian) gives kb a pseudo-terminal.
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["add", "tip", "--title", "Neem de tijd"])
        func runOnTerminal(answer: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let command = "\(KBProcess.executable.path) rm 1"
            process.arguments = ["-qec", command, "/dev/null"]
            process.environment = workspace.kb.environment
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            Thread.sleep(forTimeInterval: 0.5)
            input.fileHandleForWriting.write(Data("\(answer)\n".utf8))
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let declined = try runOnTerminal(answer: "n")
        XCTAssertTrue(declined.contains("Move #1 “Neem de tijd” (tip) to the trash? [y/N]"), declined)
        XCTAssertTrue(declined.contains("Nothing removed."), declined)
        try workspace.kb.succeed(["show", "1"])
        let accepted = try runOnTerminal(answer: "j")
        XCTAssertTrue(accepted.contains("Removed #1"), accepted)
        XCTAssertNotEqual(try workspace.kb.run(["show", "1"]).status, 0)
    }

    /// A knowledge base with two Deventer entries, one resolved Zwolle obstacle and a linked tip.
    private func seeded() throws -> KBProcess {
        let kb = try CLIWorkspace(self).kb
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen", "--topic", "Vertrouwen",
        ])
        try kb.succeed([
            "add", "example", "--municipality", "Deventer", "--title", "Leegstand school", "--topic", "Vastgoed",
            "--date", "2015-05-21",
        ])
        try kb.succeed([
            "add", "obstacle", "--municipality", "Zwolle", "--title", "Vrijwilligers haken af", "--status", "resolved",
        ])
        try kb.succeed([
            "add", "tip", "--title", "Tijdelijk gebruik", "--topic", "Vastgoed", "--addresses", "1", "--source",
            "Gesprek",
        ])
        return kb
    }
}
