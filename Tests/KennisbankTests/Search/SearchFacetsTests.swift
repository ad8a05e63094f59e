import Foundation
import XCTest

@testable import Kennisbank

/// The counts beside the search filters: each option's count is the total of the same search
/// with that option chosen.
final class SearchFacetsTests: XCTestCase {
    /// Entries of three kinds in four municipalities of two provinces, with network tips.
    func makeKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let places = try ["Deventer", "Zwolle", "Utrecht", "Amersfoort"].map { try knowledgeBase.municipality($0).id }
        let topics = [["Vertrouwen"], ["Vertrouwen", "Participatie"], ["Wonen"], [], ["Participatie", "Wonen"]]
        for index in 0..<40 {
            let kind = EntryKind.allCases[index % 3]
            let words = index % 4 == 0 ? "wantrouwen en inspraak" : index % 4 == 1 ? "inspraak" : "wonen in de wijk"
            try knowledgeBase.add(
                NewEntry(
                    kind: kind, title: "Item \(index) over \(words)", body: "Bewoners en \(words).",
                    municipality: kind == .tip && index % 2 == 0 ? nil : places[index % places.count],
                    topics: topics[index % topics.count], date: Day(year: 2020 + index % 5, month: 1, day: 1)),
                allowingDuplicate: true)
        }
        return knowledgeBase
    }

    /// Every option of every facet against `search` with that option chosen instead, and every
    /// option left out against a search that finds nothing.
    func assertCountsAreSearchTotals(
        _ request: SearchRequest, in knowledgeBase: KnowledgeBase, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let facets = try knowledgeBase.searchFacets(request)
        XCTAssertFalse(facets.isRelaxed, file: file, line: line)
        XCTAssertEqual(
            try knowledgeBase.searchFacets(request, of: knowledgeBase.search(request)), facets,
            "beside the search's results, the facets are the same", file: file, line: line)
        func total(_ change: (inout EntryFilter) -> Void) throws -> Int {
            var search = request
            change(&search.filter)
            search.limit = 1000
            search.offset = 0
            return try knowledgeBase.search(search).total
        }
        for kind in EntryKind.allCases {
            let count = facets.kinds.first { $0.value == kind.rawValue }?.count ?? 0
            XCTAssertEqual(count, try total { $0.kinds = [kind] }, "\(request) kind \(kind)", file: file, line: line)
        }
        for topic in try knowledgeBase.topics() {
            let count = facets.topics.first { $0.value == topic.label }?.count ?? 0
            XCTAssertEqual(
                count, try total { $0.topics = [topic.id] }, "\(request) topic \(topic.label)", file: file, line: line)
        }
        for name in ["Deventer", "Zwolle", "Utrecht", "Amersfoort", "Almelo"] {
            let municipality = try knowledgeBase.municipality(name)
            let count = facets.municipalities.first { $0.value == municipality.code }?.count ?? 0
            XCTAssertEqual(
                count, try total { $0.municipalities = [municipality.id] }, "\(request) \(name)", file: file,
                line: line)
            if count > 0 {
                XCTAssertEqual(facets.municipalities.first { $0.value == municipality.code }?.name, name)
            }
        }
        for province in Province.allCases {
            let count = facets.provinces.first { $0.value == province.rawValue }?.count ?? 0
            XCTAssertEqual(
                count, try total { $0.province = province }, "\(request) \(province)", file: file, line: line)
        }
        for facet in [facets.kinds, facets.topics, facets.municipalities, facets.provinces] {
            XCTAssertEqual(facet.map(\.count), facet.map(\.count).sorted(by: >), "most first", file: file, line: line)
            XCTAssertFalse(facet.contains { $0.count == 0 }, file: file, line: line)
        }
    }

    func testEachCountIsTheTotalOfTheSearchWithThatOption() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let vertrouwen = try knowledgeBase.topic("Vertrouwen").id
        for request in [
            SearchRequest(query: "inspraak"),
            SearchRequest(query: "wonen -wantrouwen"),
            SearchRequest(query: "inspraak", filter: EntryFilter(kinds: [.obstacle])),
            SearchRequest(query: "inspraak", filter: EntryFilter(kinds: [.tip], municipalities: [zwolle])),
            SearchRequest(query: "bewoners", filter: EntryFilter(topics: [vertrouwen], province: .overijssel)),
            SearchRequest(query: "bewoners", filter: EntryFilter(since: Day(year: 2022, month: 1, day: 1))),
            SearchRequest(
                query: "bewoners",
                filter: EntryFilter(statuses: [.open], until: Day(year: 2023, month: 6, day: 1))),
            SearchRequest(query: "-wantrouwen"),
            SearchRequest(query: "", filter: EntryFilter(province: .utrecht)),
            // What the search also reads: a synonym (the entries say "Bewoners"), a place, a typo.
            SearchRequest(query: "inwoners"),
            SearchRequest(query: "zwolle"),
            SearchRequest(query: "inspaak"),
        ] {
            try assertCountsAreSearchTotals(request, in: knowledgeBase)
        }
    }

    func testAFacetCountsTheSearchWithEveryFilterButItsOwn() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let all = try knowledgeBase.searchFacets(SearchRequest(query: "inspraak"))
        let tips = try knowledgeBase.searchFacets(SearchRequest(query: "inspraak", filter: EntryFilter(kinds: [.tip])))
        XCTAssertEqual(tips.kinds, all.kinds, "choosing a kind leaves the kinds' counts as they were")
        XCTAssertEqual(
            all.kinds.map(\.count).reduce(0, +), try knowledgeBase.search(SearchRequest(query: "inspraak")).total)
        XCTAssertLessThan(
            tips.topics.map(\.count).reduce(0, +), all.topics.map(\.count).reduce(0, +), "the topics count tips only")
        XCTAssertEqual(all.kinds.map(\.value).sorted(), EntryKind.allCases.map(\.rawValue).sorted())
    }

    func testWhenNoEntryHoldsAllWordsTheCountsAreOfThoseHoldingAny() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let facets = try knowledgeBase.searchFacets(SearchRequest(query: "wantrouwen wijk"))
        let results = try knowledgeBase.search(SearchRequest(query: "wantrouwen wijk", limit: 1000))
        XCTAssertTrue(results.isRelaxed)
        XCTAssertTrue(facets.isRelaxed)
        XCTAssertEqual(facets.kinds.map(\.count).reduce(0, +), results.total)
        let none = try knowledgeBase.searchFacets(SearchRequest(query: "zwembad"))
        XCTAssertEqual(none.kinds, [])
        XCTAssertEqual(none.municipalities, [])
    }

    func testBesideTheResultsTheFacetsAreThoseOfTheSetTheSearchListed() throws {
        let knowledgeBase = try makeKnowledgeBase()
        for query in ["wantrouwen wijk", "inspaak", "inspaak wijk"] {
            let request = SearchRequest(query: query)
            let results = try knowledgeBase.search(request)
            let facets = try knowledgeBase.searchFacets(request, of: results)
            XCTAssertEqual(facets, try knowledgeBase.searchFacets(request), query)
            XCTAssertEqual(facets.isRelaxed, results.isRelaxed, query)
            XCTAssertEqual(facets.kinds.map(\.count).reduce(0, +), results.total, query)
        }
    }

    /// `searchWithFacets` reads once what `search` and `searchFacets` read apart, and takes the
    /// total from the facets: pages of every size, filters, fallbacks, corrections, place names
    /// (a second tier) and listings give the same hits, total and facets as the two apart.
    func testTheSearchWithItsFacetsEqualsTheTwoApart() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let deventer = try knowledgeBase.municipality("Deventer").id
        let filters = [
            EntryFilter(), EntryFilter(kinds: [.tip]), EntryFilter(kinds: [.obstacle, .example]),
            EntryFilter(municipalities: [deventer]), EntryFilter(statuses: [.resolved]),
            EntryFilter(since: Day(year: 2022, month: 1, day: 1)), EntryFilter(province: .overijssel),
        ]
        var countedTotals = 0
        for query in ["inspraak", "bewoners", "wantrouwen wijk", "inspaak", "deventer inspraak", "-wijk", "zwembad"] {
            for filter in filters {
                for (limit, offset) in [(2, 0), (2, 4), (5, 10), (1000, 0), (3, 60)] {
                    let request = SearchRequest(query: query, filter: filter, limit: limit, offset: offset)
                    let (results, facets) = try knowledgeBase.searchWithFacets(request)
                    let apart = try knowledgeBase.search(request)
                    let label = "\(query) \(filter) \(limit)/\(offset)"
                    XCTAssertEqual(results.total, apart.total, label)
                    XCTAssertEqual(results.hits.map(\.entry.id), apart.hits.map(\.entry.id), label)
                    XCTAssertEqual(results.hits.map(\.snippet), apart.hits.map(\.snippet), label)
                    XCTAssertEqual(results.isRelaxed, apart.isRelaxed, label)
                    XCTAssertEqual(results.isCorrected, apart.isCorrected, label)
                    XCTAssertEqual(facets, try knowledgeBase.searchFacets(request, of: apart), label)
                    if results.hits.count == limit || offset > 0 { countedTotals += 1 }
                }
            }
        }
        XCTAssertGreaterThan(countedTotals, 50, "pages whose total is not the page's own count")
    }

    /// The facets count from columns kept in memory: after every kind of change they count what
    /// the search (which reads the tables) finds.
    func testTheCountsFollowEveryChangeToTheEntries() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let requests = [
            SearchRequest(query: "inspraak"),
            SearchRequest(query: "bewoners", filter: EntryFilter(statuses: [.resolved])),
            SearchRequest(query: "bewoners", filter: EntryFilter(since: Day(year: 2030, month: 1, day: 1))),
        ]
        func check(_ change: String, line: UInt = #line) throws {
            for request in requests {
                try assertCountsAreSearchTotals(request, in: knowledgeBase, line: line)
            }
        }
        try knowledgeBase.prepareSearchFacets()
        try check("as made")
        let added = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Nieuwe inspraak", body: "Bewoners willen inspraak.", municipality: zwolle,
                topics: ["Wonen"]), allowingDuplicate: true)
        try check("added")
        try knowledgeBase.update(added.id, with: EntryChanges(status: .resolved))
        try check("status changed")
        try knowledgeBase.update(added.id, with: EntryChanges(date: Day(year: 2031, month: 5, day: 1)))
        try check("date changed")
        try knowledgeBase.update(added.id, with: EntryChanges(addTopics: ["Vertrouwen"]))
        try check("topic added")
        try knowledgeBase.update(
            added.id, with: EntryChanges(municipality: .some(try knowledgeBase.municipality("Utrecht").id)))
        try check("moved to another municipality")
        try knowledgeBase.moveToTrash(added.id)
        try check("trashed")
        XCTAssertEqual(
            try knowledgeBase.searchFacets(requests[0]).kinds.map(\.count).reduce(0, +),
            try knowledgeBase.search(requests[0]).total)
        try knowledgeBase.restoreFromTrash(added.id)
        try check("restored")
    }

    func testTheJSONHasEnglishKeys() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let data = try JSONEncoder().encode(try knowledgeBase.searchFacets(SearchRequest(query: "inspraak")))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["query", "relaxed", "kinds", "topics", "municipalities", "provinces"])
        let first = try XCTUnwrap((object["municipalities"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(first.keys), ["value", "name", "count"])
    }
}
