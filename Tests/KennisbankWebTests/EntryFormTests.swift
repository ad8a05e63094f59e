import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// The forms of a signed-in account: add, change and move an entry to the trash, with the CSRF
/// token, the account's rights, errors next to the field, and the account in the history.
final class EntryFormTests: XCTestCase {
    typealias Web = AccountsWebTests

    static func app(_ network: Web.Network, publicRead: Bool = false) throws -> some ApplicationProtocol {
        try WebServer(knowledgeBase: network.knowledgeBase, configuration: WebConfiguration(publicRead: publicRead))
            .application()
    }

    /// Signs `name` in and returns the Cookie header and the CSRF token of `page`.
    static func session(_ client: some TestClientProtocol, _ name: String, page: String = "/kennis/nieuw") async throws
        -> (cookie: HTTPFields, csrf: String)
    {
        let signedIn = try await Web.signIn(client, name)
        let cookie: HTTPFields = [.cookie: try XCTUnwrap(Web.sessionCookie(signedIn))]
        let form = try await client.execute(uri: page, method: .get, headers: cookie)
        XCTAssertEqual(form.status, .ok, page)
        return (cookie, try XCTUnwrap(Web.csrf(in: String(buffer: form.body))))
    }

    static func post(
        _ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], cookie: HTTPFields
    ) async throws -> TestResponse {
        var headers = Web.formHeaders
        headers.append(contentsOf: cookie)
        return try await client.execute(uri: uri, method: .post, headers: headers, body: Web.form(fields))
    }

    func testAnEditorAddsAnExampleThroughTheFormAndItIsFoundWithTheAccountAsAuthor() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Self.session(client, "Dirk")
            let form = try await client.execute(uri: "/kennis/nieuw", method: .get, headers: cookie)
            let html = String(buffer: form.body)
            XCTAssertTrue(html.contains("<label for=\"title\">Titel</label>"), html)
            XCTAssertTrue(html.contains("value=\"Deventer\""), "an editor's own municipality is filled in")
            let added = try await Self.post(
                client, "/kennis/nieuw",
                [
                    "csrf": csrf, "kind": "example", "title": "Buurthuis in eigen beheer", "body": "Het **werkt**.",
                    "municipality": "Deventer", "topics": "Zelfbeheer, Vertrouwen", "date": "2024-05-21",
                ], cookie: cookie)
            XCTAssertEqual(added.status, .seeOther)
            let location = try XCTUnwrap(added.headers[.location])
            XCTAssertTrue(location.hasPrefix("/kennis/"), location)
            let page = try await client.execute(uri: location, method: .get, headers: cookie)
            XCTAssertTrue(String(buffer: page.body).contains("<strong>werkt</strong>"))
            let found = try network.knowledgeBase.search(SearchRequest(query: "buurthuis beheer"))
            XCTAssertEqual(found.hits.map(\.entry.title), ["Buurthuis in eigen beheer"])
            XCTAssertEqual(found.hits.first?.entry.topics.sorted(), ["Vertrouwen", "Zelfbeheer"])
            let id = try XCTUnwrap(found.hits.first?.entry.id)
            XCTAssertEqual(try network.knowledgeBase.history(of: id).last?.author?.name, "Dirk")
        }
    }

    func testAFormWithoutTheCSRFTokenIsRefusedAndChangesNothing() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, _) = try await Self.session(client, "Cora")
            let before = try network.knowledgeBase.count()
            for token in [nil, "vervalst"] as [String?] {
                var fields = ["kind": "tip", "title": "Zonder token"]
                if let token { fields["csrf"] = token }
                let response = try await Self.post(client, "/kennis/nieuw", fields, cookie: cookie)
                XCTAssertEqual(response.status, .forbidden)
            }
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testRefusedValuesAreShownNextToTheirFieldWithWhatWasTyped() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Self.session(client, "Cora")
            let response = try await Self.post(
                client, "/kennis/nieuw",
                ["csrf": csrf, "kind": "obstacle", "title": "", "municipality": "Atlantis", "body": "<b>getypt</b>"],
                cookie: cookie)
            XCTAssertEqual(response.status, .unprocessableContent)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("class=\"error-summary\""), html)
            XCTAssertTrue(html.contains("id=\"municipality-error\""), html)
            XCTAssertTrue(html.contains("Atlantis"), "what was typed stays in the form")
            XCTAssertTrue(html.contains("&lt;b&gt;getypt&lt;/b&gt;"), "and is escaped")
            XCTAssertFalse(html.contains("<b>getypt</b>"))

            let untitled = try await Self.post(
                client, "/kennis/nieuw", ["csrf": csrf, "kind": "tip", "title": "  "], cookie: cookie)
            XCTAssertEqual(untitled.status, .unprocessableContent)
            XCTAssertTrue(String(buffer: untitled.body).contains("id=\"title-error\""))
        }
    }

    func testAnEditorChangesAndTrashesOnlyWhatIsTheirs() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let deventer = "/kennis/" + network.deventer.uuid.uuidString.lowercased()
            let zwolle = "/kennis/" + network.zwolle.uuid.uuidString.lowercased()
            let (cookie, csrf) = try await Self.session(client, "Dirk", page: deventer + "/bewerken")
            let entryPage = String(buffer: try await client.execute(uri: deventer, method: .get, headers: cookie).body)
            XCTAssertTrue(entryPage.contains(deventer + "/bewerken"))
            let otherPage = String(buffer: try await client.execute(uri: zwolle, method: .get, headers: cookie).body)
            XCTAssertFalse(otherPage.contains(zwolle + "/bewerken"), "no edit link on another municipality's entry")

            let changed = try await Self.post(
                client, deventer + "/bewerken",
                [
                    "csrf": csrf, "title": "Leegstand in de binnenstad van Deventer", "municipality": "Deventer",
                    "status": "addressed",
                ], cookie: cookie)
            XCTAssertEqual(changed.status, .seeOther)
            let entry = try network.knowledgeBase.entry(network.deventer.id)
            XCTAssertEqual(entry.title, "Leegstand in de binnenstad van Deventer")
            XCTAssertEqual(entry.status, .addressed)

            let refused = try await client.execute(uri: zwolle + "/bewerken", method: .get, headers: cookie)
            XCTAssertEqual(refused.status, .forbidden)
            let refusedPost = try await Self.post(
                client, zwolle + "/verwijderen", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(refusedPost.status, .forbidden)
            XCTAssertNoThrow(try network.knowledgeBase.entry(network.zwolle.id))

            let trashed = try await Self.post(client, deventer + "/verwijderen", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(trashed.status, .seeOther)
            XCTAssertEqual(try network.knowledgeBase.trash().map(\.id), [network.deventer.id])
            XCTAssertEqual(try network.knowledgeBase.history(of: network.deventer.id).last?.author?.name, "Dirk")
        }
    }

    func testAVisitorIsSentToSignInAndAReaderMayNotAdd() async throws {
        let network = try Web.Network()
        try await Self.app(network, publicRead: true).test(.router) { client in
            let visitor = try await client.execute(uri: "/kennis/nieuw", method: .get)
            XCTAssertEqual(visitor.status, .seeOther)
            XCTAssertEqual(visitor.headers[.location], "/aanmelden?terug=%2Fkennis%2Fnieuw")
            let (cookie, csrf) = try await Self.session(client, "Rita")
            let response = try await Self.post(
                client, "/kennis/nieuw", ["csrf": csrf, "kind": "tip", "title": "Van een lezer"], cookie: cookie)
            XCTAssertEqual(response.status, .unprocessableContent)
            XCTAssertTrue(String(buffer: response.body).contains("id=\"municipality-error\""))
            XCTAssertEqual(try network.knowledgeBase.search(SearchRequest(query: "lezer")).total, 0)
        }
    }
}
