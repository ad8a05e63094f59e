import Foundation
import XCTest
@testable import Kennisbank

/// The in-process fuzz of search and analysis: generated queries — FTS5 and query syntax soup,
/// quotes, brackets, SQL, NUL and other control characters, invalid UTF-8 decoded the way the
/// command line decodes it, strings of 1 MB — never make `search` throw, never return a hit
/// that is no entry, and never change the knowledge base. 2,000 queries (and four of 1 MB) in
/// CI; 10,000 × `KB_RELIABILITY_SCALE` (100,000 at the default 10 of
/// `Scripts/reliability-long.sh`) in the longer mode.
final class SearchFuzzReliabilityTests: XCTestCase {
    static var scale: Int {
        Int(ProcessInfo.processInfo.environment["KB_RELIABILITY_SCALE"] ?? "").map { min(max($0, 1), 1_000) } ?? 1
    }

    static let pieces: [String] = [
        "buurthuis", "buurthuizen", "vrijwilligers", "financiële", "financie\u{308}le", "risico's", "’s-Hertogenbosch", "co-creatie",
        "wat", "werkt?", "gemeente", "OF", "OR", "AND", "NOT", "NIET", "NEAR", "NEAR(", "-", "--", "*", "^", ":", "title:", "body:",
        "entry_fts:", "{title body}:", "\"", "“", "”", "„", "'", "(", ")", "[", "]", "{", "}", "+", ",", ".", "?", "%", "&", "|", "\\",
        ";", "'); DROP TABLE entry; --", "' OR 1=1 --", "rank", "MATCH", "a*", "-a", "-\"a b\"", "NEAR(a b, 2)", "OR a", "a OR",
        "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\n", "\t", "\r", "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{202E}",
        "\u{FFFD}", "\u{FFFF}", "\u{E000}", "🏠", "👩‍👩‍👧", "e\u{301}", "\u{345}", "ﬁ", "ß", "İ", "ĳ", "Ⅻ", "𝔟𝔲𝔲𝔯𝔱", "日本語", "עברית",
        " ", "  ", "",
        // Syntax characters followed by combining marks, and spreadsheet formula starts (issue 10, items 2 and 5).
        "\"\u{301}", ",\u{301}", "'\u{308}", "*\u{20DD}", "(\u{301}", "-\u{308}x", "\"\u{301},=1+1,\"\u{301}", "=1+1", "=HYPERLINK(\"x\")",
        "+31", "@SUM(A1)", "'=al", "''+twee", "\t=x", "\r-x",
    ]

    static let brokenUTF8: [[UInt8]] = [
        [0xFF], [0xC0, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x8F], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3],
    ]

    /// One generated query.
    static func query(_ random: inout SeededGenerator) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...14, using: &random) {
            switch Int.random(in: 0..<20, using: &random) {
            case 0..<12: bytes += Array(pieces.randomElement(using: &random)!.utf8)
            case 12..<14: bytes += brokenUTF8.randomElement(using: &random)!
            case 14..<16: bytes += (0..<Int.random(in: 1...6, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            case 16: bytes += Array(repeating: Array(pieces.randomElement(using: &random)!.utf8), count: Int.random(in: 2...300, using: &random)).flatMap { $0 }
            default: break
            }
            if Bool.random(using: &random) { bytes.append(UInt8(ascii: " ")) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testGeneratedQueriesNeverFail() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        var random = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["KB_RELIABILITY_SEED"] ?? "") ?? 2015_05_21)
        let municipalities = ["Deventer", "Zwolle", "Leeuwarden", "Súdwest-Fryslân", "'s-Hertogenbosch", "Bergen (NH.)"]
        var ids = Set<Entry.ID>()
        for index in 0..<60 {
            let kind = [EntryKind.tip, .example, .obstacle][index % 3]
            let text = (0..<8).map { _ in Self.pieces.randomElement(using: &random)! }.joined(separator: " ")
            let entry = try knowledgeBase.add(NewEntryText(
                kind: kind, title: "Ervaring \(index): buurthuis en co-creatie", body: "Financiële risico's. " + text.filter { $0.isLetter || $0 == " " },
                municipality: kind == .tip ? nil : municipalities[index % municipalities.count], topics: ["Vertrouwen", "Thema \(index % 7)"]))
            ids.insert(entry.id)
        }
        let count = Self.scale > 1 ? 10_000 * Self.scale : 2_000
        var queries = (0..<count).map { _ in Self.query(&random) }
        // Strings of 1 MB: one word, syntax soup, and quotes and brackets.
        for _ in 0..<Self.scale {
            queries += [String(repeating: "a", count: 1 << 20),
                        String(Self.query(&random).unicodeScalars.prefix(64)) + String(repeating: "buurthuis OF -\"co creatie\" NEAR( ", count: (1 << 20) / 34),
                        String(repeating: "\"(", count: 1 << 19), String(repeating: "\u{0}", count: 1 << 20)]
        }

        var failures: [String] = [], hits = 0, refusedFilters = 0
        for (index, query) in queries.enumerated() {
            var filter = FilterText()
            if index % 10 == 3 {
                // A fuzzed filter may be refused, in one line of plain words.
                filter = FilterText(kinds: [.tip, .example], topics: [String(Self.query(&random).prefix(80))], since: index % 20 == 3 ? String(query.prefix(20)) : nil)
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
                if message.contains("\n") || ["SQLite", "SQLITE", "fts5", "syntax error"].contains(where: message.contains) {
                    failures.append("\(query.prefix(60).debugDescription): filter refused as \(message.debugDescription)")
                }
            } catch {
                failures.append("\(query.prefix(60).debugDescription) threw \(error)")
            }
            let terms = KnowledgeBase.analyze(query)
            if terms.contains(where: { $0.isEmpty || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
                failures.append("\(query.prefix(60).debugDescription): analyze gave \(terms.prefix(5))")
            }
            if failures.count >= 20 { break }
        }
        XCTAssertEqual(failures, [])
        XCTAssertEqual(try knowledgeBase.count(), 60, "nothing was changed or dropped")
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
        XCTAssertGreaterThan(hits, 0, "some generated queries find entries")
        print("reliability: fuzz/library: \(queries.count) generated queries searched and analyzed in-process (\(4 * Self.scale) of 1 MB, \(refusedFilters) fuzzed filters refused in plain words), \(hits) hits, no error [scale \(Self.scale)]")
    }
}
