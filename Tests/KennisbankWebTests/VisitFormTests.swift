import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// `/bezoeken/nieuw`: a signed-in editor records a visit from or to their own municipality; a
/// refused form says what to do in one Dutch line and writes nothing.
final class VisitFormTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Form = EntryFormTests

    static let path = "/bezoeken/nieuw"

    func testAnEditorRecordsAVisitWithItsPeopleAndLandsOnIt() async throws {
        let network = try Web.Network()
        let anna = try network.knowledgeBase.addPerson(
            name: "Anna Aalders", municipality: "Deventer", role: "regisseur", email: "anna@deventer.example")
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Dirk", page: Self.path + "?naar=Zwolle")
            let form = String(
                buffer: try await client.execute(uri: Self.path + "?naar=Zwolle", method: .get, headers: cookie).body)
            XCTAssertTrue(form.contains("id=\"from\" name=\"from\" type=\"text\" value=\"Deventer\""), form)
            XCTAssertTrue(form.contains("id=\"to\" name=\"to\" type=\"text\" value=\"Zwolle\""), form)

            let saved = try await Form.post(
                client, Self.path,
                [
                    "csrf": csrf, "from": "Deventer", "to": "Zwolle", "date": "2026-12-03", "status": "planned",
                    "people": "Anna Aalders\n", "notes": "Kijken naar het bewonerspanel.",
                ], cookie: cookie)
            XCTAssertEqual(saved.status, .seeOther)
            let visits = try network.knowledgeBase.visits()
            XCTAssertEqual(visits.count, 1)
            let visit = try XCTUnwrap(visits.first)
            XCTAssertEqual(saved.headers[.location], "/bezoeken/\(visit.id)")
            XCTAssertEqual([visit.from, visit.to, visit.date.description], ["Deventer", "Zwolle", "2026-12-03"])
            XCTAssertEqual(visit.status, .planned)
            XCTAssertEqual(visit.people.map(\.id), [anna.id])
            XCTAssertEqual(visit.author, "Dirk")
            let page = String(
                buffer: try await client.execute(uri: "/bezoeken/\(visit.id)", method: .get, headers: cookie).body)
            XCTAssertTrue(page.contains("Anna Aalders, regisseur (Deventer)"), page)
            XCTAssertFalse(page.contains("anna@deventer.example"))
        }
    }

    func testARefusedVisitSaysWhatToDoInOneLineAndWritesNothing() async throws {
        let network = try Web.Network()
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Dirk", page: Self.path)
            let good = ["csrf": csrf, "from": "Deventer", "to": "Zwolle", "date": "2026-12-03", "status": "done"]
            let cases: [([String: String], String)] = [
                (["from": "Zwolle", "to": "Almelo"], "uw eigen gemeente"),
                (["to": ""], "Vul beide gemeenten in"),
                (["to": "Deventer"], "kan zichzelf niet bezoeken"),
                (["to": "Atlantis"], "Atlantis"),
                (["date": ""], "Er is geen datum ingevuld"),
                (["date": "morgen"], "morgen"),
                (["status": "misschien"], "gepland of gedaan"),
                (["people": "Niemand Bekend"], "Niemand Bekend"),
                (["notes": String(repeating: "x", count: 4001)], "4000"),
            ]
            for (change, expected) in cases {
                let response = try await Form.post(client, Self.path, good.merging(change) { $1 }, cookie: cookie)
                XCTAssertEqual(response.status, .unprocessableContent, "\(change)")
                let html = String(buffer: response.body)
                let summary = try NetworkFixture.matches(
                    #"<div class="error-summary"[^>]*><p>([^<]*)</p></div>"#, in: html)
                XCTAssertEqual(summary.count, 1, "\(change): \(html)")
                XCTAssertTrue(summary.first?.contains(expected) == true, "\(change): \(summary)")
            }
            XCTAssertEqual(try network.knowledgeBase.visits(), [])

            let (readerCookie, readerCSRF) = try await Form.session(client, "Rita", page: "/bezoeken")
            let refused = try await Form.post(
                client, Self.path, good.merging(["csrf": readerCSRF]) { $1 }, cookie: readerCookie)
            XCTAssertEqual(refused.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.visits(), [])
        }
    }
}
