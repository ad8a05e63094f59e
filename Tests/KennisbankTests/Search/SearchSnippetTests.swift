import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Snippets are made from a bounded window of each column, so that one huge entry (a 990 kB
/// body of one repeated word, thousands of topics) cannot make a search take a minute: FTS5's
/// `snippet()` does work that grows with the square of a column's matches. These tests prove
/// the bound by what the snippet is given, never by timing (kb-bench measures the time).
final class SearchSnippetTests: XCTestCase {
    /// The most bytes the snippet may see of one column: 8 KiB (the window is 4 KiB, with an
    /// ellipsis at either end).
    static let columnBound = 8 << 10

    private func snippetMaker(_ query: String) -> SearchSnippets {
        SearchSnippets(query: SearchQuery(query), analyzer: .standard)
    }

    /// Asserts that the snippet of `entry` is given at most ``columnBound`` bytes of each column;
    /// returns whether it is (a search without the bound would take minutes: the caller stops).
    @discardableResult
    private func assertBounded(_ entry: Entry, _ query: String, file: StaticString = #filePath, line: UInt = #line)
        -> Bool
    {
        let columns = snippetMaker(query).columns(of: entry)
        XCTAssertEqual(columns.count, 4, file: file, line: line)
        let largest = columns.map(\.utf8.count).max() ?? 0
        XCTAssertLessThanOrEqual(
            largest, Self.columnBound, "the snippet is given a bounded window", file: file, line: line)
        return columns.count == 4 && largest <= Self.columnBound
    }

    func testAHugeBodyOfOneRepeatedWordGivesTheSnippetABoundedWindow() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let entry = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Herhaling", body: String(repeating: "woord ", count: 165_000)))
        XCTAssertGreaterThan(entry.body.utf8.count, 980_000)
        guard assertBounded(entry, "woord") else { return }

        for query in ["woord", "woord ontbreekt", "wo*", "\"woord woord\""] {
            let results = try knowledgeBase.search(SearchRequest(query: query))
            XCTAssertEqual(results.hits.map(\.entry.id), [entry.id], query)
            XCTAssertEqual(results.isRelaxed, query == "woord ontbreekt", query)
            let snippet = try XCTUnwrap(results.hits.first).snippet(markingWith: "[", "]")
            XCTAssertTrue(snippet.hasPrefix(query.hasPrefix("\"") ? "[woord woord" : "[woord]"), "\(query): \(snippet)")
            XCTAssertTrue(snippet.hasSuffix("…"), "\(query): \(snippet)")
            XCTAssertLessThan(snippet.count, 400, query)
        }
    }

    func testTheWindowHoldsTheFirstMatchFarIntoALongBody() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let filler = String(repeating: "Een zin over iets anders dan waar het om gaat. ", count: 2_000)
        let body = filler + "Hier staat het buurthuis dat de vrijwilligers beheren. " + filler
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Lange notulen", body: body))
        assertBounded(entry, "buurthuis")
        let window = snippetMaker("buurthuis").columns(of: entry)[1]
        XCTAssertTrue(window.hasPrefix("…") && window.hasSuffix("…"), "a window inside the body is marked on both ends")
        XCTAssertTrue(window.contains("Hier staat het buurthuis"), window)

        let hit = try XCTUnwrap(try knowledgeBase.search(SearchRequest(query: "buurthuizen vrijwilliger")).hits.first)
        XCTAssertEqual(
            hit.snippet(markingWith: "[", "]"),
            "…Hier staat het [buurthuis] dat de [vrijwilligers] beheren. Een zin over iets anders dan waar het om gaat. Een zin over iets anders dan…"
        )

        let prefix = try XCTUnwrap(try knowledgeBase.search(SearchRequest(query: "vrijwillig*")).hits.first)
        XCTAssertTrue(prefix.snippet(markingWith: "[", "]").contains("[vrijwilligers]"), prefix.snippet)
    }

    func testAMatchBeyondTheScannedPartShowsTheOpeningOfTheBody() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let filler = String(repeating: "Een zin over iets anders. ", count: SearchSnippets.scanBytes / 26 + 100)
        let entry = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Heel lang", body: filler + "Het dorpshuis sloot."))
        assertBounded(entry, "dorpshuis")
        let hit = try XCTUnwrap(try knowledgeBase.search(SearchRequest(query: "dorpshuis")).hits.first)
        XCTAssertEqual(hit.entry.id, entry.id)
        XCTAssertEqual(hit.snippet, String(filler.prefix(SearchSnippets.openingLength)))
    }

    /// An older file may hold an entry with far more topics than an entry may now have.
    func testAnEntryWithThousandsOfTopicsIsSearchedInABoundedWindow() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Veel onderwerpen", body: "Kort."))
        try knowledgeBase.writer.write { db in
            let topic = try db.makeStatement(sql: "INSERT INTO topic (label, key) VALUES (?, ?)")
            let link = try db.makeStatement(sql: "INSERT INTO entry_topic (entry_id, topic_id) VALUES (?, ?)")
            for number in 1...20_000 {
                try topic.execute(arguments: ["Onderwerp \(number)", "onderwerp \(number)"])
                try link.execute(arguments: [entry.id, db.lastInsertedRowID])
            }
            try SearchIndex.rebuild(in: db)
        }
        let stored = try knowledgeBase.entry(entry.id.description)
        XCTAssertEqual(stored.topics.count, 20_000)
        guard assertBounded(stored, "onderwerp") else { return }
        let hit = try XCTUnwrap(try knowledgeBase.search(SearchRequest(query: "onderwerp")).hits.first)
        XCTAssertTrue(hit.snippet(markingWith: "[", "]").hasPrefix("[Onderwerp] 1 · [Onderwerp]"), hit.snippet)
    }

    /// Columns that fit the window are given whole: their snippets are exactly what FTS5's
    /// `snippet()` gives on the index (compared where the topics column, whose order the index
    /// view does not fix, holds at most one topic).
    func testShortColumnsGiveTheSnippetOfTheIndex() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.loadSample()
        var compared = 0
        for text in [
            "vertrouwen", "buurthuis vrijwilligers", "\"ruimte voor anders\"", "participatie OF inspraak", "gemeent*",
            "financiele risicos", "co-creatie", "wantrouwen -subsidie", "Testerveen", "dorpshuis", "bewoners gemeente",
            "subsidie", "wethouder", "raad*", "initiatief",
        ] {
            // The expression the search matches: the query with its synonyms and place names (issue 15).
            let query = SearchQuery(text)
            let expanded = try knowledgeBase.read { db in
                try SearchExpansionOutcome(
                    query, compiled: query.compiled(using: .standard), analyzer: .standard, in: db)
            }
            let include = try XCTUnwrap(expanded.expanded.match?.include, text)
            let results = try knowledgeBase.search(SearchRequest(query: text, limit: 50))
            XCTAssertFalse(results.isRelaxed, text)
            for hit in results.hits where hit.entry.topics.count <= 1 {
                let columns = snippetMaker(text).columns(of: hit.entry)
                XCTAssertEqual(
                    columns,
                    [
                        hit.entry.title, hit.entry.body, hit.entry.topics.joined(separator: " · "),
                        hit.entry.municipality ?? "",
                    ])
                let indexed = try knowledgeBase.writer.read { db in
                    try String.fetchOne(
                        db,
                        sql: """
                            SELECT snippet(entry_fts, -1, char(57344), char(57345), '…', 24) FROM entry_fts WHERE entry_fts MATCH ? AND rowid = ?
                            """, arguments: [include, hit.entry.id])
                }
                XCTAssertEqual(hit.snippet, indexed, "\(text) #\(hit.entry.id)")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 12)
    }
}
