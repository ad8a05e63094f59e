import Foundation
import XCTest

/// `kb demo`: runs the three jobs on sample data, shows each command, and leaves nothing behind.
final class DemoCommandTests: XCTestCase {
    func testTheDemoShowsTipsAnExampleAndAComparison() throws {
        let workspace = try CLIWorkspace(self)
        let temporary = workspace.folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let result = try workspace.kb.run(["demo"], extraEnvironment: ["TMPDIR": temporary, "COLUMNS": "100"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let output = result.stdout

        XCTAssertTrue(output.contains("$ kb init --sample\nSample network: 42 entries added"), output)
        // 1. Tips by topic: hits, each a tip.
        let tips = try XCTUnwrap(section(of: output, after: "$ kb tips vertrouwen --topic Vertrouwen --limit 5\n"))
        XCTAssertTrue(tips.contains("Werk actief aan onderling vertrouwen en gelijkwaardigheid"), tips)
        XCTAssertGreaterThanOrEqual(tips.components(separatedBy: "\n    tip · ").count - 1, 3, tips)
        // 2. A practice example, added and linked to the obstacle it addresses.
        XCTAssertTrue(output.contains("--addresses 076d5922\n43\n"), output)
        XCTAssertTrue(output.contains("addressed by: #43 Dorpsraad schuift aan bij de begroting (Testerveen)"), output)
        // 3. A non-empty comparison.
        let comparison = try XCTUnwrap(
            section(of: output, after: "$ kb compare --municipality Voorbeeldstad --municipality Testerveen\n"))
        XCTAssertTrue(comparison.contains("Vertrouwen"), comparison)
        XCTAssertTrue(comparison.contains("Shared by both:"), comparison)
        XCTAssertTrue(output.contains("Can help:"), output)
        // 4. After the comparison: the municipalities worth a visit, with reasons and whom to call.
        let visits = try XCTUnwrap(
            section(of: output, after: "$ kb visits suggest --municipality Testerveen --limit 3\n"))
        XCTAssertLessThan(
            try XCTUnwrap(output.range(of: "$ kb compare --municipality Testerveen")).lowerBound,
            try XCTUnwrap(output.range(of: "$ kb visits suggest")).lowerBound, "the visits come after the comparison")
        XCTAssertTrue(visits.hasPrefix("Worth visiting for Testerveen · 3 suggestions\nRanked by"), visits)
        XCTAssertTrue(visits.contains("\n1. "), visits)
        XCTAssertTrue(visits.contains("(tip; linked)") || visits.contains("(example; linked)"), visits)
        XCTAssertTrue(visits.contains("Call: "), visits)
        XCTAssertEqual(
            visits.components(separatedBy: "\n").filter { $0.range(of: #"^\d\. "#, options: .regularExpression) != nil }
                .count, 3, visits)

        XCTAssertFalse(
            FileManager.default.fileExists(atPath: workspace.database),
            "the demo does not touch the user's knowledge base")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: temporary), [], "the demo leaves nothing behind")
    }

    /// The output between `marker` and the next blank-line-separated step heading.
    private func section(of output: String, after marker: String) -> String? {
        guard let start = output.range(of: marker) else { return nil }
        let rest = output[start.upperBound...]
        let end = rest.range(of: "\n$ kb ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
