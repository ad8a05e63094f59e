import Foundation
import GRDB
import XCTest

/// Whatever `kb` echoes to a terminal — error messages, file names, titles and names in tables —
/// shows control characters, bidi overrides and noncharacters as visible `\u{…}` escapes, never
/// raw: an ESC or OSC sequence in a file name or title must not reach the terminal. Stored data
/// stays as it was written (JSON shows it exactly).
final class TerminalEscapeTests: XCTestCase {
    /// The scalars no echoed text may carry raw.
    static let forbidden: [Unicode.Scalar] = [
        "\u{1B}", "\u{07}", "\u{9B}", "\u{7F}", "\u{202E}", "\u{2066}", "\u{FFFF}",
    ]

    private func assertPrintable(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in Self.forbidden where text.unicodeScalars.contains(scalar) {
            XCTAssertTrue(
                false,
                "\(what) holds U+\(String(scalar.value, radix: 16, uppercase: true)) raw: \(text.debugDescription)",
                file: file, line: line)
        }
    }

    func testAnImportErrorShowsAHostileFileNameEscaped() throws {
        let workspace = try CLIWorkspace(self)
        let folder = workspace.folder + "/notes"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = "bad\u{1B}]0;owned\u{07}\u{1B}[31m.md"
        try "---\nkind: tip\n---\nNo title here.\n".write(
            toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        let result = try workspace.kb.run(["import", folder])
        XCTAssertCleanFailure(result, "bad\\u{1B}]0;owned\\u{7}\\u{1B}[31m.md")
        assertPrintable(result.stderr, "the import error")
    }

    func testErrorMessagesAndArgumentErrorsEchoInputEscaped() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init"])
        let shown = try workspace.kb.run(["show", "\u{1B}[2J\u{9B}31m"])
        XCTAssertCleanFailure(shown, "No entry “\\u{1B}[2J\\u{9B}31m”")
        let listed = try workspace.kb.run(["list", "tips\u{1B}]52;c;aGk=\u{07}"])
        XCTAssertNotEqual(listed.status, 0)
        XCTAssertTrue(listed.stderr.contains("\\u{1B}]52;c;aGk=\\u{7}"), listed.stderr)
        assertPrintable(shown.stderr + listed.stderr, "the error messages")
    }

    func testTitlesWithBidiOverridesAreEscapedInTablesButStoredAsWritten() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let title = "Factuur \u{202E}fdp.exe\u{202C} en \u{2066}meer\u{2069}"
        try kb.succeed([
            "add", "tip", "--title", title, "--topic", "Geld\u{202E}", "--body", "Regel een\n\tregel \u{202E}twee",
        ])
        let list = try kb.succeed(["list", "tips"]).stdout
        XCTAssertTrue(list.contains("Factuur \\u{202E}fdp.exe\\u{202C}"), list)
        let show = try kb.succeed(["show", "1"]).stdout
        XCTAssertTrue(show.contains("Regel een\n\tregel \\u{202E}twee"), "line breaks and tabs of a body stay: \(show)")
        let search = try kb.succeed(["search", "factuur"]).stdout
        let topics = try kb.succeed(["list", "topics"]).stdout
        for (text, what) in [(list, "list"), (show, "show"), (search, "search"), (topics, "list topics")] {
            assertPrintable(text, what)
        }
        let json = try XCTUnwrap(try kb.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(json["title"] as? String, title, "the stored title is untouched")
    }

    /// A municipality name with ESC and U+FFFF in an older file (written before names were
    /// checked) is shown escaped everywhere, and the HTML report stays well-formed.
    func testAHostileMunicipalityNameFromAnOlderFileIsShownEscaped() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen", "--topic", "Vertrouwen",
        ])
        let hostile = "Deventer\u{1B}]0;owned\u{07}\u{FFFF}"
        let queue = try DatabaseQueue(path: workspace.database)
        try queue.write {
            try $0.execute(sql: "UPDATE municipality SET name = ? WHERE code = 'GM0150'", arguments: [hostile])
        }
        try queue.close()

        var outputs: [(String, String)] = []
        for arguments in [
            ["list", "municipalities", "--province", "Overijssel"], ["list", "obstacles"], ["show", "1"],
            ["search", "wantrouwen"], ["compare"], ["compare", "--format", "csv"],
        ] {
            outputs.append((try kb.succeed(arguments).stdout, "kb " + arguments.joined(separator: " ")))
        }
        for (text, what) in outputs.prefix(4) {
            XCTAssertTrue(text.contains("Deventer\\u{1B}]0;owned\\u{7}\\u{FFFF}"), "\(what): \(text)")
        }
        for (text, what) in outputs where !what.hasSuffix("csv") { assertPrintable(text, what) }
        let html = try kb.succeed(["compare", "--format", "html"]).stdout
        assertPrintable(html, "the HTML report")
        XCTAssertTrue(
            html.contains("Deventer\u{FFFD}]0;owned\u{FFFD}\u{FFFD}"), "HTML replaces what XML does not allow")
        let json = try XCTUnwrap(try kb.succeed(["list", "obstacles", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(json.first?["municipality"] as? String, hostile, "the stored name is untouched")
    }
}
