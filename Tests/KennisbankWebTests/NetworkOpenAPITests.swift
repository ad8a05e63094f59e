import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import XCTest

@testable import KennisbankWeb

/// The OpenAPI document names the keys `/api/v1/conditions…` and `/api/v1/visits…` answer with.
final class NetworkOpenAPITests: XCTestCase {
    func testTheNetworkSchemasNameTheKeysTheRoutesAnswerWith() async throws {
        let network = try NetworkFixture()
        let schemas = APIDescription.document.components.schemas
        @Sendable func keys(_ schema: Schema?) -> Set<String> {
            Set(schema?.properties.map { Array($0.keys) } ?? [])
        }
        @Sendable func items(_ name: String) -> Schema? {
            guard let schema = schemas[name] else { return nil }
            guard let reference = schema.items?.ref else { return schema.items }
            return schemas[String(reference.dropFirst("#/components/schemas/".count))]
        }
        let visit = network.enschedeVisit.id.description
        let objects: [(String, String)] = [
            ("/api/v1/conditions/matrix", "ConditionMatrix"), ("/api/v1/visits/" + visit, "Visit"),
            ("/api/v1/visits/suggestions?municipality=Almelo", "VisitSuggestions"),
        ]
        let lists: [(String, String)] = [
            ("/api/v1/conditions", "Conditions"), ("/api/v1/visits", "Visits"),
            ("/api/v1/conditions/history?municipality=Almelo", "ConditionHistory"),
        ]
        try await network.app().test(.router) { client in
            for (uri, name) in objects {
                let response = try await client.execute(uri: uri, method: .get)
                let object = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], uri)
                XCTAssertEqual(Set(object.keys), keys(schemas[name]), uri)
            }
            for (uri, name) in lists {
                let response = try await client.execute(uri: uri, method: .get)
                let list = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]], uri)
                XCTAssertFalse(list.isEmpty, uri)
                XCTAssertEqual(Set(list[0].keys), keys(items(name)), uri)
            }
        }
    }
}
