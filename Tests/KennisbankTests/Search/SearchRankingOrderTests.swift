import Foundation
import GRDB
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// The order of hits now that FTS5 sorts by its own `rank`: the same as `ORDER BY bm25(…), id`.
final class SearchRankingOrderTests: XCTestCase {
    /// Equal scores come in id order, better scores first, and pages continue the order.
    func testEqualScoresComeInIdOrderBehindBetterScores() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        var same: [Entry.ID] = []
        for index in 0..<25 {
            same.append(
                try knowledgeBase.addAllowingDuplicate(
                    NewEntryText(
                        kind: index % 2 == 0 ? .tip : .example, title: "Buurthuis", body: "Het buurthuis.",
                        municipality: "Deventer")
                ).id)
        }
        let best = try knowledgeBase.addAllowingDuplicate(
            NewEntryText(kind: .tip, title: "Buurthuis buurthuis", body: "Buurthuis en buurthuis."))
        let hits = try knowledgeBase.search(SearchText(query: "buurthuis", limit: 30)).hits
        XCTAssertEqual(hits.map(\.entry.id), [best.id] + same)
        XCTAssertEqual(hits.map(\.score), hits.map(\.score).sorted(by: >))
        XCTAssertFalse(hits[0].snippet.isEmpty)
        let page = try knowledgeBase.search(SearchText(query: "buurthuis", limit: 5, offset: 5)).hits
        XCTAssertEqual(page.map(\.entry.id), Array(([best.id] + same)[5..<10]))
        let tips = try knowledgeBase.search(SearchText(query: "buurthuis", filter: FilterText(kinds: [.tip]), limit: 4))
            .hits
        XCTAssertEqual(
            tips.map(\.entry.id), [best.id] + same.enumerated().filter { $0.offset % 2 == 0 }.prefix(3).map(\.element))
    }

    /// On varied text, the hits and scores are those of `ORDER BY bm25(entry_fts, weights), rowid`.
    func testOrderAndScoresMatchBM25WithTheColumnWeights() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let words = ["buurthuis", "vrijwilligers", "gemeente", "raad", "subsidie", "dorpshuis", "beheer", "bewoners"]
        var random = SeededRandom(seed: 7)
        for index in 0..<120 {
            let title = (0..<random.within(1...4)).map { _ in random.pick(words) }.joined(separator: " ")
            let body = (0..<random.within(3...40)).map { _ in random.pick(words) }.joined(separator: " ")
            try knowledgeBase.addAllowingDuplicate(
                NewEntryText(
                    kind: .tip, title: "\(title) \(index)", body: body, topics: index % 3 == 0 ? ["Beheer"] : []))
        }
        for query in ["buurthuis", "raad subsidie", "beheer", "\"dorpshuis beheer\"", "vrijwillig*"] {
            guard let expression = SearchQuery(query).matchExpression(using: .standard)?.combined else {
                return XCTFail(query)
            }
            let expected = try knowledgeBase.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT rowid, bm25(entry_fts, \(KnowledgeBase.columnWeights)) AS score FROM entry_fts
                        WHERE entry_fts MATCH ? ORDER BY score, rowid LIMIT 50
                        """, arguments: [expression])
            }
            XCTAssertFalse(expected.isEmpty, "the generated text holds \(query)")
            let hits = try knowledgeBase.search(SearchText(query: query, limit: 50)).hits
            XCTAssertEqual(hits.map(\.entry.id), expected.map { Entry.ID($0["rowid"] as Int64) }, query)
            for (hit, row) in zip(hits, expected) {
                XCTAssertEqual(hit.score, -(row["score"] as Double), accuracy: 1e-9, query)
            }
        }
    }
}
