import Foundation
import XCTest

/// `kb visits` (`kb bezoeken`) on the sample network: suggestions as text that fits 80 columns
/// and as JSON; a visit added, listed, shown, done and linked; bad input is one clear line.
final class VisitsCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    var kb: KBProcess { workspace.kb }

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        try kb.succeed(["init", "--sample"])
    }

    func testSuggestionsAsTextAndJSON() throws {
        let text = try kb.succeed(["visits", "suggest", "--municipality", "Voorbeeldstad"]).stdout
        XCTAssertTrue(text.hasPrefix("Worth visiting for Voorbeeldstad · 4 suggestions\nRanked by the number"), text)
        XCTAssertTrue(text.contains("\n1. Proefdorp (4 linked, 1 resolved, 8 same topic)\n"), text)
        XCTAssertTrue(text.contains("\n2. Oefendam (3 linked, 5 same topic)\n"), text)
        XCTAssertTrue(text.contains("\n3. Demohoven (2 linked, 1 resolved, 6 same topic)\n"), text)
        XCTAssertTrue(text.contains("Call: nobody known yet (kb people add NAME --municipality Proefdorp)"), text)
        XCTAssertTrue(text.contains("and 4 more obstacles"), text)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, String(line)) }

        let dutch = try kb.succeed(["bezoeken", "voorstellen", "--municipality", "voorbeeldstad", "--limit", "1"])
        XCTAssertTrue(dutch.stdout.contains("Worth visiting for Voorbeeldstad · 1 suggestion\n"), dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains("\n1. Proefdorp ("), dutch.stdout)
    }

    func testJSONOfTheSuggestions() throws {
        let json = try XCTUnwrap(
            try kb.succeed(["visits", "suggest", "--municipality", "Voorbeeldstad", "--format", "json", "--limit", "2"])
                .json() as? [String: Any])
        XCTAssertEqual(json["municipality"] as? String, "Voorbeeldstad")
        XCTAssertEqual(
            json["order"] as? [String], ["linked", "resolved_obstacle", "condition", "same_topic", "similar_text"])
        XCTAssertEqual(json["lacking"] as? [String], [])
        let suggestions = try XCTUnwrap(json["suggestions"] as? [[String: Any]])
        XCTAssertEqual(suggestions.map { $0["municipality"] as? String }, ["Proefdorp", "Oefendam"])
        XCTAssertEqual(suggestions.map { $0["rank"] as? Int }, [1, 2])
        XCTAssertEqual(
            suggestions[0]["counts"] as? [String: Int], ["linked": 4, "resolved_obstacle": 1, "same_topic": 8])
        let obstacles = try XCTUnwrap(suggestions[0]["obstacles"] as? [[String: Any]])
        XCTAssertEqual(obstacles.count, 7)
        XCTAssertEqual(obstacles[0].keys.sorted(), ["counts", "entries", "obstacle"])
        XCTAssertEqual(suggestions[0]["contacts"] as? [String], [])
        XCTAssertEqual(suggestions[0]["conditions"] as? [String], [])
    }

    func testAVisitAddedListedShownDoneAndLinkedInDutch() throws {
        let added = try kb.succeed([
            "bezoeken", "nieuw", "--from", "Testerveen", "--to", "Proefdorp", "--date", "3 december 2026", "--notes",
            "Keukentafelgesprekken zien", "--format", "json",
        ])
        let visit = try XCTUnwrap(added.json() as? [String: Any])
        XCTAssertEqual(visit["from"] as? String, "Testerveen")
        XCTAssertEqual(visit["to"] as? String, "Proefdorp")
        XCTAssertEqual(visit["date"] as? String, "2026-12-03")
        XCTAssertEqual(visit["status"] as? String, "planned")
        XCTAssertEqual(visit["notes"] as? String, "Keukentafelgesprekken zien")
        XCTAssertEqual(visit["people"] as? [String], [])
        XCTAssertEqual(
            visit.keys.sorted(),
            [
                "author", "created_at", "date", "entries", "from", "id", "notes", "people", "status", "to",
                "updated_at", "uuid",
            ])
        XCTAssertTrue(added.stderr.contains("Visit recorded: #1 Testerveen → Proefdorp"), added.stderr)
        let id = "\(try XCTUnwrap(visit["id"] as? Int))"

        let list = try kb.succeed(["visits", "list", "--municipality", "Proefdorp"]).stdout
        XCTAssertTrue(list.hasPrefix("#  DATE"), list)
        XCTAssertTrue(list.contains("Testerveen  Proefdorp  planned"), list)
        XCTAssertEqual(
            try kb.succeed(["visits", "list", "--municipality", "Demohoven"]).stdout.trimmingCharacters(
                in: .whitespacesAndNewlines), "No visits yet: record one with kb visits add --from M --to N --date D.")

        let done = try kb.succeed(["bezoeken", "gedaan", id])
        XCTAssertEqual(done.stdout, "1\n")
        XCTAssertTrue(done.stderr.contains("is done"), done.stderr)
        let linked = try XCTUnwrap(
            try kb.succeed(["bezoeken", "koppel", id, "4fb64f76", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(
            (linked["entries"] as? [[String: Any]])?.map { $0["title"] as? String },
            [
                "Keukentafelgesprekken herstellen het vertrouwen"
            ])
        XCTAssertEqual(linked["status"] as? String, "done")
        let shown = try kb.succeed(["visits", "show", id]).stdout
        XCTAssertTrue(shown.hasPrefix("Visit #1: Testerveen → Proefdorp\nDate: 03-12-2026\nStatus: done\n"), shown)
        XCTAssertTrue(shown.contains("Led to: #"), shown)
        XCTAssertTrue(shown.contains("Keukentafelgesprekken herstellen het vertrouwen"), shown)
    }

    func testBadInputIsOneLineAndChangesNothing() throws {
        let cases: [([String], String)] = [
            (
                ["visits", "add", "--from", "Testerveen", "--to", "testerveen", "--date", "2026-12-03"],
                "cannot visit itself"
            ),
            (["visits", "add", "--from", "Testerveen", "--to", "Proefdorp", "--date", "31-02-2026"], "2026"),
            (["visits", "add", "--from", "Testerveen", "--to", "Atlantis", "--date", "2026-12-03"], "Atlantis"),
            (
                ["visits", "add", "--from", "Testerveen", "--to", "Proefdorp", "--date", "2026-12-03", "--notes", " "],
                "notes are empty"
            ),
            (
                [
                    "visits", "add", "--from", "Testerveen", "--to", "Proefdorp", "--date", "2026-12-03", "--people",
                    "Niemand",
                ], "Niemand"
            ),
            (["visits", "show", "12"], "No visit “12”"),
            (["visits", "done", "abc"], "No visit “abc”"),
            (["visits", "suggest", "--municipality", "Voorbeeldstad", "--limit", "0"], "--limit must be 1 or more."),
            (["visits", "suggest", "--municipality", "Atlantis"], "Atlantis"),
        ]
        for (arguments, message) in cases {
            XCTAssertCleanFailure(try kb.run(arguments), message)
        }
        XCTAssertEqual(try kb.succeed(["visits", "--format", "json"]).json() as? [String], [], "nothing written")
    }
}
