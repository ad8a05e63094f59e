import Foundation
import KennisbankTestSupport
import XCTest

/// `kb search`, `kb tips` and `kb analyze` with generated arguments passed as raw bytes
/// (invalid UTF-8 included) through `exec`, as a shell would pass them: never a crash, never
/// SQLite's words, and the database unchanged. (The in-process fuzz of the library, with NUL
/// bytes and more queries, is `SearchFuzzReliabilityTests` in KennisbankTests.)
final class QueryFuzzReliabilityTests: XCTestCase {
    func testGeneratedQueriesThroughTheBinaryNeverFail() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 31)
        let seed = GeneratedImport(count: 60, tag: "fuzz", random: &random)
        try harness.succeed(["import", try harness.write(seed.text, to: "fuzz.jsonl")])
        let before = FileFingerprint(harness.database)
        let listed = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: harness.succeed(["list", "entries", "--format", "json"]).stdoutData)
                as? [[String: Any]])
        let ids = Set(listed.compactMap { $0["id"] as? Int })
        XCTAssertEqual(ids.count, 60)

        let total = ReliabilityMode.scaled(2_000)
        let workers = 2
        let log = ThreadLog()
        let started = Date()
        onThreads(workers) { worker in
            var generator = QueryBytes(salt: 300 + UInt64(worker))
            for index in stride(from: worker, to: total, by: workers) {
                let command = ["search", "search", "tips", "analyze"][index % 4]
                // Every 333rd run (search, tips and analyze in turn): a text of 1 MB, cut into
                // arguments below the kernel's limit of 128 KiB for one.
                let query = index % 333 == 7 ? generator.arguments(size: 1 << 20) : generator.arguments()
                var options: [[UInt8]] = [Array("--format".utf8), Array("json".utf8)]
                var filtered = false
                if command != "analyze", index % 8 == 5 {
                    let filter = generator.pick(["--topic=", "--municipality=", "--province=", "--since=", "--until="])
                    options.append(Array(filter.utf8) + generator.argument(maxLength: 200))
                    filtered = true
                }
                do {
                    let result = try harness.run(bytes: [Array(command.utf8)] + options + [Array("--".utf8)] + query)
                    log.count(command)
                    if query.count > 1, query.reduce(0, { $0 + $1.count }) > 500_000 { log.count("megabyte") }
                    if let problem = Self.problem(with: result, command: command, filtered: filtered, ids: ids) {
                        log.fail("kb \(command) \(Self.shown(query)): \(problem)")
                    }
                } catch {
                    log.fail("kb \(command): \(error)")
                }
            }
        }
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(log.failures.prefix(20), [], "\(log.failures.count) of \(total) runs failed")
        XCTAssertEqual(FileFingerprint(harness.database), before, "searching changed the database")
        XCTAssertEqual(try harness.assertHealthy(), 60)
        let searches = log.counted("search") + log.counted("tips")
        ReliabilityMode.report(
            "fuzz/binary: \(searches + log.counted("analyze")) generated queries through the kb binary (\(searches) search/tips, \(log.counted("analyze")) analyze, \(log.counted("megabyte")) of 1 MB) in \(Int(elapsed)) s; \(log.failures.count) with a crash, SQL text or a bad answer; database unchanged: \(FileFingerprint(harness.database) == before)"
        )
    }

    /// What is wrong with a run, or nil.
    static func problem(with result: RawResult, command: String, filtered: Bool, ids: Set<Int>) -> String? {
        if let signal = result.signal { return "crashed with signal \(signal)\(result.timedOut ? " (timed out)" : "")" }
        for marker in internalErrorMarkers where result.stderr.contains(marker) {
            return "internal detail “\(marker)” on stderr: \(result.stderr.prefix(300))"
        }
        if result.status != 0 {
            // Only a filter may be refused: one line, from kb.
            guard filtered, result.status == 1, result.stdout.isEmpty, result.stderr.hasPrefix("kb: "),
                result.stderr.split(separator: "\n").count == 1
            else {
                return "exit \(result.status ?? -1): \(result.stderr.prefix(300))"
            }
            return nil
        }
        guard let output = try? JSONSerialization.jsonObject(with: result.stdoutData) else {
            return "stdout is not JSON: \(result.stdout.prefix(200))"
        }
        if command == "analyze" {
            guard let terms = output as? [String], !terms.contains(where: \.isEmpty) else {
                return "analyze printed \(result.stdout.prefix(200))"
            }
            return nil
        }
        guard let results = output as? [String: Any], let hits = results["hits"] as? [[String: Any]],
            results["query"] is String,
            results["total"] is Int, results["relaxed"] is Bool
        else { return "search printed \(result.stdout.prefix(200))" }
        for hit in hits {
            guard let id = hit["id"] as? Int, ids.contains(id), hit["snippet"] is String, hit["uuid"] is String else {
                return "a hit that is no entry: \(hit)"
            }
            if command == "tips", hit["kind"] as? String != "tip" { return "kb tips found a \(hit["kind"] ?? "?")" }
        }
        return nil
    }

    /// Arguments for a message, short and escaped.
    static func shown(_ arguments: [[UInt8]]) -> String {
        arguments.map { String(decoding: $0.prefix(80), as: UTF8.self).debugDescription }.joined(separator: " ")
    }
}
