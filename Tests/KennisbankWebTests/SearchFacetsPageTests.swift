import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import XCTest

@testable import KennisbankWeb

/// The counts beside `/zoeken`'s filters and their twin `GET /api/v1/search/facets`.
final class SearchFacetsPageTests: XCTestCase {
    /// Twelve topics on "inspraak" entries, topic `Thema N` on N+1 of them, all in Zwolle but
    /// Thema 0 and 1 in Deventer; one network tip.
    func makeKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let deventer = try knowledgeBase.municipality("Deventer").id
        for index in 0..<12 {
            for copy in 0...index {
                try knowledgeBase.add(
                    NewEntry(
                        kind: copy % 2 == 0 ? .example : .obstacle, title: "Inspraak \(index)-\(copy)",
                        body: "Over inspraak.", municipality: index < 2 ? deventer : zwolle,
                        topics: ["Thema \(index)"]), allowingDuplicate: true, allowingSimilarTopics: true)
            }
        }
        try knowledgeBase.add(NewEntry(kind: .tip, title: "Inspraak voor iedereen", body: "Een tip."))
        return knowledgeBase
    }

    func testTheSearchPageShowsCountsAndLinksThatChooseAnOption() async throws {
        let knowledgeBase = try makeKnowledgeBase()
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/zoeken?q=inspraak&topic=Thema%200", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<nav class=\"facets\" aria-label=\"Resultaten verfijnen\">"), html)
                XCTAssertTrue(html.contains("<h2>Soort</h2>"), html)
                // 79 entries: 78 on the topics (40 examples, 38 obstacles) and the tip.
                XCTAssertTrue(
                    html.contains(
                        "<a href=\"/zoeken?q=inspraak&amp;kind=example&amp;topic=Thema%200\">praktijkvoorbeeld</a> <span class=\"count\">1</span>"
                    ), "with Thema 0 chosen, one example: \(html)")
                // The topics count without the topic chosen: ten most, and the one chosen.
                XCTAssertTrue(
                    html.contains(
                        "<a href=\"/zoeken?q=inspraak&amp;topic=Thema%2011\">Thema 11</a> <span class=\"count\">12</span>"
                    ),
                    html)
                XCTAssertTrue(
                    html.contains(
                        "<a href=\"/zoeken?q=inspraak&amp;topic=Thema%200\" aria-current=\"true\">Thema 0</a> <span class=\"count\">1</span>"
                    ), html)
                XCTAssertFalse(html.contains(">Thema 1</a>"), "the eleventh most is left out: \(html)")
                XCTAssertTrue(html.contains(">Deventer</a> <span class=\"count\">1</span>"), html)
                XCTAssertTrue(html.contains(">Overijssel</a> <span class=\"count\">1</span>"), html)
            }
            // A municipality's link chooses it by CBS code; the form's field shows its name.
            try await client.execute(uri: "/zoeken?q=inspraak&municipality=GM0150", method: .get) { response in
                let html = String(buffer: response.body)
                XCTAssertTrue(
                    html.contains("id=\"municipality\" name=\"municipality\" type=\"text\" value=\"Deventer\""), html)
                XCTAssertTrue(html.contains("aria-current=\"true\">Deventer</a>"), html)
            }
            try await client.execute(uri: "/zoeken?q=zwembad", method: .get) { response in
                XCTAssertFalse(String(buffer: response.body).contains("class=\"facets\""), "no hits, no facets")
            }
        }
    }

    func testTheAPIGivesTheLibrarysFacetsAsJSON() async throws {
        let knowledgeBase = try makeKnowledgeBase()
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let facets = try knowledgeBase.searchFacets(
            SearchRequest(query: "inspraak", filter: EntryFilter(kinds: [.obstacle], municipalities: [zwolle])))
        XCTAssertEqual(facets.municipalities.map(\.value), ["GM0193", "GM0150"])
        try await app.test(.router) { client in
            try await ReadAPITests.assertJSON(
                client, "/api/v1/search/facets?q=inspraak&kind=obstacle&municipality=Zwolle&limit=1&offset=5",
                try ReadAPITests.cliJSON(facets))
            try await ReadAPITests.assertProblem(
                client, "/api/v1/search/facets?q=inspraak&kind=ding", .badRequest, type: "invalid-parameter")
            // limit and offset play no part in the counts (above), but are checked as the search checks them.
            for bad in ["limit=0", "offset=-1", "limit=abc"] {
                try await ReadAPITests.assertProblem(
                    client, "/api/v1/search/facets?q=inspraak&\(bad)", .badRequest, type: "invalid-parameter")
            }
            try await ReadAPITests.assertProblem(
                client, "/api/v1/search/facets?q=inspraak&municipality=Nergenshuizen", .notFound,
                type: "unknown-municipality")
        }
    }
}
