import Foundation
import GRDB
import Kennisbank

/// Searches over entries made to slow a search down, and how long they took.
struct HostileEntryResult {
    /// One query on one hostile entry.
    struct Search {
        /// What makes the entry hostile.
        var entry: String
        var query: String
        var hits: Int
        /// Median and slowest of the runs, ms.
        var median: Double
        var slowest: Double
    }

    var searches: [Search]
    /// The slowest run of any search, ms.
    var slowest: Double { searches.map(\.slowest).max() ?? 0 }
}

/// Times `KnowledgeBase.search` on the entries that once made a search take a minute: a 990 kB
/// body of one repeated word (65 s, from FTS5's `snippet()`, quadratic in a column's matches) and
/// 100,000 topics on one entry (68 s). An entry may now carry at most 50 topics, but an older
/// file can hold more: that entry is written with SQL, as such a file would hold it.
struct HostileEntryBenchmark {
    let paths: BenchmarkPaths
    let repetitions: Int
    let log: (String) -> Void

    /// The searches: which entry they aim at, and the query.
    static let searches: [(entry: String, query: String)] = [
        ("990 kB body of one repeated word", "woord"),
        ("990 kB body of one repeated word", "woord ontbreekt"),
        ("990 kB body of one repeated word", "wo*"),
        ("990 kB body of one repeated word", "\"woord woord\""),
        ("990 kB body, the word at its end", "slotwoord"),
        ("100,000 topics on one entry", "onderwerp"),
        ("100,000 topics on one entry", "onderwerp*"),
        ("all of them, listed", ""),
    ]

    func run() throws -> HostileEntryResult {
        let database = "\(paths.work)/hostile/kennisbank.sqlite"
        try FileManager.default.createDirectory(atPath: "\(paths.work)/hostile", withIntermediateDirectories: true)
        try SizeBenchmark.removeDatabase(database)
        log(
            "hostile entries: a 990 kB body of one repeated word, one that ends in its match, 100,000 topics on one entry"
        )
        let knowledgeBase = try KnowledgeBase(path: database)
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Herhaling", body: String(repeating: "woord ", count: 165_000)))
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Lang", body: String(repeating: "tekst ", count: 165_000) + "slotwoord"))
        let manyTopics = try knowledgeBase.add(NewEntry(kind: .tip, title: "Veel onderwerpen", body: "Kort."))
        let writer = try DatabaseQueue(path: database)
        try writer.write { db in
            let topic = try db.makeStatement(sql: "INSERT INTO topic (label, key) VALUES (?, ?)")
            let link = try db.makeStatement(sql: "INSERT INTO entry_topic (entry_id, topic_id) VALUES (?, ?)")
            for number in 1...100_000 {
                try topic.execute(arguments: ["Onderwerp \(number)", "onderwerp \(number)"])
                try link.execute(arguments: [manyTopics.id, db.lastInsertedRowID])
            }
        }
        try writer.close()
        try knowledgeBase.rebuildSearchIndex()

        var result = HostileEntryResult(searches: [])
        for (entry, query) in Self.searches {
            var times: [Double] = []
            var hits = 0
            for _ in 0..<repetitions {
                let started = monotonicSeconds()
                hits = try knowledgeBase.search(SearchRequest(query: query, limit: 20)).hits.count
                times.append((monotonicSeconds() - started) * 1000)
            }
            times.sort()
            result.searches.append(
                HostileEntryResult.Search(
                    entry: entry, query: query, hits: hits, median: times[times.count / 2], slowest: times.last ?? 0))
            log("  \(query.isEmpty ? "(listing)" : query): \(Formatting.ms(times[times.count / 2])) ms")
        }
        return result
    }
}
