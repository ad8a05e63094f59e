import Foundation
import XCTest

/// `kb compare --format json` is a contract: scripts read it, and the web API will serve the same
/// JSON. These tests hold the output for the sample network (`kb init --sample`) byte for byte
/// against what `kb` printed when the comparison JSON was first recorded (`Fixtures/compare-json`):
/// keys, values, the order of every array.
///
/// A change to the JSON must be a decision: if one is meant, record the new output with the
/// same command (`kb compare --format json …` on a fresh `kb init --sample`) and say why in the commit.
final class CompareJSONContractTests: XCTestCase {
    var workspace: CLIWorkspace!

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
    }

    func testTheWholeNetwork() throws {
        try assertOutput(of: [], equals: "all")
    }

    func testOneMunicipalityWithWhoCanHelp() throws {
        try assertOutput(of: ["--municipality", "Voorbeeldstad"], equals: "voorbeeldstad-help")
    }

    func testTheMostAlikePairs() throws {
        try assertOutput(of: ["--similar", "5"], equals: "similar-pairs")
    }

    func testOneMunicipalityInAProvinceWithItsNearestAndATopic() throws {
        try assertOutput(
            of: ["--municipality", "Proefdorp", "--province", "Gelderland", "--similar", "3"],
            equals: "proefdorp-gelderland-similar")
        try assertOutput(
            of: ["--topic", "Financiën", "--status", "open", "--similar", "2"], equals: "financien-open-similar")
    }

    func testTheRowOfObstaclesWithoutATopic() throws {
        try workspace.kb.succeed([
            "add", "obstacle", "--municipality", "Demohoven", "--title", "Raad laat de planning moeilijk los",
        ])
        try assertOutput(of: ["--municipality", "Demohoven", "--municipality", "Proefdorp"], equals: "without-topic")
    }

    /// Asserts that `kb compare --format json arguments…` prints the recorded file `name`.json.
    func assertOutput(of arguments: [String], equals name: String, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        let output = try workspace.kb.succeed(["compare", "--format", "json"] + arguments, file: file, line: line)
            .stdout
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/compare-json/\(name).json").path
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        guard output != expected else { return }
        let got = output.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        XCTFail(
            """
            kb compare --format json \(arguments.joined(separator: " ")) differs from \(name).json at line \(first + 1):
            got:      \(first < got.count ? String(got[first]) : "(end)")
            expected: \(first < want.count ? String(want[first]) : "(end)")
            """, file: file, line: line)
    }
}
