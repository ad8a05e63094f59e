import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import XCTest

@testable import KennisbankWeb

/// `/api/v1/openapi.json` describes exactly what `/api/v1` serves.
final class OpenAPITests: XCTestCase {
    /// Routes the document describes that the router does not serve: none.
    static let servedElsewhere: Set<String> = []

    /// Every (method, path) the router serves under `/api/v1`, as `GET /api/v1/topics`.
    func servedRoutes() throws -> Set<String> {
        let router = try WebServer(knowledgeBase: KnowledgeBase.inMemory()).router()
        return Set(
            router.routes.filter { $0.path.description.hasPrefix("/api/v1/") }
                .map { "\($0.method.rawValue) \($0.path.description)" })
    }

    func testTheDocumentDescribesEveryRouteAndNoOther() throws {
        let served = try servedRoutes()
        XCTAssertTrue(served.contains("GET /api/v1/entries/{uuid}"), "\(served)")
        XCTAssertTrue(served.contains("GET /api/v1/openapi.json"), "\(served)")
        XCTAssertEqual(APIDescription.document.operations, served.union(Self.servedElsewhere))
        XCTAssertTrue(served.isDisjoint(with: Self.servedElsewhere), "served now: remove from servedElsewhere")
    }

    func testTheDocumentIsServedAsOpenAPI31WithBothSecuritySchemes() async throws {
        let app = try WebServer(knowledgeBase: KnowledgeBase.inMemory()).application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                let document = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertEqual(document["openapi"] as? String, "3.1.0")
                let components = try XCTUnwrap(document["components"] as? [String: Any])
                let schemes = try XCTUnwrap(components["securitySchemes"] as? [String: [String: Any]])
                XCTAssertEqual(schemes["bearerToken"]?["scheme"] as? String, "bearer")
                XCTAssertEqual(schemes["sessionCookie"]?["in"] as? String, "cookie")
                let paths = try XCTUnwrap(document["paths"] as? [String: [String: Any]])
                let post = try XCTUnwrap(paths["/api/v1/entries"]?["post"] as? [String: Any])
                XCTAssertEqual(post["security"] as? [[String: [String]]], [["bearerToken": []]])
                let responses = try XCTUnwrap(post["responses"] as? [String: Any])
                XCTAssertEqual(Set(responses.keys).isSuperset(of: ["201", "401", "403", "422"]), true)
                // Every $ref points at a schema that is there.
                let schemas = try XCTUnwrap(components["schemas"] as? [String: Any])
                let text = String(buffer: response.body)
                let refs = text.components(separatedBy: "\"#/components/schemas/").dropFirst()
                    .map { String($0.prefix { $0 != "\"" }) }
                XCTAssertFalse(refs.isEmpty)
                for ref in refs { XCTAssertNotNil(schemas[ref], ref) }
            }
        }
    }

    /// The top-level keys of what a route answers are the keys its schema documents.
    func testTheSchemasNameTheKeysTheRoutesAnswerWith() async throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer")
        let entry = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen", body: "Bewoners wantrouwen de gemeente.",
                municipality: deventer.id, topics: ["Vertrouwen"]))
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let schemas = APIDescription.schemas
        @Sendable func keys(_ name: String) -> Set<String> {
            Set(schemas[name]?.properties.map { Array($0.keys) } ?? [])
        }
        let cases: [(String, String)] = [
            ("/api/v1/entries/\(entry.uuid.uuidString.lowercased())", "EntryWithAttachments"),
            ("/api/v1/search?q=wantrouwen", "SearchResults"),
            ("/api/v1/search/facets?q=wantrouwen", "SearchFacets"),
            ("/api/v1/compare?municipality=Deventer&similar=2", "Comparison"),
            ("/api/v1/municipalities/Deventer", "MunicipalityEntries"),
            ("/api/v1/topics/Vertrouwen", "TopicEntries"),
        ]
        try await app.test(.router) { client in
            for (uri, schema) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, uri)
                    let object = try XCTUnwrap(
                        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], uri)
                    XCTAssertEqual(Set(object.keys), keys(schema), uri)
                }
            }
            try await client.execute(uri: "/api/v1/entries/\(UUID().uuidString)", method: .get) { response in
                let object = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertEqual(Set(object.keys), keys("Problem"))
            }
        }
    }
}
