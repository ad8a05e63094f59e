import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest

/// Issue 15 on the site and in the API: the corrected search, "Bedoelde u: …?" with a link, and
/// the fallback message in the words as typed.
final class SearchSuggestionWebTests: XCTestCase {
    let dutch = Catalog(.dutch)

    func makeApplication() throws -> some ApplicationProtocol {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer").id
        try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Financieel tekort bij het dorpshuis",
                body: "Het financieel beeld is somber; bewoners wantrouwen de cijfers.", municipality: deventer,
                topics: ["Vastgoed"]))
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Betrek vrijwilligers vroeg", body: "Vrijwilligers willen meedenken."))
        return try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
    }

    func html(_ app: some ApplicationProtocol, _ uri: String) async throws -> String {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                XCTAssertEqual(response.status, .ok, uri)
                return String(buffer: response.body)
            }
        }
    }

    func testATypoIsSearchedCorrectedAndTheNoticeSaysSo() async throws {
        let app = try makeApplication()
        let page = try await html(app, "/zoeken?q=finacieel")
        XCTAssertTrue(page.contains("Financieel tekort bij het dorpshuis"), page)
        let notice = dutch.text("web.spelling.corrected", ["query": "finacieel", "suggestion": "financieel"])
        XCTAssertEqual(notice, "Niets gevonden voor “finacieel”; resultaten voor “financieel”.")
        XCTAssertTrue(page.contains("<p class=\"note spelling\">\(notice)</p>"), page)
        XCTAssertTrue(page.contains(dutch.text("web.search.found", count: 1, ["query": "financieel"])), page)
        XCTAssertFalse(page.contains("Bedoelde u"), page)
    }

    func testAnAlternativeThatFoundEntriesGetsADidYouMeanLink() async throws {
        let app = try makeApplication()
        let page = try await html(app, "/zoeken?q=finacieel%20OF%20vrijwilligers&kind=tip")
        XCTAssertTrue(page.contains("Betrek vrijwilligers vroeg"), page)
        XCTAssertTrue(
            page.contains(
                "<p class=\"note spelling\">Bedoelde u: <a href=\"/zoeken?q=financieel%20OF%20vrijwilligers&amp;kind=tip\">financieel OF vrijwilligers</a>?</p>"
            ), page)
        XCTAssertFalse(page.contains("Niets gevonden voor"), page)
    }

    /// The fallback names the words as typed, not the index's stems (`wantrouw`, `betrek`).
    func testTheFallbackShowsTheTypedWords() async throws {
        let app = try makeApplication()
        let page = try await html(app, "/zoeken?q=wantrouwen%20betrekken")
        XCTAssertTrue(
            page.contains(dutch.text("web.search.relaxed", ["terms": "wantrouwen, betrekken"])), page)
        XCTAssertFalse(page.contains("wantrouw,") || page.contains("betrek."), page)
    }

    /// The API answers with the suggestion and whether it was searched: the JSON of `kb search`.
    func testTheAPIGivesTheSuggestion() async throws {
        let app = try makeApplication()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=finacieel", method: .get) { response in
                let object = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertEqual(object["query"] as? String, "finacieel")
                XCTAssertEqual(object["suggestion"] as? String, "financieel")
                XCTAssertEqual(object["corrected"] as? Bool, true)
                XCTAssertEqual(object["total"] as? Int, 1)
            }
            try await client.execute(uri: "/api/v1/search?q=financieel", method: .get) { response in
                let object = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertTrue(object["suggestion"] is NSNull)
                XCTAssertEqual(object["corrected"] as? Bool, false)
            }
        }
    }
}
