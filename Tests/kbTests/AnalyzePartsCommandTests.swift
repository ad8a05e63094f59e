import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb analyze` shows the parts of compound words: their marked terms, and a line per compound.
final class AnalyzePartsCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    var kb: KBProcess { workspace.kb }

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
    }

    func testAnalyzeNamesTheParts() throws {
        let line = Catalog(.english).text("analyze.parts", ["word": "gemeenteraad", "parts": "gemeente + raad"])
        XCTAssertEqual(
            try kb.succeed(["analyze", "Gemeenteraad", "voorraad"]).stdout,
            "gemeenteraad\n~gemeente\n~raad\nvoorraad\n\(line)\n")
        let terms = try XCTUnwrap(try kb.succeed(["analyze", "gemeenteraad", "--format", "json"]).json() as? [String])
        XCTAssertEqual(terms, ["gemeenteraad", "~gemeente", "~raad"])
    }

    func testAnalyzeNamesThePartsInDutch() throws {
        let result = try kb.run(["analyze", "buurthuisbeheer"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertTrue(result.stdout.hasSuffix("buurthuisbeheer: delen buurthuis + beheer\n"), result.stdout)
    }
}
