import Foundation
import XCTest

/// `kb add KIND --editor` and `kb edit REF --editor`, with `EDITOR`/`VISUAL` set to small shell
/// scripts that play the person at the editor.
final class EditorCommandTests: XCTestCase {
    var workspace: CLIWorkspace!

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
    }

    /// A script that saves what the editor was given to `seen.md` and then writes `note` over it,
    /// run as `sh SCRIPT --wait` (an editor command with an argument).
    func editor(_ name: String, writing note: String?) throws -> String {
        let script = workspace.folder + "/" + name + ".sh"
        let seen = workspace.folder + "/seen.md"
        var text = "#!/bin/sh\n[ \"$1\" = --wait ] || exit 9\ncp \"$2\" '\(seen)'\n"
        if let note { text += "cat > \"$2\" <<'NOTE'\n\(note)NOTE\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: script))
        return "sh \(script) --wait"
    }

    /// Runs kb with `extraEnvironment` and asserts that it succeeded.
    @discardableResult
    func succeed(_ arguments: [String], extraEnvironment: [String: String]) throws -> KBResult {
        let result = try workspace.kb.run(arguments, extraEnvironment: extraEnvironment)
        XCTAssertEqual(result.status, 0, "kb \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    func seenNote() throws -> String {
        try String(contentsOfFile: workspace.folder + "/seen.md", encoding: .utf8)
    }

    func entryCount() throws -> Int {
        try XCTUnwrap(try workspace.kb.succeed(["list", "entries", "--format", "json"]).json() as? [Any]).count
    }

    func testAddWritesTheNoteTheEditorSaved() throws {
        let note = """
            ---
            kind: tip
            title: Neem de buurt mee
            municipality: Zwolle
            topics: [Participatie, Vertrouwen]
            source: Bijeenkomst
            date: 2026-11-30
            ---

            Eerste alinea.

            Tweede alinea.

            """
        let added = try succeed(
            ["add", "tip", "--editor", "--topic", "Vooraf"],
            extraEnvironment: ["EDITOR": try editor("write", writing: note)])
        XCTAssertEqual(added.stdout, "1\n", "standard output keeps the bare id")
        XCTAssertEqual(added.stderr, "Added: #1 Neem de buurt mee\n")
        let template = try seenNote()
        XCTAssertTrue(template.hasPrefix("---\n# "), template)
        XCTAssertTrue(template.contains("kind: tip\n") && template.contains("topics: [Vooraf]"), template)
        let entry = try XCTUnwrap(try workspace.kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(entry["title"] as? String, "Neem de buurt mee")
        XCTAssertEqual(entry["municipality"] as? String, "Zwolle")
        XCTAssertEqual(entry["topics"] as? [String], ["Participatie", "Vertrouwen"])
        XCTAssertEqual(entry["body"] as? String, "Eerste alinea.\n\nTweede alinea.")
    }

    func testVisualComesBeforeEditor() throws {
        let note = "---\nkind: tip\ntitle: Via VISUAL\n---\n"
        try succeed(
            ["add", "tip", "--editor"],
            extraEnvironment: ["VISUAL": try editor("visual", writing: note), "EDITOR": "false"])
        XCTAssertEqual(try entryCount(), 1)
    }

    func testAnEmptyOrUnchangedNoteAbortsAndWritesNothing() throws {
        let empty = try workspace.kb.run(
            ["add", "obstacle", "--municipality", "Zwolle", "--editor"],
            extraEnvironment: ["EDITOR": try editor("empty", writing: "\n")])
        XCTAssertCleanFailure(empty, "The note is empty or unchanged: nothing was added.")
        let unchanged = try workspace.kb.run(
            ["add", "tip", "--editor"], extraEnvironment: ["EDITOR": try editor("unchanged", writing: nil)])
        XCTAssertCleanFailure(unchanged, "nothing was added")
        let failing = try workspace.kb.run(["add", "tip", "--editor"], extraEnvironment: ["EDITOR": "false"])
        XCTAssertCleanFailure(failing, "The editor (false) did not finish properly")
        XCTAssertEqual(try entryCount(), 0)
        let noTitle = try workspace.kb.run(["add", "tip"])
        XCTAssertNotEqual(noTitle.status, 0)
        XCTAssertTrue(noTitle.stderr.contains("--title"), noTitle.stderr)
    }

    func testEditChangesTheEntryAsTheNoteSays() throws {
        try workspace.kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Oud", "--topic", "Vertrouwen", "--body",
            "Tekst",
        ])
        let note = """
            ---
            kind: obstacle
            title: Nieuw
            municipality: Zwolle
            topics: [Financiën]
            source: null
            date: null
            status: resolved
            ---

            Andere tekst.

            """
        let edited = try succeed(
            ["edit", "1", "--editor"], extraEnvironment: ["EDITOR": try editor("edit", writing: note)])
        XCTAssertEqual(edited.stdout, "1\n")
        XCTAssertEqual(edited.stderr, "Changed: #1 Nieuw\n")
        let template = try seenNote()
        XCTAssertTrue(template.contains("title: Oud\n") && template.contains("\nTekst\n"), template)
        let entry = try XCTUnwrap(try workspace.kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(entry["title"] as? String, "Nieuw")
        XCTAssertEqual(entry["municipality"] as? String, "Zwolle")
        XCTAssertEqual(entry["topics"] as? [String], ["Financiën"])
        XCTAssertEqual(entry["status"] as? String, "resolved")
        XCTAssertEqual(entry["body"] as? String, "Andere tekst.")

        let emptied = try workspace.kb.run(
            ["edit", "1", "--editor"], extraEnvironment: ["EDITOR": try editor("empty", writing: "")])
        XCTAssertCleanFailure(emptied, "The note is empty: nothing was changed.")
        let again = try XCTUnwrap(try workspace.kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(again["title"] as? String, "Nieuw")
    }
}
