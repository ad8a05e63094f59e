import Foundation
import XCTest

/// What `kb` prints into a pipe or a file is complete and free of escape codes and markup; list
/// and show also as CSV and Markdown.
final class PipedOutputTests: XCTestCase {
    static let longTitle =
        "Bewoners " + (1...31).map { "woord\($0)" }.joined(separator: " ") + " buurthuis en "
        + String(repeating: "x", count: 40)

    func testALongTitleSurvivesListAndSearchIntoAPipe() throws {
        XCTAssertGreaterThanOrEqual(Self.longTitle.count, 300)
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["add", "tip", "--title", Self.longTitle, "--topic", "Beheer"])
        for arguments in [
            ["list", "entries"], ["list", "tips"], ["search", "buurthuis"], ["tips", "buurthuis"], ["show", "1"],
        ] {
            let output = try kb.succeed(arguments).stdout
            XCTAssertTrue(output.contains(Self.longTitle), "\(arguments): the whole title\n\(output)")
            let titleLines = output.split(separator: "\n").filter { $0.contains("Bewoners woord1 ") }
            XCTAssertFalse(
                titleLines.isEmpty || titleLines.contains { $0.contains("…") }, "\(arguments): nothing shortened")
            XCTAssertFalse(output.contains("\u{1B}"), "\(arguments): no escape codes")
            XCTAssertFalse(output.contains("**"), "\(arguments): no markup")
        }
        // The trash is a table too: whole into a pipe.
        try kb.succeed(["rm", "1"])
        let trash = try kb.succeed(["trash", "list"]).stdout
        XCTAssertTrue(trash.contains(Self.longTitle), "the trash: the whole title\n\(trash)")
        XCTAssertFalse(trash.contains("…"), "the trash: nothing shortened\n\(trash)")
        try kb.succeed(["trash", "restore", "1"])
        let colour = try kb.run(
            ["search", "buurthuis"], extraEnvironment: ["TERM": "xterm-256color", "COLUMNS": "40"])
        XCTAssertFalse(colour.stdout.contains("\u{1B}"), "a pipe is not a terminal, whatever TERM says")
        XCTAssertTrue(colour.stdout.contains(Self.longTitle))
    }

    func testListAndShowAsCSVAndMarkdown() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed(["add", "tip", "--title", "=SOM(A1) | *vet*", "--topic", "Beheer", "--body", "Tekst, met komma"])
        let csv = try kb.succeed(["list", "tips", "--format", "csv"]).stdout
        let rows = csv.split(separator: "\r\n")
        XCTAssertTrue(rows[0].hasPrefix("id,uuid,kind,title,body,municipality"), csv)
        XCTAssertTrue(
            rows[1].contains(",tip,'=SOM(A1) | *vet*,\"Tekst, met komma\","), "formula guard and quoting: \(csv)")
        XCTAssertEqual(try kb.succeed(["show", "1", "--format", "csv"]).stdout, csv)

        let markdown = try kb.succeed(["list", "tips", "--format", "markdown"]).stdout
        XCTAssertEqual(
            markdown,
            "| ID | KIND | MUNICIPALITY | TITLE | TOPICS |\n| --- | --- | --- | --- | --- |\n| 1 | tip | (network) | =SOM(A1) \\| \\*vet\\* | Beheer |\n"
        )
        let shown = try kb.succeed(["show", "1", "--format", "markdown"]).stdout
        XCTAssertTrue(shown.hasPrefix("## =SOM(A1) \\| \\*vet\\*\n\n- **kind**: tip\n"), shown)
        XCTAssertTrue(shown.hasSuffix("\n\nTekst, met komma\n"), shown)
        let municipalities = try kb.succeed(["list", "municipalities", "--format", "csv", "--limit", "2"]).stdout
        XCTAssertEqual(municipalities.split(separator: "\r\n").first, "code,name,province")
    }

    func testAddAndEditConfirmOnStandardErrorAndKeepTheBareIdOnStandardOutput() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        let added = try kb.succeed(["add", "tip", "--title", "Titel"])
        XCTAssertEqual(added.stdout, "1\n")
        XCTAssertEqual(added.stderr, "Added: #1 Titel\n")
        let edited = try kb.succeed(["edit", "1", "--title", "Nieuwe titel"])
        XCTAssertEqual(edited.stdout, "1\n")
        XCTAssertEqual(edited.stderr, "Changed: #1 Nieuwe titel\n")
        let dutch = try kb.run(["add", "tip", "--title", "Tweede"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertEqual(dutch.stderr, "Toegevoegd: #2 Tweede\n")
    }

    func testHumanTimesAreInAmsterdamAndJSONKeepsUTC() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        let line =
            #"{"kind": "tip", "title": "Tijd", "created_at": "2026-07-01T12:05:00Z", "updated_at": "2026-11-30T13:05:00Z"}"#
        try kb.succeed(["import", "-", "--format", "jsonl", "-q"], input: line + "\n")
        let shown = try kb.succeed(["show", "1"]).stdout
        XCTAssertTrue(shown.contains("created:      01-07-2026 14:05"), "summer time: UTC+2\n\(shown)")
        XCTAssertTrue(shown.contains("updated:      30-11-2026 14:05"), "winter time: UTC+1\n\(shown)")
        let json = try XCTUnwrap(try kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(json["created_at"] as? String, "2026-07-01T12:05:00.000Z")
    }
}
