import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest

/// A visit's page: an editor of either municipality (or a coordinator) marks it done and links an
/// entry it led to; `/bezoeken?gemeente=` shows the visits from or to one municipality.
final class VisitChangeTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Form = EntryFormTests

    /// A planned visit from Zwolle to Deventer, and one from Zwolle to Almelo.
    static func visits(_ network: Web.Network) throws -> (Visit, Visit) {
        let knowledgeBase = network.knowledgeBase
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let toDeventer = try knowledgeBase.addVisit(
            from: zwolle, to: try knowledgeBase.municipality("Deventer").id, date: try DayText.day("2026-12-03"),
            status: .planned)
        let toAlmelo = try knowledgeBase.addVisit(
            from: zwolle, to: try knowledgeBase.municipality("Almelo").id, date: try DayText.day("2026-12-04"),
            status: .planned)
        return (toDeventer, toAlmelo)
    }

    func testAnEditorOfEitherMunicipalityMarksItDoneAndLinksAnEntryByTitleOrUUID() async throws {
        let network = try Web.Network()
        let (visit, _) = try Self.visits(network)
        let page = "/bezoeken/\(visit.id)"
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Dirk", page: page)
            let html = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertTrue(html.contains("action=\"\(page)/gedaan\""), html)
            XCTAssertTrue(html.contains("<label for=\"visit-entry\">Item koppelen</label>"), html)

            let done = try await Form.post(client, page + "/gedaan", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(done.status, .seeOther)
            XCTAssertEqual(done.headers[.location], page)
            XCTAssertEqual(try network.knowledgeBase.visit("\(visit.id)").status, .done)
            let after = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertFalse(after.contains("/gedaan\""), "a done visit has no button to mark it done")

            let byTitle = try await Form.post(
                client, page + "/koppelen", ["csrf": csrf, "entry": "Wachtlijst jeugdzorg"], cookie: cookie)
            XCTAssertEqual(byTitle.status, .seeOther)
            let byUUID = try await Form.post(
                client, page + "/koppelen", ["csrf": csrf, "entry": network.tip.uuid.uuidString.lowercased()],
                cookie: cookie)
            XCTAssertEqual(byUUID.status, .seeOther)
            XCTAssertEqual(
                Set(try network.knowledgeBase.visit("\(visit.id)").entries.map(\.uuid)),
                [network.zwolle.uuid, network.tip.uuid])
            let linked = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertTrue(linked.contains("Wachtlijst jeugdzorg</a>"), linked)
        }
    }

    func testABadEntryIsOneDutchLineAndNothingIsLinked() async throws {
        let network = try Web.Network()
        let (visit, _) = try Self.visits(network)
        let page = "/bezoeken/\(visit.id)"
        try await Form.app(network).test(.router) { client in
            let (cookie, csrf) = try await Form.session(client, "Cora", page: page)
            for (entry, expected) in [
                ("", "Geef de UUID, het nummer of de titel"),
                ("Bestaat niet", "Geen item “Bestaat niet”: geef de UUID, het nummer of de hele titel"),
            ] {
                let refused = try await Form.post(
                    client, page + "/koppelen", ["csrf": csrf, "entry": entry], cookie: cookie)
                XCTAssertGreaterThanOrEqual(refused.status.code, 400, entry)
                XCTAssertLessThan(refused.status.code, 500, entry)
                let html = String(buffer: refused.body)
                XCTAssertTrue(html.contains("id=\"visit-error\""), html)
                XCTAssertTrue(html.contains(expected), html)
            }
            XCTAssertEqual(try network.knowledgeBase.visit("\(visit.id)").entries, [])
        }
    }

    func testOthersSeeNoFormsAndMayNotPost() async throws {
        let network = try Web.Network()
        let (_, toAlmelo) = try Self.visits(network)
        let page = "/bezoeken/\(toAlmelo.id)"
        try await Form.app(network).test(.router) { client in
            for name in ["Rita", "Dirk"] {
                let (cookie, csrf) = try await Form.session(client, name, page: page)
                let html = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
                XCTAssertFalse(html.contains("/koppelen\""), name)
                let done = try await Form.post(client, page + "/gedaan", ["csrf": csrf], cookie: cookie)
                XCTAssertEqual(done.status, .forbidden, name)
                let link = try await Form.post(
                    client, page + "/koppelen", ["csrf": csrf, "entry": "Begin klein"], cookie: cookie)
                XCTAssertEqual(link.status, .forbidden, name)
            }
            let (cookie, _) = try await Form.session(client, "Cora", page: page)
            let forged = try await Form.post(client, page + "/gedaan", [:], cookie: cookie)
            XCTAssertEqual(forged.status, .forbidden, "without the CSRF token")
            let visit = try network.knowledgeBase.visit("\(toAlmelo.id)")
            XCTAssertEqual(visit.status, .planned)
            XCTAssertEqual(visit.entries, [])
        }
    }

    func testTheListFiltersByMunicipality() async throws {
        let network = try Web.Network()
        let (toDeventer, toAlmelo) = try Self.visits(network)
        try await Form.app(network).test(.router) { client in
            let (cookie, _) = try await Form.session(client, "Rita", page: "/bezoeken")
            let all = String(buffer: try await client.execute(uri: "/bezoeken", method: .get, headers: cookie).body)
            XCTAssertTrue(all.contains("href=\"/bezoeken/\(toDeventer.id)\""), all)
            XCTAssertTrue(all.contains("href=\"/bezoeken/\(toAlmelo.id)\""), all)
            let almelo = String(
                buffer: try await client.execute(uri: "/bezoeken?gemeente=Almelo", method: .get, headers: cookie).body)
            XCTAssertFalse(almelo.contains("href=\"/bezoeken/\(toDeventer.id)\""), almelo)
            XCTAssertTrue(almelo.contains("href=\"/bezoeken/\(toAlmelo.id)\""), almelo)
            XCTAssertTrue(almelo.contains("<option value=\"Almelo\" selected>"), almelo)
            let unknown = try await client.execute(uri: "/bezoeken?gemeente=Atlantis", method: .get, headers: cookie)
            XCTAssertEqual(unknown.status, .badRequest, "as on /mensen")
        }
    }
}
