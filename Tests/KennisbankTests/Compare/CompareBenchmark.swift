import Foundation
import GRDB
import XCTest
@testable import Kennisbank

/// A local measurement, not a timed test: how long comparisons take on a large network.
///
/// Skipped unless `KB_COMPARE_BENCHMARK=1`. It builds (once, in the temporary folder) a
/// knowledge base of all 342 municipalities with 100,000 obstacles under 40 topics and 20,000
/// tips and examples — titles of 3–7 words from 50 common and 3,000 rarer words, bodies of
/// about 60 words — then prints the time of each comparison (best of three). Run:
///
///     KB_COMPARE_BENCHMARK=1 swift test --scratch-path .build-compare --filter CompareBenchmark
final class CompareBenchmark: XCTestCase {
    func testMeasureComparisonsOnALargeNetwork() throws {
        guard ProcessInfo.processInfo.environment["KB_COMPARE_BENCHMARK"] == "1" else {
            throw XCTSkip("set KB_COMPARE_BENCHMARK=1 to measure")
        }
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("kb-compare-benchmark-v2.sqlite")
        if !FileManager.default.fileExists(atPath: path) {
            let started = Date()
            try Self.build(at: path)
            print("built \(path) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        let kb = try KnowledgeBase(path: path)
        let counts = try kb.read { db in
            try Row.fetchOne(db, sql: "SELECT (SELECT count(*) FROM entry WHERE kind = 'obstacle') AS o, (SELECT count(DISTINCT municipality_id) FROM entry WHERE kind = 'obstacle') AS m, (SELECT count(*) FROM entry) AS e")!
        }
        print("network: \(counts["o"] as Int) obstacles of \(counts["m"] as Int) municipalities, \(counts["e"] as Int) entries")
        let busiest = try kb.read { db in
            try String.fetchOne(db, sql: "SELECT m.name FROM entry e JOIN municipality m ON m.id = e.municipality_id WHERE e.kind = 'obstacle' GROUP BY m.id ORDER BY count(*) DESC LIMIT 1")!
        }
        func measure(_ label: String, _ work: () throws -> Any) rethrows {
            var best = Double.infinity
            var result: Any = ()
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                result = try work()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print(String(format: "%-58@ %8.1f ms", label as NSString, best), Self.describe(result))
        }
        try measure("compare: all municipalities") { try kb.compare() }
        try measure("compare: province Gelderland") { try kb.compare(ComparisonFilter(province: "Gelderland")) }
        try measure("compare: Deventer and Zwolle") { try kb.compare(ComparisonFilter(municipalities: ["Deventer", "Zwolle"])) }
        try measure("compare: all, 3 topics, status open") {
            try kb.compare(ComparisonFilter(topics: ["Onderwerp 1", "Onderwerp 2", "Onderwerp 3"], statuses: [.open]))
        }
        try measure("similar: 10 most alike pairs of all 342") { try kb.similarMunicipalities(limit: 10) }
        try measure("similar: 10 nearest to \(busiest)") { try kb.similarMunicipalities(ComparisonFilter(municipalities: [busiest]), limit: 10) }
        try measure("who can help \(busiest) (all its obstacles)") { try kb.whoCanHelp(busiest) }
        try measure("who can help Deventer") { try kb.whoCanHelp("Deventer") }
    }

    static func describe(_ result: Any) -> String {
        switch result {
        case let comparison as ObstacleComparison:
            return "(\(comparison.municipalities.count) columns × \(comparison.rows.count) rows)"
        case let report as HelpReport:
            let matches = report.obstacles.reduce(0) { $0 + $1.helperCount }
            return "(\(report.obstacles.count) obstacles, \(matches) helper rankings)"
        case let list as [MunicipalitySimilarity]:
            return "(top \(list.first.map { "\($0.first)–\($0.second) \(String(format: "%.3f", $0.score))" } ?? "-"))"
        default:
            return ""
        }
    }

    /// Fills a new knowledge base at `path` in one transaction, with a fixed random sequence.
    static func build(at path: String) throws {
        let kb = try KnowledgeBase(path: path)
        var random = SeededGenerator(seed: 2015_05_21)
        let words = ["wantrouwen", "bewoners", "gemeente", "raad", "planning", "financiële", "risico's", "vastgoed",
                     "leegstand", "school", "kerk", "buurthuis", "subsidie", "regels", "beheer", "co-creatie", "eigenaarschap",
                     "bestuur", "ambtenaren", "tijd", "geld", "vrijwilligers", "onderhoud", "sport", "bibliotheek", "zorg",
                     "jongeren", "ouderen", "wijk", "dorp", "participatie", "verantwoordelijkheid", "lange", "termijn",
                     "belangen", "doelen", "transparantie", "vertrouwen", "loslaten", "experiment", "pilot", "overdracht",
                     "exploitatie", "huur", "energie", "duurzaamheid", "verbouwing", "procedures", "juridisch", "aansprakelijkheid"]
        try kb.writer.write { db in
            let municipalities = try Int64.fetchAll(db, sql: "SELECT id FROM municipality ORDER BY id")
            var topicIDs: [Int64] = []
            for index in 1...40 {
                try db.execute(sql: "INSERT INTO topic (label, key) VALUES (?, ?)", arguments: ["Onderwerp \(index)", "onderwerp\(index)"])
                topicIDs.append(db.lastInsertedRowID)
            }
            let insert = try db.makeStatement(sql: """
                INSERT INTO entry (uuid, kind, title, body, municipality_id, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')
                """)
            let tag = try db.makeStatement(sql: "INSERT OR IGNORE INTO entry_topic (entry_id, topic_id) VALUES (?, ?)")
            let link = try db.makeStatement(sql: "INSERT OR IGNORE INTO entry_obstacle (entry_id, obstacle_id) VALUES (?, ?)")
            var obstacles: [Int64] = []
            // Rarer words: made of Dutch-looking syllables, a few thousand of them.
            let syllables = ["ver", "be", "ont", "ge", "wijk", "bouw", "plan", "raad", "huis", "school", "zorg", "geld",
                             "tijd", "werk", "groen", "buurt", "dorp", "stad", "sport", "kerk", "veld", "weg", "land", "water"]
            let endings = ["ing", "en", "heid", "schap", "er", "st", "baar", "lijk", "te", "s", "", "ers", "ingen"]
            var rare: [String] = []
            for a in syllables { for b in syllables where a != b { for ending in endings.prefix(6) { rare.append(a + b + ending) } } }
            func word() -> String {
                random.below(3) == 0 ? words[min(random.below(words.count), random.below(words.count))] : rare[random.below(rare.count)]
            }
            func title() -> String {
                (0..<(3 + random.below(5))).map { _ in word() }.joined(separator: " ").capitalizedFirst
            }
            func body() -> String {
                (0..<(40 + random.below(40))).map { _ in word() }.joined(separator: " ")
            }
            func topics(for id: Int64) throws {
                let n = random.below(10) == 0 ? 0 : 1 + random.below(3)
                for _ in 0..<n {
                    // Skewed: low-numbered topics are far more common.
                    let topic = topicIDs[min(random.below(40), random.below(40))]
                    try tag.execute(arguments: [id, topic])
                }
            }
            for _ in 0..<100_000 {
                // Skewed: some municipalities report far more than others.
                let municipality = municipalities[min(random.below(municipalities.count), random.below(municipalities.count))]
                let status = ["open", "open", "addressed", "resolved"][random.below(4)]
                try insert.execute(arguments: [UUID().uuidString.lowercased(), "obstacle", title(), body(), municipality, status])
                let id = db.lastInsertedRowID
                obstacles.append(id)
                try topics(for: id)
            }
            for index in 0..<20_000 {
                let kind = index % 2 == 0 ? "tip" : "example"
                let municipality: Int64? = kind == "tip" && random.below(5) == 0 ? nil : municipalities[random.below(municipalities.count)]
                try insert.execute(arguments: [UUID().uuidString.lowercased(), kind, title(), body(), municipality, nil])
                let id = db.lastInsertedRowID
                try topics(for: id)
                if random.below(3) == 0 { try link.execute(arguments: [id, obstacles[random.below(obstacles.count)]]) }
            }
            try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")
        }
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
