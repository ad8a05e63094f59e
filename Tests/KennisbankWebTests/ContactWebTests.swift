import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// Issue 16: the entry page and the API show an entry's contact persons — name, role and
/// municipality — and never their e-mail address or phone number.
final class ContactWebTests: XCTestCase {
    func testTheEntryPageAndTheAPIShowWhoToCallButNotHow() async throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let anna = try knowledgeBase.addPerson(
            name: "Anna <b>de Vries</b>", municipality: "Zwolle", role: "Beleidsadviseur", email: "anna@zwolle.nl",
            phone: "038 498 2000")
        let entry = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Bel over wonen", body: "Zij weet het.", contacts: [anna.id]))
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let uuid = entry.uuid.uuidString.lowercased()
        try await app.test(.router) { client in
            try await client.execute(uri: "/kennis/" + uuid, method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<dt>Contactpersonen</dt>"), html)
                // The name links to the person's page (issue 16).
                XCTAssertTrue(
                    html.contains(
                        "<a href=\"/mensen/\(anna.id.uuidString.lowercased())\">Anna &lt;b&gt;de Vries&lt;/b&gt;</a>, Beleidsadviseur (Zwolle)"
                    ), html)
                XCTAssertFalse(html.contains("anna@zwolle.nl"), html)
                XCTAssertFalse(html.contains("498 2000"), html)
            }
            try await client.execute(uri: "/api/v1/entries/" + uuid, method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let json = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let contacts = try XCTUnwrap(json["contacts"] as? [[String: Any]])
                XCTAssertEqual(contacts.first?["name"] as? String, "Anna <b>de Vries</b>")
                XCTAssertEqual(Set(contacts.first?.keys ?? [:].keys), ["id", "name", "municipality", "role"])
                XCTAssertFalse(String(buffer: response.body).contains("anna@zwolle.nl"))
            }
        }
    }
}
