import GRDB
import KennisbankTestSupport
import KennisbankText
import XCTest

@testable import Kennisbank

/// The "most of the words" fallback (issue 17): the words each candidate holds are read with one
/// scan of each word's matches, not one index lookup per candidate and word. The hits, their
/// order and the number of candidates are those of a lookup per candidate.
final class MostWordsFallbackTests: XCTestCase {
    private static let words = [
        "buurthuis", "subsidie", "vrijwilligers", "zwembad", "gemeenteraad", "bewoners", "pilot", "sporthal",
        "wijkcentrum", "jaarverslag",
    ]

    /// A knowledge base of entries that each hold a few of ``words``.
    private func knowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        var generator = SeededRandom(seed: 17)
        for index in 0..<80 {
            let held = Self.words.shuffled(using: &generator).prefix(Int.random(in: 1...3, using: &generator))
            try knowledgeBase.addAllowingDuplicate(
                NewEntryText(
                    kind: index.isMultiple(of: 3) ? .tip : .obstacle, title: "Verhaal \(index) over \(held.first!)",
                    body: "Hier gaat het om " + held.joined(separator: " en ") + ".",
                    municipality: index.isMultiple(of: 3) ? nil : "Zwolle"))
        }
        return knowledgeBase
    }

    /// The fallback worked out with one lookup per candidate and item: the reference.
    private func reference(
        _ query: String, _ filter: EntryFilter, limit: Int, in knowledgeBase: KnowledgeBase
    ) throws -> (ids: [Entry.ID], candidates: Int) {
        let compiled = SearchQuery(query).compiled(using: .standard)
        let relaxed = try XCTUnwrap(compiled.match?.relaxedCombined)
        return try knowledgeBase.read { db in
            let candidates = try knowledgeBase.rankedIDs(
                relaxed, filter, limit: KnowledgeBase.relaxedCandidateLimit, offset: 0, in: db)
            var held: [Entry.ID: Int] = [:]
            for candidate in candidates {
                for item in compiled.requiredItems {
                    let holds = try Bool.fetchOne(
                        db,
                        literal:
                            "SELECT EXISTS (SELECT 1 FROM entry_fts WHERE entry_fts MATCH \(item) AND rowid = \(candidate.id))"
                    )
                    if holds == true { held[candidate.id, default: 0] += 1 }
                }
            }
            let ordered = candidates.enumerated()
                .sorted { (held[$0.element.id] ?? 0, -$0.offset) > (held[$1.element.id] ?? 0, -$1.offset) }
                .map(\.element.id)
            return (Array(ordered.prefix(limit)), candidates.count)
        }
    }

    func testTheFallbackRanksAsALookupPerCandidateWould() throws {
        let knowledgeBase = try knowledgeBase()
        let queries = [
            "buurthuis zwembad xyzxyz", "subsidie vrijwilligers bewoners pilot", "gemeente sporthal jaarverslag",
            "wijkcentrum zwembad",
        ]
        for query in queries {
            for filter in [EntryFilter(), EntryFilter(kinds: [.tip])] {
                let compiled = SearchQuery(query).compiled(using: .standard)
                let relaxed = try XCTUnwrap(compiled.match?.relaxedCombined)
                let expected = try reference(query, filter, limit: 10, in: knowledgeBase)
                let (hits, candidates) = try knowledgeBase.read { db in
                    try knowledgeBase.mostWords(relaxed, items: compiled.requiredItems, filter, limit: 10, in: db)
                }
                XCTAssertEqual(hits.map(\.entry.id), expected.ids, "\(query), \(filter)")
                XCTAssertEqual(candidates, expected.candidates, "\(query), \(filter)")
                XCTAssertGreaterThan(candidates, 1, query)
            }
        }
        // The search itself falls back on these queries, and shows the entries with most words first.
        let results = try knowledgeBase.search(SearchRequest(query: "buurthuis zwembad xyzxyz"))
        XCTAssertTrue(results.isRelaxed)
        let first = try XCTUnwrap(results.hits.first)
        XCTAssertTrue(first.entry.body.contains("buurthuis") && first.entry.body.contains("zwembad"), first.entry.body)
    }
}
