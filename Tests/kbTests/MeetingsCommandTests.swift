import Foundation
import Kennisbank
import KennisbankFrontEnd
import XCTest

/// `kb meetings` / `kb bijeenkomsten`: the sample's meeting, adding one, attendance, linked
/// entries, the coordinator's report, and refusals that write nothing (issue 16).
final class MeetingsCommandTests: XCTestCase {
    func testAMeetingWithItsPeopleAndEntries() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init", "--sample"])
        let sample = try XCTUnwrap(
            try kb.succeed(["meetings", "show", "21 mei 2015", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual((sample["entries"] as? [Any])?.count, 17)

        try kb.succeed([
            "bijeenkomsten", "toevoegen", "--date", "2025-06-03", "--title", "Werkbezoek", "--host", "Proefdorp",
            "--theme", "Dorpshuis",
        ])
        do {
            // People come from the people part (kb people); here they are added through the library.
            let knowledgeBase = try KnowledgeBase(path: workspace.database)
            try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Proefdorp")
            try knowledgeBase.addPerson(name: "Bert Jansen", municipality: "Voorbeeldstad", role: "wethouder")
        }
        let attended = try kb.succeed(["meetings", "attend", "2", "Anna de Vries", "Bert Jansen"])
        XCTAssertTrue(
            attended.stderr.contains("Anna de Vries (Proefdorp), Bert Jansen (Voorbeeldstad)"), attended.stderr)
        try kb.succeed(["bijeenkomsten", "koppel", "2025-06-03", "20"])

        let show = try kb.succeed(["meetings", "show", "#2"]).stdout
        XCTAssertTrue(show.hasPrefix("#2 03-06-2025 Werkbezoek\n  Host: Proefdorp\n  Theme: Dorpshuis\n"), show)
        XCTAssertTrue(show.contains("2 attendees, from 2 municipalities:"), show)
        XCTAssertTrue(show.contains("  Voorbeeldstad: Bert Jansen (wethouder)"), show)
        XCTAssertTrue(show.contains("What came out of it: 1 entry:\n  #20 "), show)

        let list = try XCTUnwrap(try kb.succeed(["meetings", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(list.map { $0["attendees"] as? Int }, [0, 2])
        XCTAssertEqual(list.map { $0["entries"] as? Int }, [17, 1])
        XCTAssertEqual(list[1]["host"] as? String, "Proefdorp")

        let report = try XCTUnwrap(
            try kb.succeed(["meetings", "attendance", "--last", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(report["meetings"] as? Int, 2)
        XCTAssertEqual((report["attendees"] as? [[String: Any]])?.compactMap { $0["attended"] as? Int }, [1, 1])
        XCTAssertEqual((report["not_seen"] as? [Any])?.count, 0)
        let dutch = try kb.run(
            ["bijeenkomsten", "opkomst", "--since", "2025-07-01"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertTrue(dutch.stdout.contains("Niet gezien op de bijeenkomsten sinds 01-07-2025:"), dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains("  Anna de Vries (Proefdorp), laatst gezien op 03-06-2025"), dutch.stdout)

        // Removing it would lose the attendance and the entry: refused, nothing written.
        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["meetings", "rm", "2"]),
            Catalog(.english).text("error.meetings.notEmpty", ["meeting": "2", "attendees": "2", "entries": "1"]))
        XCTAssertCleanFailure(try kb.run(["meetings", "show", "2025-06-04"]), "There is no meeting “2025-06-04”")
        XCTAssertCleanFailure(try kb.run(["meetings", "attend", "2", "Niemand"]), "Niemand")
        XCTAssertCleanFailure(try kb.run(["meetings", "unlink", "2", "21"]), "#21")
        XCTAssertEqual(workspace.snapshot(), before)
    }
}
