import Foundation
import GRDB
import KennisbankText
import XCTest

@testable import Kennisbank

/// The relevance test set (Fixtures/relevance.json): Dutch entries in the register of the
/// network's reports, and queries with the entries each must return in its top 3 and those it
/// must not return at all. Run for the plain Snowball variants too, to show why the final
/// analyzer is what it is.
final class RelevanceTests: XCTestCase {
    struct TestSet: Decodable {
        struct Item: Decodable {
            var key: String
            var kind: EntryKind
            var title: String
            var body: String
            var municipality: String?
            var topics: [String]
        }
        struct Query: Decodable {
            var query: String
            var covers: String
            var must: [String]
            var must_not: [String]
            var why: String
        }
        var entries: [Item]
        var queries: [Query]
    }

    /// What one analyzer scored on the set.
    struct Score: CustomStringConvertible {
        var name: String
        var queries = 0
        var mustFound = 0
        var mustTotal = 0
        var wrongHits = 0
        var failedQueries: [String] = []

        var description: String {
            "\(name): \(mustFound)/\(mustTotal) required hits in the top 3, \(wrongHits) wrong hits, \(queries - failedQueries.count)/\(queries) queries pass"
        }
    }

    static let testSet: TestSet = {
        let url = packageRoot.appendingPathComponent("Tests/KennisbankTests/Fixtures/relevance.json")
        return try! JSONDecoder().decode(TestSet.self, from: Data(contentsOf: url))
    }()

    func testTheSetIsLargeEnoughAndCoversEveryCase() {
        let set = Self.testSet
        XCTAssertGreaterThanOrEqual(set.entries.count, 40)
        XCTAssertGreaterThanOrEqual(set.queries.count, 40)
        let covered = Set(set.queries.map(\.covers))
        for needed in [
            "plural", "diminutive", "diacritics", "apostrophe", "hyphen", "name", "stopwords",
            "override-gemeente", "override-gebied", "override-buurthuis", "override-subsidie",
        ] {
            XCTAssertTrue(covered.contains(needed), "no query covers \(needed)")
        }
        let keys = Set(set.entries.map(\.key))
        for query in set.queries {
            XCTAssertFalse(query.must.isEmpty, query.query)
            XCTAssertTrue(Set(query.must + query.must_not).isSubset(of: keys), query.query)
        }
    }

    func testTheFinalAnalyzerPassesEveryQuery() throws {
        let score = try Self.evaluate(.standard, tokenizerArguments: "", name: "final (dutch + overrides)")
        print(score)
        XCTAssertEqual(score.failedQueries, [], "\(score)")
        XCTAssertEqual(score.wrongHits, 0)
        XCTAssertEqual(score.mustFound, score.mustTotal)
    }

    func testThePlainSnowballVariantsFailWhereTheOverridesHelp() throws {
        let plainKP = try Self.evaluate(
            DutchAnalyzer(stemmer: KraaijPohlmannStemmer(), overrides: [:]), tokenizerArguments: "kp nooverrides",
            name: "dutch (Kraaij-Pohlmann), no overrides")
        let plainPorter = try Self.evaluate(
            DutchAnalyzer(stemmer: DutchPorterStemmer(), overrides: [:]), tokenizerArguments: "porter nooverrides",
            name: "dutch_porter, no overrides")
        let porterWithOverrides = try Self.evaluate(
            DutchAnalyzer(stemmer: DutchPorterStemmer()), tokenizerArguments: "porter", name: "dutch_porter + overrides"
        )
        for score in [plainKP, plainPorter, porterWithOverrides] { print(score) }
        print("failing without overrides (dutch): \(plainKP.failedQueries)")
        print("failing (dutch_porter): \(plainPorter.failedQueries)")
        print("failing (dutch_porter + overrides): \(porterWithOverrides.failedQueries)")
        XCTAssertTrue(
            plainKP.failedQueries.contains { $0.contains("mening") },
            "the plain algorithm conflates gemeente and mening")
        XCTAssertFalse(plainPorter.failedQueries.isEmpty)
    }

    /// Loads the set into a knowledge base indexed with `tokenizerArguments` and runs every query.
    static func evaluate(_ analyzer: DutchAnalyzer, tokenizerArguments: String, name: String) throws -> Score {
        let knowledgeBase = try KnowledgeBase.inMemory()
        var keyByID: [Entry.ID: String] = [:]
        for item in testSet.entries {
            let entry = try knowledgeBase.add(
                NewEntryText(
                    kind: item.kind, title: item.title, body: item.body, municipality: item.municipality,
                    topics: item.topics))
            keyByID[entry.id] = item.key
        }
        if !tokenizerArguments.isEmpty {
            try knowledgeBase.writer.write { db in
                try db.execute(
                    sql: """
                        DROP TABLE entry_fts;
                        CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, topics, municipality,
                            content = 'entry_search_text', content_rowid = 'id', tokenize = 'dutch \(tokenizerArguments)');
                        INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');
                        """)
            }
        }
        var score = Score(name: name)
        for query in testSet.queries {
            score.queries += 1
            let top = try knowledgeBase.search(SearchRequest(query: query.query, limit: 3), analyzer: analyzer).hits
                .compactMap { keyByID[$0.entry.id] }
            let all = try knowledgeBase.search(SearchRequest(query: query.query, limit: 1000), analyzer: analyzer).hits
                .compactMap { keyByID[$0.entry.id] }
            let found = query.must.filter(top.contains)
            let wrong = query.must_not.filter(all.contains)
            score.mustTotal += query.must.count
            score.mustFound += found.count
            score.wrongHits += wrong.count
            if found.count < query.must.count || !wrong.isEmpty {
                score.failedQueries.append("\(query.query) [\(query.covers)] top3=\(top) wrong=\(wrong)")
            }
        }
        return score
    }
}
