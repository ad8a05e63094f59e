import Foundation
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// The in-process fuzz of search and analysis: generated queries — FTS5 and query syntax soup,
/// quotes, brackets, SQL, NUL and other control characters, invalid UTF-8 decoded the way the
/// command line decodes it, strings of 1 MB — never make `search` throw, never return a hit
/// that is no entry, and never change the knowledge base. 2,000 queries (and four of 1 MB) in
/// CI; 10,000 × `KB_RELIABILITY_SCALE` (100,000 at the default 10 of
/// `Scripts/reliability-long.sh`) in the longer mode.
final class SearchFuzzReliabilityTests: XCTestCase {
    func testGeneratedQueriesNeverFail() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        // The seed of KB_RELIABILITY_SEED repeats a run; without it, always the same queries.
        var generator = HostileQuery(
            random: SeededRandom(seed: ReliabilityMode.requestedSeed ?? 2015_05_21), allowsNUL: true)
        let municipalities = [
            "Deventer", "Zwolle", "Leeuwarden", "Súdwest-Fryslân", "'s-Hertogenbosch", "Bergen (NH.)",
        ]
        var ids = Set<Entry.ID>()
        for index in 0..<60 {
            let kind = [EntryKind.tip, .example, .obstacle][index % 3]
            let text = (0..<8).map { _ in generator.piece() }.joined(separator: " ")
            let entry = try knowledgeBase.add(
                NewEntryText(
                    kind: kind, title: "Ervaring \(index): buurthuis en co-creatie",
                    body: "Financiële risico's. " + text.filter { $0.isLetter || $0 == " " },
                    municipality: kind == .tip ? nil : municipalities[index % municipalities.count],
                    topics: ["Vertrouwen", "Thema \(index % 7)"]))
            ids.insert(entry.id)
        }
        let count = ReliabilityMode.isLong ? 10_000 * ReliabilityMode.scale : 2_000
        var queries = (0..<count).map { _ in generator.text() }
        // Strings of 1 MB: one word, syntax soup, and quotes and brackets.
        for _ in 0..<ReliabilityMode.scale {
            queries += [
                String(repeating: "a", count: 1 << 20),
                String(generator.text().unicodeScalars.prefix(64))
                    + String(repeating: "buurthuis OF -\"co creatie\" NEAR( ", count: (1 << 20) / 34),
                String(repeating: "\"(", count: 1 << 19), String(repeating: "\u{0}", count: 1 << 20),
            ]
        }

        var failures: [String] = []
        var hits = 0
        var refusedFilters = 0
        for (index, query) in queries.enumerated() {
            var filter = FilterText()
            if index % 10 == 3 {
                // A fuzzed filter may be refused, in one line of plain words.
                filter = FilterText(
                    kinds: [.tip, .example], topics: [String(generator.text().prefix(80))],
                    since: index % 20 == 3 ? String(query.prefix(20)) : nil)
            }
            do {
                let results = try knowledgeBase.search(SearchText(query: query, filter: filter, limit: 10))
                hits += results.hits.count
                if let stray = results.hits.first(where: { !ids.contains($0.entry.id) }) {
                    failures.append("\(query.prefix(60).debugDescription): a hit that is no entry: \(stray.entry.id)")
                }
            } catch let error as KennisbankError where !filter.topics.isEmpty {
                refusedFilters += 1
                let message = error.englishMessage
                if message.contains("\n")
                    || ["SQLite", "SQLITE", "fts5", "syntax error"].contains(where: message.contains)
                {
                    failures.append(
                        "\(query.prefix(60).debugDescription): filter refused as \(message.debugDescription)")
                }
            } catch {
                failures.append("\(query.prefix(60).debugDescription) threw \(error)")
            }
            let terms = KnowledgeBase.analyze(query)
            if terms.contains(where: {
                $0.isEmpty || $0.unicodeScalars.contains { $0.properties.generalCategory == .control }
            }) {
                failures.append("\(query.prefix(60).debugDescription): analyze gave \(terms.prefix(5))")
            }
            if failures.count >= 20 { break }
        }
        XCTAssertEqual(failures, [])
        XCTAssertEqual(try knowledgeBase.count(), 60, "nothing was changed or dropped")
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
        XCTAssertGreaterThan(hits, 0, "some generated queries find entries")
        print(
            "reliability: fuzz/library: \(queries.count) generated queries searched and analyzed in-process (\(4 * ReliabilityMode.scale) of 1 MB, \(refusedFilters) fuzzed filters refused in plain words), \(hits) hits, no error [scale \(ReliabilityMode.scale)]"
        )
    }
}
