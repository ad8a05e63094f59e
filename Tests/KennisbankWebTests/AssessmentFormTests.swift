import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// `/voorwaarden/beoordelen`: a signed-in editor records a self-assessment that is added to the
/// history; a refused form says what to do in one Dutch line and writes nothing.
final class AssessmentFormTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Form = EntryFormTests

    static let path = "/voorwaarden/beoordelen"

    static func history(_ network: Web.Network, _ name: String) throws -> [ConditionAssessment] {
        try network.knowledgeBase.conditionHistory(municipality: try network.knowledgeBase.municipality(name).id)
    }

    func testAnEditorAddsAnAssessmentToTheHistoryOfTheirMunicipality() async throws {
        let network = try Web.Network()
        let deventer = try network.knowledgeBase.municipality("Deventer")
        try network.knowledgeBase.assessCondition(
            2, municipality: deventer.id, state: .absent, date: Day(iso: "2026-01-05")!, author: nil)
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Dirk", page: Self.path)
            let form = String(buffer: try await client.execute(uri: Self.path, method: .get, headers: cookie).body)
            XCTAssertTrue(
                form.contains("id=\"municipality\" name=\"municipality\" type=\"text\" value=\"Deventer\""), form)
            XCTAssertTrue(form.contains("<option value=\"2\">2. "), form)
            XCTAssertTrue(form.contains("<option value=\"partly\">◐ deels</option>"), form)

            let saved = try await Form.post(
                client, Self.path,
                [
                    "csrf": csrf, "municipality": "Deventer", "condition": "2", "state": "partly",
                    "note": "Er is nu een kwartiermaker", "date": "2026-06-01",
                ], cookie: cookie)
            XCTAssertEqual(saved.status, .seeOther)
            XCTAssertEqual(saved.headers[.location], "/voorwaarden/" + deventer.code!)
            let history = try Self.history(network, "Deventer")
            XCTAssertEqual(history.map(\.state), [.absent, .partly], "added, the earlier one kept")
            XCTAssertEqual(history.last?.note, "Er is nu een kwartiermaker")
            XCTAssertEqual(history.last?.date.description, "2026-06-01")
            XCTAssertEqual(history.last?.recordedBy, "Dirk")

            let page = String(
                buffer: try await client.execute(uri: "/voorwaarden/" + deventer.code!, method: .get, headers: cookie)
                    .body)
            XCTAssertTrue(page.contains("<td>Er is nu een kwartiermaker</td>"), page)
            XCTAssertTrue(page.contains("/voorwaarden/beoordelen?gemeente=" + deventer.code!), "the editor's link")
            XCTAssertTrue(page.contains("/voorwaarden/beoordelen?gemeente=\(deventer.code!)&amp;voorwaarde=2\""), page)
            let again = String(
                buffer: try await client.execute(
                    uri: "/voorwaarden/beoordelen?gemeente=\(deventer.code!)&voorwaarde=2", method: .get,
                    headers: cookie
                ).body)
            XCTAssertTrue(again.contains("<option value=\"2\" selected>2. "), again)
            XCTAssertTrue(again.contains("name=\"municipality\" type=\"text\" value=\"Deventer\""), again)
        }
    }

    func testARefusedFormSaysWhatToDoInOneLineAndWritesNothing() async throws {
        let network = try Web.Network()
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Dirk", page: Self.path)
            let good = ["csrf": csrf, "municipality": "Deventer", "condition": "1", "state": "present"]
            let cases: [([String: String], String)] = [
                (["municipality": "Zwolle"], "alleen uw eigen gemeente"),
                (["municipality": ""], "Er is geen gemeente gekozen"),
                (["municipality": "Atlantis"], "Atlantis"),
                (["condition": "9"], "Er is geen voorwaarde 9"),
                (["condition": ""], "Er is geen voorwaarde gekozen"),
                (["state": "prima"], "Er is geen stand gekozen"),
                (["date": "31-02-2026"], "31-02-2026"),
                (["note": String(repeating: "x", count: 501)], "hoogstens 500 tekens"),
            ]
            for (change, expected) in cases {
                let response = try await Form.post(
                    client, Self.path, good.merging(change) { $1 }, cookie: cookie)
                XCTAssertEqual(response.status, .unprocessableContent, "\(change)")
                let html = String(buffer: response.body)
                let summary = try NetworkFixture.matches(
                    #"<div class="error-summary"[^>]*><p>([^<]*)</p></div>"#, in: html)
                XCTAssertEqual(summary.count, 1, "\(change): \(html)")
                XCTAssertTrue(summary.first?.contains(expected) == true, "\(change): \(summary)")
                XCTAssertFalse(summary.first?.contains("\n") == true)
            }
            XCTAssertEqual(try Self.history(network, "Deventer"), [])
            XCTAssertEqual(try Self.history(network, "Zwolle"), [])

            let forged = try await Form.post(
                client, Self.path, good.merging(["csrf": "vervalst"]) { $1 }, cookie: cookie)
            XCTAssertEqual(forged.status, .forbidden)
            XCTAssertEqual(try Self.history(network, "Deventer"), [])
        }
    }

    func testAReaderMayNotAndACoordinatorMayAssessAnyMunicipality() async throws {
        let network = try Web.Network()
        try await Form.app(network).test(.router) { client in
            let (readerCookie, readerCSRF) = try await Form.session(client, "Rita", page: "/voorwaarden")
            let refused = try await client.execute(uri: Self.path, method: .get, headers: readerCookie)
            XCTAssertEqual(refused.status, .forbidden)
            let posted = try await Form.post(
                client, Self.path,
                ["csrf": readerCSRF, "municipality": "Zwolle", "condition": "1", "state": "present"],
                cookie: readerCookie)
            XCTAssertEqual(posted.status, .forbidden)
            XCTAssertEqual(try Self.history(network, "Zwolle"), [])

            let (cookie, csrf) = try await Form.session(client, "Cora", page: Self.path)
            let saved = try await Form.post(
                client, Self.path, ["csrf": csrf, "municipality": "Zwolle", "condition": "1", "state": "absent"],
                cookie: cookie)
            XCTAssertEqual(saved.status, .seeOther)
            XCTAssertEqual(try Self.history(network, "Zwolle").map(\.state), [.absent])
        }
    }
}
