import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// A search box sends its words the way every browser sends a GET form: spaces as `+`. The pages
/// and the API read them as spaces; a `+` the person typed arrives as `%2B` and stays a `+`.
final class FormQueryTests: XCTestCase {
    func makeApplication() throws -> some ApplicationProtocol {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Betrek vrijwilligers vroeg", body: "Vrijwilligers willen meedenken."))
        try knowledgeBase.add(NewEntry(kind: .tip, title: "Huur een zaal", body: "Een zaal voor de buurt."))
        return try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
    }

    func body(_ app: some ApplicationProtocol, _ uri: String) async throws -> String {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                XCTAssertEqual(response.status, .ok, uri)
                return String(buffer: response.body)
            }
        }
    }

    func testTheSearchBoxsPlusSignsAreSpaces() async throws {
        let app = try makeApplication()
        let page = try await body(app, "/zoeken?q=betrek+vrijwilligers")
        XCTAssertTrue(page.contains("Betrek vrijwilligers vroeg"), page)
        XCTAssertTrue(page.contains("value=\"betrek vrijwilligers\""), page)
        XCTAssertTrue(page.contains("“betrek vrijwilligers”"), page)
        XCTAssertFalse(page.contains("“betrek+vrijwilligers”"), page)

        let json = try await body(app, "/api/v1/search?q=vrijwilligers+OF+zaal")
        let results = try JSONDecoder().decode(SearchResults.self, from: Data(json.utf8))
        XCTAssertEqual(results.query, "vrijwilligers OF zaal")
        XCTAssertEqual(Set(results.hits.map(\.entry.title)), ["Betrek vrijwilligers vroeg", "Huur een zaal"])
    }

    /// The filter form of `/zoeken` sends every field, the ones left at "Alle" or empty as `kind=`.
    func testTheFilterFormsEmptyFieldsChooseNothing() async throws {
        let app = try makeApplication()
        let page = try await body(
            app, "/zoeken?q=vrijwilligers&kind=&topic=&municipality=&province=&since=&until=")
        XCTAssertTrue(page.contains("Betrek vrijwilligers vroeg"), page)
    }

    func testATypedPlusStaysAPlus() async throws {
        let app = try makeApplication()
        let json = try await body(app, "/api/v1/search?q=zaal%2Bbuurt")
        let results = try JSONDecoder().decode(SearchResults.self, from: Data(json.utf8))
        XCTAssertEqual(results.query, "zaal+buurt")
    }
}
