import Foundation
import GRDB
import KennisbankText
import XCTest

@testable import Kennisbank

/// Search with compound parts: a part finds the compound, a compound finds its parts, and a
/// whole-word match ranks above a part match.
final class CompoundSearchTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    @discardableResult
    private func add(_ title: String, _ body: String) throws -> Entry {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: title, body: body))
    }

    private func titles(_ query: String) throws -> [String] {
        try knowledgeBase.search(SearchText(query: query)).hits.map(\.entry.title)
    }

    func testAPartFindsTheCompound() throws {
        try add("Besluit", "De gemeenteraad stemde in met de begroting.")
        try add("Energie", "De energielasten van het dorpshuis stijgen.")
        try add("Participatie", "Burgerparticipatie vraagt tijd.")
        XCTAssertEqual(try titles("raad"), ["Besluit"])
        XCTAssertEqual(try titles("raden"), ["Besluit"])
        XCTAssertEqual(try titles("energie"), ["Energie"])
        XCTAssertEqual(try titles("lasten huis"), ["Energie"])
        XCTAssertEqual(try titles("participatie"), ["Participatie"])
    }

    func testACompoundFindsItsPartsWrittenApart() throws {
        try add("Beheer", "Het beheer van het buurthuis ligt bij de bewoners.")
        try add("Samengesteld", "Buurthuisbeheer door bewoners.")
        XCTAssertEqual(Set(try titles("buurthuisbeheer")), ["Beheer", "Samengesteld"])
        XCTAssertEqual(Set(try titles("beheer buurthuis")), ["Beheer", "Samengesteld"])
        // The typed form first: the compound whole before its parts apart, and the reverse.
        XCTAssertEqual(try titles("buurthuisbeheer"), ["Samengesteld", "Beheer"])
        XCTAssertEqual(try titles("beheer buurthuis"), ["Beheer", "Samengesteld"])
    }

    func testWordsThatMustNotSplitDoNotMatchTheirParts() throws {
        try add("Voorraad", "De voorraad van de voedselbank is op.")
        try add("Gebouw", "Het gebouw staat leeg.")
        XCTAssertEqual(try titles("raad"), [])
        XCTAssertEqual(try titles("bouwen"), [])
    }

    /// The part match has the better BM25 score (a short title), yet the whole word ranks first.
    func testAWholeWordRanksAboveAPartMatch() throws {
        let part = try add("Gemeenteraad", "Een korte notitie.")
        let whole = try add(
            "Verslag van de avond", "Lang verslag over van alles en nog wat, waarin ook de raad even genoemd werd.")
        let expanded = try XCTUnwrap(SearchQuery("raad").compiled(using: .standard).match?.include)
        let byScore = try knowledgeBase.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?
                    ORDER BY bm25(entry_fts, \(KnowledgeBase.columnWeights))
                    """, arguments: [expanded])
        }
        XCTAssertEqual(byScore, [part.id.rawValue, whole.id.rawValue], "BM25 alone puts the part match first")
        XCTAssertEqual(try titles("raad"), ["Verslag van de avond", "Gemeenteraad"])
    }

    func testAnExcludedWordDoesNotExcludeTheCompoundsItIsPartOf() throws {
        try add("Besluit", "De gemeenteraad stemde in.")
        try add("Advies", "De raad adviseert de gemeente.")
        XCTAssertEqual(try titles("gemeente -raad"), ["Besluit"])
    }

    func testSnippetsMarkTheCompoundAPartMatched() throws {
        try add("Besluit", "Gisteren stemde de gemeenteraad in met het plan.")
        let hit = try XCTUnwrap(knowledgeBase.search(SearchText(query: "raad")).hits.first)
        XCTAssertTrue(
            hit.snippet.contains(SearchHit.highlightStart + "gemeenteraad" + SearchHit.highlightEnd), hit.snippet)
    }

    /// Migration 0009 rebuilds the index, even when the recorded analyzer would not ask for it.
    func testMigration0009RebuildsTheIndex() throws {
        let path = try makeTemporaryFolder(self) + "/old.sqlite"
        do {
            let knowledgeBase = try KnowledgeBase(path: path)
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "Besluit", body: "De gemeenteraad stemde in."))
            // As before 0009: an index without this entry's parts, and 0009 not applied.
            try knowledgeBase.writer.write { db in
                try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('delete-all')")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '0009_compound_parts'")
            }
            XCTAssertEqual(try knowledgeBase.search(SearchText(query: "raad")).hits.count, 0)
        }
        let knowledgeBase = try KnowledgeBase(path: path)
        XCTAssertEqual(try knowledgeBase.migrationStatus().pending, [])
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "raad")).hits.map(\.entry.title), ["Besluit"])
    }
}
