import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `kb report`: one page to forward or print, HTML or Markdown, with hostile text escaped.
final class ReportCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    static let hostile = "<script>alert('x')</script> & \"quotes\" *ster* [link](javascript:x) # kop"

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["init"])
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", Self.hostile, "--topic", "Vertrouwen",
            "--body", "Eerste alinea met <b>html</b>.\n\n- tweede alinea\n", "--source", "Bijeenkomst",
            "--date", "2015-05-21",
        ])
        try kb.succeed([
            "add", "example", "--municipality", "Deventer", "--title", "Buurthuis in eigen beheer", "--topic",
            "Vertrouwen", "--addresses", "1",
        ])
        try kb.succeed([
            "add", "obstacle", "--municipality", "Zwolle", "--title", "Ook wantrouwen", "--topic", "Vertrouwen",
        ])
        try kb.succeed(["add", "tip", "--title", "Alleen over geld", "--topic", "Financiën"])
    }

    func testTheHTMLReportHoldsTheEntriesInFullByKindWithTheComparison() throws {
        let result = try workspace.kb.run(
            ["report", "--municipality", "Deventer"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = result.stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"), String(html.prefix(60)))
        let document = try XMLDocument(xmlString: html, options: [])
        XCTAssertEqual(try document.nodes(forXPath: "//script").count, 0, "no script element from a title")
        for external in ["<link", "src=", "http://", "https://", "@import"] {
            XCTAssertFalse(html.contains(external), "self-contained: \(external)")
        }
        XCTAssertTrue(html.contains("@media print"))
        let groups = try document.nodes(forXPath: "//section[@class='entries']/h2").map { $0.stringValue ?? "" }
        XCTAssertEqual(groups, ["Struikelblokken", "Praktijkvoorbeelden", "Tips"])
        let obstacles = try document.nodes(forXPath: "//section[@id='obstacle']//article/h3").map {
            $0.stringValue ?? ""
        }
        XCTAssertEqual(obstacles, ["#1 " + Self.hostile], "only Deventer's, the title as text")
        let paragraphs = try document.nodes(forXPath: "//section[@id='obstacle']//article/p").map {
            $0.stringValue ?? ""
        }
        XCTAssertEqual(
            paragraphs, ["Eerste alinea met <b>html</b>.", "- tweede alinea"], "the body as escaped paragraphs")
        let fields = try document.nodes(forXPath: "//section[@id='obstacle']//dd").map { $0.stringValue ?? "" }
        XCTAssertEqual(fields, ["Deventer", "Vertrouwen", "open", "Bijeenkomst", "21-05-2015"])
        XCTAssertFalse(html.contains("Alleen over geld"), "a tip on another topic is not selected")
        XCTAssertEqual(try document.nodes(forXPath: "//section[@id='matrix']").count, 1, "the comparison's matrix")
        XCTAssertEqual(try document.nodes(forXPath: "//section[@id='help']").count, 1, "who can help Deventer")
        XCTAssertTrue(html.contains("Wie kan Deventer helpen"), "the comparison in Dutch")
        XCTAssertTrue(html.contains("Zwolle"), "who faces the same")
    }

    func testTheMarkdownReportEscapesWhatPeopleWrote() throws {
        let markdown = try workspace.kb.succeed(["report", "--topic", "Vertrouwen", "--format", "markdown"]).stdout
        XCTAssertTrue(markdown.hasPrefix("# Report\n\ntopic Vertrouwen\n"), String(markdown.prefix(80)))
        XCTAssertTrue(
            markdown.contains(
                "### #1 \\<script\\>alert('x')\\</script\\> \\& \"quotes\" \\*ster\\* \\[link\\](javascript:x) \\# kop\n"
            ),
            markdown)
        XCTAssertTrue(markdown.contains("\nEerste alinea met \\<b\\>html\\</b\\>.\n\n\\- tweede alinea\n"), markdown)
        XCTAssertTrue(markdown.contains("## Obstacles\n") && markdown.contains("## Practice examples\n"))
        XCTAssertTrue(markdown.contains("### #3 Ook wantrouwen"), "both municipalities on the topic")
        XCTAssertTrue(markdown.contains("| Topic | Deventer | Zwolle |"), markdown)
        XCTAssertFalse(markdown.contains("<script>"))
    }

    func testOutputGoesToAFileButNeverOverADatabase() throws {
        let path = workspace.folder + "/rapport.html"
        let written = try workspace.kb.succeed(["report", "--topic", "Vertrouwen", "--output", path])
        XCTAssertEqual(written.stdout, "")
        XCTAssertEqual(written.stderr, "Report written to \(path).\n")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))

        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try workspace.kb.run(["report", "--topic", "Vertrouwen", "--output", workspace.database]),
            "it is the knowledge base's own database")
        XCTAssertEqual(workspace.snapshot(), before, "the database is untouched")
        XCTAssertCleanFailure(try workspace.kb.run(["report"]), "give --topic X or --municipality M")
        XCTAssertCleanFailure(try workspace.kb.run(["rapport", "--municipality", "Nergenshuizen"]), "Nergenshuizen")
    }
}
