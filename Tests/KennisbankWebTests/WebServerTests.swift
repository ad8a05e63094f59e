import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// The server's frame: health, language, escaping, errors and the search page with its JSON twin.
final class WebServerTests: XCTestCase {
    /// A knowledge base with an obstacle in Deventer and a tip whose title is hostile HTML.
    func makeKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer").id
        try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                body: "Bewoners wantrouwen de gemeente na een mislukt project.", municipality: deventer,
                topics: ["Vertrouwen"]))
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "<script>alert(1)</script> wantrouwen", body: "\"><img src=x onerror=alert(2)>")
        )
        return knowledgeBase
    }

    func testHealthAnswersOK() async throws {
        let app = try WebServer(knowledgeBase: makeKnowledgeBase(), configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(String(buffer: response.body), "ok\n")
            }
        }
    }

    func testHomeIsDutchByDefaultAndEnglishOnRequest() async throws {
        let app = try WebServer(knowledgeBase: makeKnowledgeBase(), configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<html lang=\"nl\">"), html)
                XCTAssertTrue(html.contains("Laatst toegevoegd"))
                XCTAssertEqual(response.headers[.contentLanguage], "nl")
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9,nl;q=0.5"]) {
                response in
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<html lang=\"en\">"))
                XCTAssertTrue(html.contains("Recently added"))
            }
            try await client.execute(uri: "/?taal=en", method: .get) { response in
                XCTAssertTrue(String(buffer: response.body).contains("Recently added"))
                XCTAssertEqual(response.headers[.setCookie].map { $0.hasPrefix("taal=en") }, true)
            }
        }
    }

    func testEveryResponseCarriesTheSecurityHeaders() async throws {
        let app = try WebServer(knowledgeBase: makeKnowledgeBase(), configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            for uri in ["/", "/zoeken?q=wantrouwen", "/api/v1/search?q=x", "/bestaat-niet"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = try XCTUnwrap(response.headers[.contentSecurityPolicy], uri)
                    XCTAssertTrue(policy.contains("script-src 'self'"), uri)
                    XCTAssertFalse(policy.contains("unsafe-inline"), uri)
                    XCTAssertEqual(response.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff", uri)
                    XCTAssertEqual(response.headers[HTTPField.Name("X-Frame-Options")!], "DENY", uri)
                }
            }
        }
    }

    func testSearchPageMarksHitsAndEscapesHostileTitles() async throws {
        let app = try WebServer(knowledgeBase: makeKnowledgeBase(), configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/zoeken?q=wantrouwen", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<mark>"), html)
                XCTAssertTrue(html.contains("2 resultaten"), html)
                XCTAssertFalse(html.contains("<script>alert(1)"), html)
                XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html)
            }
        }
    }

    func testSearchAPIPrintsTheLibrarysJSON() async throws {
        let knowledgeBase = try makeKnowledgeBase()
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let expected =
            String(
                decoding: try KennisbankJSON.encoder().encode(
                    knowledgeBase.search(SearchRequest(query: "wantrouwen", limit: 1))), as: UTF8.self) + "\n"
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=wantrouwen&limit=1", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                XCTAssertEqual(String(buffer: response.body), expected)
            }
        }
    }

    func testBadParametersAreProblemDetailsAndUnknownPagesADutchPage() async throws {
        let app = try WebServer(knowledgeBase: makeKnowledgeBase(), configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=x&limit=0", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertEqual(response.headers[.contentType], "application/problem+json")
                let problem = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                XCTAssertEqual(problem?["status"] as? Int, 400)
                XCTAssertEqual(problem?["instance"] as? String, "/api/v1/search")
                XCTAssertTrue((problem?["detail"] as? String)?.contains("limit") == true)
            }
            try await client.execute(uri: "/api/v1/search?q=x&municipality=Atlantis", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual(response.headers[.contentType], "application/problem+json")
            }
            try await client.execute(uri: "/bestaat-niet", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("Pagina niet gevonden"), html)
                XCTAssertTrue(html.contains("<html lang=\"nl\">"))
            }
        }
    }
}
