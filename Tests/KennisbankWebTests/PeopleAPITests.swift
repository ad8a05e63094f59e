import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import XCTest

@testable import KennisbankWeb

/// Issue 16: the JSON twins of the people and meeting pages, with the CLI's JSON; `email` and
/// `phone` are null for an anonymous reader.
final class PeopleAPITests: XCTestCase {
    /// The bytes `kb … --format json` prints for `value`.
    static func cliJSON<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try KennisbankJSON.encoder().encode(value), as: UTF8.self) + "\n"
    }

    func testPeopleAnswerWithTheCLIsJSONAndContactDetailsOnlyWhenSignedIn() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let anonymous = try await client.execute(uri: "/api/v1/people", method: .get)
            XCTAssertEqual(anonymous.status, .ok)
            let people = try XCTUnwrap(try PeopleFixture.json(anonymous) as? [[String: Any]])
            XCTAssertEqual(people.map { $0["name"] as? String }, ["Anna de Vries", "Piet Jansen"])
            XCTAssertEqual(Set(people[0].keys), ["id", "name", "municipality", "role", "email", "phone"])
            XCTAssertTrue(people[0]["email"] is NSNull)
            XCTAssertTrue(people[0]["phone"] is NSNull)
            XCTAssertFalse(String(buffer: anonymous.body).contains("anna@"))

            let signedIn = try await client.execute(uri: "/api/v1/people", method: .get, headers: network.signedIn)
            XCTAssertEqual(String(buffer: signedIn.body), try Self.cliJSON(try network.knowledgeBase.people()))
            XCTAssertTrue(String(buffer: signedIn.body).contains(PeopleFixture.email))

            let deventer = try await client.execute(uri: "/api/v1/people?municipality=Deventer", method: .get)
            XCTAssertEqual(
                (try PeopleFixture.json(deventer) as? [[String: Any]])?.map { $0["name"] as? String }, ["Piet Jansen"])
            let unknown = try await client.execute(uri: "/api/v1/people?municipality=Atlantis", method: .get)
            XCTAssertEqual(unknown.status, .badRequest)
            XCTAssertEqual(unknown.headers[.contentType], "application/problem+json")
        }
    }

    func testAPersonIsTheirDetailWithContactOfMeetingsAndVisits() async throws {
        let network = try PeopleFixture()
        let uri = "/api/v1/people/" + network.anna.id.uuidString.lowercased()
        try await network.app().test(.router) { client in
            let signedIn = try await client.execute(uri: uri, method: .get, headers: network.signedIn)
            XCTAssertEqual(signedIn.status, .ok)
            XCTAssertEqual(
                String(buffer: signedIn.body), try Self.cliJSON(try network.knowledgeBase.personDetail(network.anna.id))
            )

            let anonymousResponse = try await client.execute(uri: uri, method: .get)
            let anonymous = try XCTUnwrap(try PeopleFixture.json(anonymousResponse) as? [String: Any])
            XCTAssertTrue(anonymous["email"] is NSNull)
            XCTAssertEqual(
                (anonymous["contact_of"] as? [[String: Any]])?.first?["title"] as? String, "Begin met een buurtgesprek")
            XCTAssertEqual(
                (anonymous["meetings"] as? [[String: Any]])?.map { $0["date"] as? String },
                ["2015-05-21", "2015-11-12"])
            let visit = try XCTUnwrap((anonymous["visits"] as? [[String: Any]])?.first)
            XCTAssertEqual(visit["to"] as? String, "Deventer")
            let companion = try XCTUnwrap((visit["people"] as? [[String: Any]])?.first, "\(visit)")
            XCTAssertEqual(companion["name"] as? String, "Anna de Vries")
            XCTAssertTrue(companion["phone"] is NSNull, "no phone in a visit either: \(companion)")

            let notAUUID = try await client.execute(uri: "/api/v1/people/anna", method: .get)
            XCTAssertEqual(notAUUID.status, .badRequest)
            let unknown = try await client.execute(uri: "/api/v1/people/" + UUID().uuidString, method: .get)
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(String(buffer: unknown.body).contains("/problems/people\""), String(buffer: unknown.body))
        }
    }

    func testMeetingsAMeetingAndAttendanceAnswerWithTheCLIsJSON() async throws {
        let network = try PeopleFixture()
        let knowledgeBase = network.knowledgeBase
        try await network.app().test(.router) { client in
            let list = try await client.execute(uri: "/api/v1/meetings", method: .get)
            XCTAssertEqual(String(buffer: list.body), try Self.cliJSON(try knowledgeBase.meetings()))

            let report = try knowledgeBase.meetingReport(network.may2015.id)
            for reference in ["\(network.may2015.id)", "2015-05-21"] {
                let meeting = try await client.execute(
                    uri: "/api/v1/meetings/" + reference, method: .get, headers: network.signedIn)
                XCTAssertEqual(meeting.status, .ok, reference)
                XCTAssertEqual(String(buffer: meeting.body), try Self.cliJSON(report), reference)
            }
            let anonymous = try await client.execute(uri: "/api/v1/meetings/\(network.may2015.id)", method: .get)
            XCTAssertEqual(String(buffer: anonymous.body), try Self.cliJSON(report.withoutContactDetails))
            XCTAssertFalse(String(buffer: anonymous.body).contains(PeopleFixture.email))
            let unknown = try await client.execute(uri: "/api/v1/meetings/999", method: .get)
            XCTAssertEqual(unknown.status, .notFound)

            let attendance = try await client.execute(
                uri: "/api/v1/meetings/attendance?last=1", method: .get, headers: network.signedIn)
            XCTAssertEqual(
                String(buffer: attendance.body), try Self.cliJSON(try knowledgeBase.attendanceReport(lastMeetings: 1)))
            let sinceResponse = try await client.execute(
                uri: "/api/v1/meetings/attendance?since=2015-06-01", method: .get)
            let since = try XCTUnwrap(try PeopleFixture.json(sinceResponse) as? [String: Any])
            XCTAssertEqual(
                (since["recent"] as? [[String: Any]])?.map { $0["title"] as? String }, ["Najaarsbijeenkomst"])
            XCTAssertEqual(
                (since["not_seen"] as? [[String: Any]])?.compactMap {
                    ($0["person"] as? [String: Any])?["name"] as? String
                },
                ["Piet Jansen"])
            for query in ["last=0", "last=x", "since=morgen"] {
                let bad = try await client.execute(uri: "/api/v1/meetings/attendance?" + query, method: .get)
                XCTAssertEqual(bad.status, .badRequest, query)
                XCTAssertTrue(String(buffer: bad.body).contains("invalid-parameter"), query)
            }
        }
    }

    func testWithoutPublicReadTheAPIAsksToSignIn() async throws {
        let network = try PeopleFixture()
        let app = try WebServer(knowledgeBase: network.knowledgeBase).application()
        try await app.test(.router) { client in
            for uri in ["/api/v1/people", "/api/v1/meetings", "/api/v1/meetings/attendance"] {
                let response = try await client.execute(uri: uri, method: .get)
                XCTAssertEqual(response.status, .unauthorized, uri)
            }
            let page = try await client.execute(uri: "/mensen", method: .get)
            XCTAssertEqual(page.status, .seeOther)
        }
    }

    /// The top-level keys of what the routes answer are the keys the OpenAPI document names.
    func testTheOpenAPISchemasNameTheKeysTheRoutesAnswerWith() async throws {
        let network = try PeopleFixture()
        let schemas = APIDescription.document.components.schemas
        @Sendable func keys(_ name: String) -> Set<String> {
            Set(schemas[name]?.properties.map { Array($0.keys) } ?? [])
        }
        let cases: [(String, String)] = [
            ("/api/v1/people/" + network.anna.id.uuidString.lowercased(), "PersonDetail"),
            ("/api/v1/meetings/\(network.may2015.id)", "MeetingReport"),
            ("/api/v1/meetings/attendance", "Attendance"),
        ]
        try await network.app().test(.router) { client in
            for (uri, schema) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                let object = try XCTUnwrap(try PeopleFixture.json(response) as? [String: Any], uri)
                XCTAssertEqual(Set(object.keys), keys(schema), uri)
            }
            let peopleResponse = try await client.execute(uri: "/api/v1/people", method: .get)
            let people = try XCTUnwrap(try PeopleFixture.json(peopleResponse) as? [[String: Any]])
            XCTAssertEqual(Set(people[0].keys), keys("Person"))
            let meetingsResponse = try await client.execute(uri: "/api/v1/meetings", method: .get)
            let meetings = try XCTUnwrap(try PeopleFixture.json(meetingsResponse) as? [[String: Any]])
            XCTAssertEqual(Set(meetings[0].keys), keys("Meeting"))
        }
    }
}
