import Foundation
import KennisbankFrontEnd
import XCTest

/// Issue 15 at the command line: `kb search` corrects a typo and says so, its JSON carries the
/// suggestion, the fallback names the words as typed, and `kb analyze` shows the correction.
final class SearchSuggestionCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    var kb: KBProcess { workspace.kb }
    let english = Catalog(.english)

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Financiële zorgen over het dorpshuis",
            "--body", "Bewoners wantrouwen de begroting.",
        ])
        try kb.succeed(["add", "tip", "--title", "Betrek vrijwilligers vroeg", "--body", "Vraag wat zij willen."])
    }

    func testATypoIsSearchedCorrectedAndSaid() throws {
        let result = try kb.succeed(["search", "dorphuis"])
        XCTAssertTrue(result.stdout.contains("Financiële zorgen over het dorpshuis"), result.stdout)
        XCTAssertTrue(
            result.stderr.contains(
                english.text("output.spelling.corrected", ["query": "dorphuis", "suggestion": "dorpshuis"])),
            result.stderr)
    }

    func testJSONCarriesTheSuggestionOnlyWhenOneApplies() throws {
        let corrected = try XCTUnwrap(
            try kb.succeed(["search", "finacieel", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(
            Set(corrected.keys), ["query", "hits", "relaxed", "suggestion", "corrected", "total", "expansions"])
        XCTAssertEqual(corrected["query"] as? String, "finacieel")
        XCTAssertEqual(corrected["suggestion"] as? String, "financiële")
        XCTAssertEqual(corrected["corrected"] as? Bool, true)
        XCTAssertEqual(corrected["total"] as? Int, 1)
        let plain = try XCTUnwrap(
            try kb.succeed(["search", "financiele", "--format", "json"]).json() as? [String: Any])
        XCTAssertTrue(plain["suggestion"] is NSNull)
        XCTAssertEqual(plain["corrected"] as? Bool, false)
        let suggested = try XCTUnwrap(
            try kb.succeed(["search", "vrijwilgers OF begroting", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(suggested["suggestion"] as? String, "vrijwilligers OF begroting")
        XCTAssertEqual(suggested["corrected"] as? Bool, false)
    }

    /// The fallback message used to name the index's stems ("wantrouw, betrek").
    func testTheFallbackNamesTheWordsAsTyped() throws {
        let result = try kb.succeed(["search", "wantrouwen", "betrekken"])
        XCTAssertTrue(
            result.stderr.contains(english.text("output.search.relaxed", ["terms": "wantrouwen, betrekken"])),
            result.stderr)
        XCTAssertFalse(result.stderr.contains("wantrouw,"), result.stderr)
    }

    func testAnalyzeShowsTheCorrectionItWouldApply() throws {
        let output = try kb.succeed(["analyze", "vrijwilgers", "dorpshuis"]).stdout
        let correction = english.text(
            "output.spelling.correction", ["typed": "vrijwilgers", "corrected": "vrijwilligers"])
        XCTAssertTrue(output.hasSuffix(correction + "\n"), output)
        XCTAssertEqual(output.components(separatedBy: "correction:").count, 2, "dorpshuis is in the index: \(output)")
    }
}
