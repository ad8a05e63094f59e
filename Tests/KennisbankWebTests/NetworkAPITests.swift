import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest

/// Issue 16 in the API: `/api/v1/conditions…` and `/api/v1/visits…` answer with the JSON of
/// `kb conditions|visits … --format json`, with people's e-mail and phone always null.
final class NetworkAPITests: XCTestCase {
    static func get(_ client: some TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok) async throws
        -> Data
    {
        let response = try await client.execute(uri: uri, method: .get)
        XCTAssertEqual(response.status, status, uri)
        let body = Data(buffer: response.body)
        let text = String(decoding: body, as: UTF8.self)
        XCTAssertFalse(text.contains(NetworkFixture.email), uri)
        XCTAssertFalse(text.contains("481 1234"), uri)
        return body
    }

    /// The JSON the CLI prints for `value` (`Terminal.printJSON` uses the same encoder).
    static func cliJSON(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: try KennisbankJSON.encoder().encode(value))
    }

    func testTheConditionsAndTheMatrixAreTheCLIsJSON() async throws {
        let network = try NetworkFixture()
        try await network.app().test(.router) { client in
            let list = try JSONSerialization.jsonObject(with: try await Self.get(client, "/api/v1/conditions"))
            XCTAssertEqual(
                list as? NSArray, try Self.cliJSON(try network.knowledgeBase.successConditions()) as? NSArray)
            XCTAssertEqual((list as? [[String: Any]])?.count, 7)

            let body = try await Self.get(client, "/api/v1/conditions/matrix")
            let matrix = try JSONDecoder().decode(ConditionMatrix.self, from: body)
            XCTAssertEqual(matrix.municipalities.map(\.name), ["Almelo", "Borne", "Enschede"])
            XCTAssertEqual(
                matrix.municipalities[0].states.map(\.state), [.partly, nil, .absent, nil, .partly, nil, nil])
            XCTAssertEqual(
                matrix.totals[0], ConditionMatrix.Total(condition: 1, present: 1, partly: 1, absent: 0, unknown: 1))
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            XCTAssertEqual(Set(json.keys), ["conditions", "municipalities", "totals"])

            let selected = try JSONDecoder().decode(
                ConditionMatrix.self,
                from: try await Self.get(client, "/api/v1/conditions/matrix?municipality=Zwolle&municipality=Borne"))
            XCTAssertEqual(selected.municipalities.map(\.name), ["Borne", "Zwolle"])
            XCTAssertEqual(selected.totals[2].unknown, 1)

            let history = try JSONDecoder().decode(
                [ConditionAssessment].self,
                from: try await Self.get(client, "/api/v1/conditions/history?municipality=Almelo&condition=1"))
            XCTAssertEqual(history.map(\.state), [.present, .partly])
            XCTAssertEqual(history.map(\.note), [nil, "Wethouder weg"])

            _ = try await Self.get(client, "/api/v1/conditions/matrix?municipality=Atlantis", status: .notFound)
            _ = try await Self.get(client, "/api/v1/conditions/history", status: .badRequest)
            _ = try await Self.get(
                client, "/api/v1/conditions/history?municipality=Almelo&condition=x", status: .badRequest)
            _ = try await Self.get(
                client, "/api/v1/conditions/history?municipality=Almelo&condition=9", status: .notFound)
        }
    }

    func testVisitsAndSuggestionsWithoutEmailOrPhone() async throws {
        let network = try NetworkFixture()
        try await network.app().test(.router) { client in
            let listed = try await Self.get(client, "/api/v1/visits")
            let visits = try XCTUnwrap(try JSONSerialization.jsonObject(with: listed) as? [[String: Any]])
            XCTAssertEqual(visits.map { $0["to"] as? String }, ["Borne", "Enschede"], "newest first")
            let people = try XCTUnwrap(visits[1]["people"] as? [[String: Any]])
            XCTAssertEqual(people.first?["name"] as? String, "Eva Ensink")
            XCTAssertEqual(people.first?["role"] as? String, "wethouder wonen")
            XCTAssertTrue(people.first?["email"] is NSNull, "the key stays, as in the CLI's JSON, but empty")
            XCTAssertTrue(people.first?["phone"] is NSNull)

            let one = try JSONDecoder().decode(
                Visit.self, from: try await Self.get(client, "/api/v1/visits/\(network.enschedeVisit.id)"))
            XCTAssertEqual(
                try Self.cliJSON(one) as? NSDictionary,
                try Self.cliJSON(network.enschedeVisit.withoutContactDetails) as? NSDictionary)
            XCTAssertEqual(one.entries.map(\.uuid), [network.example.uuid])

            let filtered = try JSONDecoder().decode(
                [Visit].self, from: try await Self.get(client, "/api/v1/visits?municipality=Borne"))
            XCTAssertEqual(filtered.map(\.id), [network.borneVisit.id])

            let body = try await Self.get(client, "/api/v1/visits/suggestions?municipality=Almelo&limit=2")
            let suggestions = try JSONDecoder().decode(VisitSuggestions.self, from: body)
            XCTAssertEqual(suggestions.suggestions.map(\.municipality), ["Enschede", "Borne"])
            XCTAssertEqual(suggestions.suggestions.map(\.counts), [[.linked: 1, .condition: 1], [.condition: 1]])
            XCTAssertEqual(suggestions.suggestions[0].contacts.map(\.person.name), ["Eva Ensink"])
            XCTAssertEqual(suggestions.suggestions[0].contacts.map(\.entries), [[network.example.id]])
            let expected = try network.knowledgeBase.visitSuggestions(
                for: try network.knowledgeBase.municipality("Almelo").id, limit: 2)
            XCTAssertEqual(
                try JSONSerialization.jsonObject(with: body) as? NSDictionary,
                try Self.cliJSON(expected.withoutContactDetails) as? NSDictionary)
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            XCTAssertEqual(json["order"] as? [String], VisitReason.allCases.map(\.rawValue))

            _ = try await Self.get(client, "/api/v1/visits/999", status: .notFound)
            _ = try await Self.get(client, "/api/v1/visits/suggestions", status: .badRequest)
            _ = try await Self.get(
                client, "/api/v1/visits/suggestions?municipality=Almelo&limit=0", status: .badRequest)
            let missing = try await Self.get(
                client, "/api/v1/visits/suggestions?municipality=Atlantis", status: .notFound)
            let problem = try XCTUnwrap(try JSONSerialization.jsonObject(with: missing) as? [String: Any])
            XCTAssertEqual(problem["type"] as? String, "https://kennisbank.invalid/problems/unknown-municipality")
        }
    }
}
