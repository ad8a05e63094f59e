import Foundation
import KennisbankTestSupport
import XCTest

/// Generated entries full of what broke the CSV writers (issue 10, items 2 and 5) — syntax
/// characters followed by combining marks, formula starts — through the `kb` binary: exported in
/// every format and imported into a new knowledge base, they come back field for field; and no
/// CSV that `kb` writes (`export`, `search`, `compare`) holds a cell a spreadsheet would run.
final class ExchangeFuzzReliabilityTests: XCTestCase {
    func testGeneratedHostileEntriesRoundTripThroughTheBinary() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 77)
        let rounds = ReliabilityMode.scaled(2)
        var checked = 0
        for round in 0..<rounds {
            let records = HostileRecords(entries: 30, tag: round, random: &random)
            let source = harness.folder + "/bron-\(round).sqlite"
            try harness.succeed([
                "import", "--db", source, try harness.write(records.text, to: "hostile-\(round).jsonl"),
            ])
            let reference = try harness.succeed(["export", "--db", source]).stdout
            XCTAssertEqual(reference.split(separator: "\n").count, 3 + 30)

            for (format, output) in [
                ("csv", "export-\(round).csv"), ("json", "export-\(round).json"), ("markdown", "notes-\(round)"),
            ] {
                let path = harness.folder + "/" + output
                try harness.succeed(["export", "--db", source, "--format", format, "--output", path])
                let copy = harness.folder + "/copy-\(round)-\(format).sqlite"
                try harness.succeed(["import", "--db", copy, path])
                let exported = try harness.succeed(["export", "--db", copy]).stdout
                if exported != reference {
                    let differing = zip(reference.split(separator: "\n"), exported.split(separator: "\n")).first {
                        $0 != $1
                    }
                    XCTFail(
                        "round \(round), \(format): \(differing.map { "\($0.0)\n  came back as\n\($0.1)" } ?? "a different number of records")"
                    )
                }
                checked += 30
            }

            let csv = try CSVOutput.records(
                try String(contentsOfFile: harness.folder + "/export-\(round).csv", encoding: .utf8))
            XCTAssertEqual(Set(csv.map(\.count)), [16], "round \(round)")
            CSVOutput.assertNoFormulas(csv)
            let search = try CSVOutput.records(
                try harness.succeed(["search", "--db", source, "--format", "csv", "--limit", "50"]).stdout)
            XCTAssertEqual(Set(search.map(\.count)), [10], "round \(round)")
            CSVOutput.assertNoFormulas(search)
            let compare =
                ["compare", "--db", source, "--format", "csv"] + records.municipalities.map { "--municipality=" + $0 }
            let matrix = try CSVOutput.records(try harness.succeed(compare).stdout)
            XCTAssertEqual(Set(matrix.map(\.count)), [1 + 2 * 3 + 2], "round \(round)")
            XCTAssertEqual(
                (matrix.first ?? []).dropFirst().enumerated().filter { $0.offset % 2 == 0 && $0.offset < 6 }.map {
                    CSVOutput.text($0.element)
                },
                records.municipalities.map { $0 }, "round \(round): the municipalities head the columns")
            CSVOutput.assertNoFormulas(matrix)
            let help = try CSVOutput.records(
                try harness.succeed(
                    [
                        "compare", "--db", source, "--format", "csv", "--show", "help",
                        "--municipality=" + records.municipalities[0],
                    ]).stdout)
            XCTAssertEqual(Set(help.map(\.count)), [12], "round \(round)")
            CSVOutput.assertNoFormulas(help)
        }
        ReliabilityMode.report(
            "exchange fuzz: \(checked) generated hostile entries exported and imported back through the kb binary (csv, json, markdown) in \(rounds) rounds"
        )
    }
}
