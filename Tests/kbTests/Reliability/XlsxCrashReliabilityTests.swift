import Foundation
import GRDB
import KennisbankTestSupport
import XCTest

/// SIGKILL `kb import` of an Excel workbook (issue 12) at points spread over its run — unpacking
/// the ZIP, parsing the sheet's XML, inserting, committing — and prove after every kill that the
/// file is sound and the workbook's entries, municipality, topics and links are wholly present or
/// wholly absent: nothing half-imported.
final class XlsxCrashReliabilityTests: XCTestCase {
    func testKilledWorkbookImportsAreWhollyPresentOrWhollyAbsent() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 12)
        let kills = ReliabilityMode.scaled(8)
        let size = ReliabilityMode.isLong ? 2_000 : 300
        try harness.addTip("Een tip van voor de import")
        let baseline = try harness.copyDatabase(to: "baseline.sqlite")

        /// A workbook of `size` entries (a new municipality, topics, links), made by kb itself
        /// from a generated JSON Lines file, through a knowledge base of its own.
        func workbook(_ tag: String) throws -> (path: String, file: GeneratedImport) {
            let file = GeneratedImport(count: size, tag: tag, random: &random)
            let scratch = harness.folder + "/maak-\(tag).sqlite"
            try harness.succeed(["import", "--db", scratch, try harness.write(file.text, to: "\(tag).jsonl")])
            let path = harness.folder + "/\(tag).xlsx"
            try harness.succeed(["export", "--db", scratch, "--output", path])
            return (path, file)
        }

        let calibration = try workbook("ijking")
        let started = Date()
        try harness.succeed(["import", calibration.path])
        var duration = Date().timeIntervalSince(started)
        XCTAssertEqual(try DatabaseInspector(harness.database).count(uuids: calibration.file.uuids), size)
        try harness.restoreDatabase(from: baseline)

        var landed = 0
        var present = 0
        var absent = 0
        var attempts = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            let (path, file) = try workbook("x\(attempts)")
            // Stratified: the n-th kill lands somewhere in the n-th slice of the run.
            let delay = duration * (Double(landed) + Double.random(in: 0..<1, using: &random)) / Double(kills)
            let process = try harness.start(["import", path])
            if let ended = process.kill(after: delay) { duration = min(duration, ended) }
            let result = process.wait()
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"
            if result.wasKilled {
                landed += 1
            } else {
                XCTAssertEqual(result.status, 0, "an import that was not killed must succeed: \(result.stderr)")
            }

            try harness.assertHealthy(nil, context)
            let inspector = try DatabaseInspector(harness.database)
            try inspector.assertSound(context)
            let stored = try inspector.assertWholeOrAbsent(
                file, tag: "x\(attempts)", wasKilled: result.wasKilled, context)
            if stored == 0 { absent += 1 } else { present += 1 }
            let before: Int =
                try inspector.value("SELECT count(*) FROM entry WHERE title = ?", ["Een tip van voor de import"]) ?? 0
            XCTAssertEqual(before, 1, "what was there before stays \(context)")
            try inspector.close()
            if stored > 0 { try harness.restoreDatabase(from: baseline) }
        }
        XCTAssertEqual(landed, kills, "every planned kill must land in a running import")
        ReliabilityMode.report(
            "crash/xlsx-import: \(landed) SIGKILLs of `kb import` of a workbook (\(size) entries) survived: \(absent) left it wholly absent, \(present) wholly present; kb check, integrity_check, index agreement and all-or-nothing checked after each"
        )
    }
}
