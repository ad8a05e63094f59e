import Foundation
import GRDB
import KennisbankTestSupport
import KennisbankText
import XCTest

@testable import Kennisbank

final class SearchTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                body: "De financiële risico's van co-creatie schrikken de raad af.", municipality: "Deventer",
                topics: ["Vertrouwen"], date: "2015-05-21"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Leg het proces open op tafel",
                body: "Transparantie helpt tegen wantrouwen. Het buurthuis blijft open voor iedereen.",
                topics: ["Vertrouwen", "Transparantie"]))
        try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Bewoners beheren de buurthuizen",
                body: "In Zwolle beheren vrijwilligers twee buurthuizen met een kleine subsidie.",
                municipality: "Zwolle", topics: ["Maatschappelijk vastgoed"], date: "2016-03-01"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Ruimte voor anders",
                body: "Durf te experimenteren met een pilot; geef ruimte voor anders werken.",
                municipality: "'s-Hertogenbosch", topics: ["Experimenteren"]))
    }

    func titles(_ query: String, _ filter: FilterText = FilterText()) throws -> [String] {
        try knowledgeBase.search(SearchText(query: query, filter: filter)).hits.map(\.entry.title)
    }

    func testFindsWordsInAnyForm() throws {
        XCTAssertEqual(
            try titles("buurthuis"), ["Bewoners beheren de buurthuizen", "Leg het proces open op tafel"],
            "title above body")
        XCTAssertEqual(try titles("financiele risicos"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(try titles("cocreatie"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(try titles("co creatie"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(try titles("vrijwilliger"), ["Bewoners beheren de buurthuizen"])
        XCTAssertEqual(try titles("Den Bosch"), ["Ruimte voor anders"], "the alias names the municipality (issue 15)")
        XCTAssertEqual(try titles("’s-Hertogenbosch"), ["Ruimte voor anders"], "the municipality name is indexed")
        XCTAssertEqual(try titles("transparantie"), ["Leg het proces open op tafel"], "topics are indexed")
    }

    func testQuerySyntax() throws {
        XCTAssertEqual(try titles("\"ruimte voor anders\""), ["Ruimte voor anders"])
        XCTAssertEqual(try titles("\"anders voor ruimte\""), [])
        XCTAssertEqual(try titles("wantrouwen -transparantie"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(try titles("wantrouwen NIET transparantie"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(Set(try titles("pilot OF subsidie")), ["Ruimte voor anders", "Bewoners beheren de buurthuizen"])
        XCTAssertEqual(try titles("experiment*"), ["Ruimte voor anders"])
        let stopwords = try knowledgeBase.search(SearchText(query: "de het van een"))
        XCTAssertTrue(stopwords.isRelaxed, "only stopwords are searched as they are; no text holds all four")
        XCTAssertEqual(stopwords.hits.count, 4)
        XCTAssertEqual(
            try titles("wat werkt?"), ["Ruimte voor anders"], "`wat` is a stopword, `werkt` finds `werken`, `?` is text"
        )
    }

    func testFiltersNarrowTheHits() throws {
        XCTAssertEqual(try titles("wantrouwen", FilterText(kinds: [.tip])), ["Leg het proces open op tafel"])
        XCTAssertEqual(
            try titles("buurthuis", FilterText(municipalities: ["zwolle"])), ["Bewoners beheren de buurthuizen"])
        XCTAssertEqual(try titles("wantrouwen", FilterText(topics: ["vertrouwen"])).count, 2)
        XCTAssertEqual(try titles("", FilterText(province: "Noord-Brabant")), ["Ruimte voor anders"])
        XCTAssertEqual(try titles("bewoners", FilterText(since: "2016-01-01")), ["Bewoners beheren de buurthuizen"])
        XCTAssertEqual(
            try titles("bewoners", FilterText(until: "2015-12-31")), ["Wantrouwen tussen bewoners en gemeente"])
        let page = try knowledgeBase.search(SearchText(query: "", limit: 2, offset: 1)).hits
        XCTAssertEqual(page.count, 2)
    }

    func testAnEmptyQueryListsByFiltersAndAnExclusionAloneExcludes() throws {
        XCTAssertEqual(try titles("").count, 4)
        XCTAssertEqual(try titles("", FilterText(kinds: [.tip])).count, 2)
        XCTAssertEqual(Set(try titles("-buurthuis")), ["Wantrouwen tussen bewoners en gemeente", "Ruimte voor anders"])
    }

    func testSnippetsMarkTheMatchedWordsAndScoresRankBestFirst() throws {
        let hits = try knowledgeBase.search(SearchText(query: "buurthuizen")).hits
        XCTAssertEqual(hits.count, 2)
        XCTAssertTrue(hits[0].snippet(markingWith: "[", "]").contains("[buurthuizen]"), hits[0].snippet)
        XCTAssertTrue(hits[1].snippet(markingWith: "[", "]").contains("[buurthuis]"), hits[1].snippet)
        XCTAssertGreaterThan(hits[0].score, hits[1].score)
        let financial = try knowledgeBase.search(SearchText(query: "financiele")).hits
        XCTAssertTrue(financial[0].snippet(markingWith: "[", "]").contains("[financiële]"), financial[0].snippet)
    }

    func testWhenNoEntryHoldsAllWordsTheHitsHoldMostOfThem() throws {
        let results = try knowledgeBase.search(SearchText(query: "buurthuis vrijwilligers zwembad"))
        XCTAssertTrue(results.isRelaxed)
        XCTAssertEqual(
            results.hits.first?.entry.title, "Bewoners beheren de buurthuizen", "holds two of the three words")
        XCTAssertEqual(results.hits.count, 2)
        XCTAssertFalse(try knowledgeBase.search(SearchText(query: "buurthuis")).isRelaxed)
    }

    func testTheIndexStaysInStepThroughAnySequenceOfChanges() throws {
        var generator = SeededRandom(seed: 42)
        let words = [
            "buurthuis", "subsidie", "vertrouwen", "co-creatie", "risico's", "gemeente", "vrijwilliger", "één", "pilot",
        ]
        var ids = try knowledgeBase.entries().map { $0.id.description }
        for step in 0..<300 {
            let text = (0..<6).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            switch Int.random(in: 0..<4, using: &generator) {
            case 0, 1:
                let entry = try knowledgeBase.addAllowingDuplicate(
                    NewEntryText(
                        kind: .tip, title: "Tip \(step) \(text)", body: text,
                        topics: [words.randomElement(using: &generator)!]))
                ids.append(entry.id.description)
            case 2 where !ids.isEmpty:
                let id = ids.randomElement(using: &generator)!
                try knowledgeBase.update(
                    id, with: ChangesText(title: "Bewerkt \(step) \(text)", body: text, addTopics: ["Stap \(step)"]))
            case 3 where !ids.isEmpty:
                let index = Int.random(in: 0..<ids.count, using: &generator)
                try knowledgeBase.moveToTrash(ids.remove(at: index))
            default:
                break
            }
            if step % 50 == 0 { XCTAssertNoThrow(try SearchIndex.checkIntegrity(knowledgeBase.writer)) }
        }
        XCTAssertNoThrow(try SearchIndex.checkIntegrity(knowledgeBase.writer))
        for entry in try knowledgeBase.entries() {
            let hits = try knowledgeBase.search(SearchText(query: "\"\(entry.title)\"", limit: 1000)).hits.map(
                \.entry.id)
            XCTAssertTrue(hits.contains(entry.id), "\(entry.title) is found by its title")
        }
        XCTAssertEqual(try knowledgeBase.check().problems, [])
    }

    func testARenamedMunicipalityIsFoundByItsNewName() throws {
        try knowledgeBase.writer.write { db in
            var registry = MunicipalityRegistry.bundled
            let index = registry.rows.firstIndex { $0.code == "GM0150" }!
            registry.rows[index].name = "Deventer aan de IJssel"
            try registry.load(into: db)
        }
        XCTAssertEqual(try titles("ijssel"), ["Wantrouwen tussen bewoners en gemeente"])
        XCTAssertEqual(
            try knowledgeBase.municipality("Deventer").name, "Deventer aan de IJssel", "the old name is an alias")
        XCTAssertNoThrow(try SearchIndex.checkIntegrity(knowledgeBase.writer))
    }

    func testAnIndexBuiltByAnotherAnalyzerIsRebuiltOnOpening() throws {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        try KnowledgeBase(path: path).add(NewEntryText(kind: .tip, title: "Buurthuizen open houden"))
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        try queue.write { db in
            try db.execute(sql: "UPDATE search_index_state SET analyzer = 'an older analyzer'")
            try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('delete-all')")
        }
        try queue.close()
        let reopened = try KnowledgeBase(path: path)
        XCTAssertEqual(try reopened.search(SearchText(query: "buurthuis")).hits.count, 1)
        XCTAssertEqual(
            try reopened.read { try String.fetchOne($0, sql: "SELECT analyzer FROM search_index_state") },
            DutchAnalyzer.standard.signature)
    }

    func testReindexRebuildsAndCounts() throws {
        try knowledgeBase.writer.write {
            try $0.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('delete-all')")
        }
        XCTAssertEqual(try titles("buurthuis"), [])
        XCTAssertFalse(try knowledgeBase.check().isHealthy)
        XCTAssertEqual(try knowledgeBase.rebuildSearchIndex(), 4)
        XCTAssertEqual(try titles("buurthuis").count, 2)
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
    }

    /// Thousands of generated strings — FTS5 syntax, quotes, brackets, Unicode, control
    /// characters, huge input — are all valid queries: none throws.
    func testAnyTextIsAValidQuery() throws {
        var generator = SeededRandom(seed: 7)
        let pieces = [
            "\"", "'", "(", ")", "*", "-", ":", "^", "+", "NEAR", "NEAR(", "AND", "OR", "NOT", "NIET", "OF", "{", "}",
            "[", "]", "?", "%", "&", "\\", "\u{0}", "\u{7}", "\n", "\t", "buurthuis", "co-creatie", "é", "e\u{301}",
            "’s-", "🏠", "👩‍👩‍👧", "\u{202E}", "\u{FEFF}", "Bergen (NH.)", "title:", "body:", "*buurt", "--", "\"\"", " ",
            "\u{D7FF}", "ｆｕｌｌ", "ĳ", "Ω", "中文", "\u{E000}", "' OR 1=1 --", "'); DROP TABLE entry; --",
        ]
        var queries: [String] = [
            "", " ", "\"", "*", "-", "OF", "NIET", "NEAR(a b)", String(repeating: "a", count: 100_000),
            String(repeating: "buurthuis ", count: 10_000), String(repeating: "\"(", count: 5_000),
        ]
        for _ in 0..<3000 {
            queries.append(
                (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined(separator: Bool.random(using: &generator) ? " " : ""))
        }
        for query in queries {
            XCTAssertNoThrow(
                try knowledgeBase.search(
                    SearchText(query: query, filter: FilterText(kinds: [.tip, .example]), limit: 5)),
                query.debugDescription)
        }
        XCTAssertEqual(try knowledgeBase.count(), 4, "nothing was changed or dropped")
    }
}
