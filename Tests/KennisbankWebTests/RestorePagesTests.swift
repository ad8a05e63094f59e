import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// Bringing back an earlier version from the history page, and entries from the coordinator's
/// trash page: who may, the CSRF token, and the restore recorded as made by the account.
final class RestorePagesTests: XCTestCase {
    typealias Web = AccountsWebTests

    func testAnEditorBringsBackAnEarlierVersionOfTheirOwnEntryOnly() async throws {
        let network = try Web.Network()
        var changes = EntryChanges()
        changes.title = "Leegstand, verkeerd overgenomen"
        try network.knowledgeBase.update(network.deventer.id, with: changes)
        try network.knowledgeBase.update(network.zwolle.id, with: changes)
        try await EntryFormTests.app(network).test(.router) { client in
            let history = "/kennis/" + network.deventer.uuid.uuidString.lowercased() + "/geschiedenis"
            let other = "/kennis/" + network.zwolle.uuid.uuidString.lowercased() + "/geschiedenis"
            let (cookie, csrf) = try await EntryFormTests.session(client, "Dirk", page: history)
            let page = String(buffer: try await client.execute(uri: history, method: .get, headers: cookie).body)
            XCTAssertTrue(page.contains("action=\"\(history)/1/herstellen\""), page)
            XCTAssertFalse(page.contains("\(history)/2/herstellen"), "the latest version has nothing to bring back")
            let otherPage = String(buffer: try await client.execute(uri: other, method: .get, headers: cookie).body)
            XCTAssertFalse(otherPage.contains("herstellen"), "no restore on another municipality's entry")

            let withoutToken = try await EntryFormTests.post(client, history + "/1/herstellen", [:], cookie: cookie)
            XCTAssertEqual(withoutToken.status, .forbidden)
            let refused = try await EntryFormTests.post(client, other + "/1/herstellen", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(refused.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.entry(network.zwolle.id).title, "Leegstand, verkeerd overgenomen")

            let restored = try await EntryFormTests.post(
                client, history + "/1/herstellen", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(restored.status, .seeOther)
            XCTAssertEqual(try network.knowledgeBase.entry(network.deventer.id).title, "Leegstand in de binnenstad")
            let last = try XCTUnwrap(try network.knowledgeBase.history(of: network.deventer.id).last)
            XCTAssertEqual(last.author?.name, "Dirk")
            XCTAssertEqual(last.restoredFrom, 1)
        }
    }

    func testOnlyACoordinatorSeesTheTrashAndRestoresFromIt() async throws {
        let network = try Web.Network()
        try network.knowledgeBase.moveToTrash(network.tip.id, by: Author("Nina"))
        try await EntryFormTests.app(network).test(.router) { client in
            let (editor, editorCSRF) = try await EntryFormTests.session(client, "Dirk")
            let editorPage = try await client.execute(uri: "/prullenbak", method: .get, headers: editor)
            XCTAssertEqual(editorPage.status, .forbidden)
            let uuid = network.tip.uuid.uuidString.lowercased()
            let editorRestore = try await EntryFormTests.post(
                client, "/prullenbak/\(uuid)/herstellen", ["csrf": editorCSRF], cookie: editor)
            XCTAssertEqual(editorRestore.status, .forbidden)

            let (cookie, csrf) = try await EntryFormTests.session(client, "Cora", page: "/prullenbak")
            let page = String(buffer: try await client.execute(uri: "/prullenbak", method: .get, headers: cookie).body)
            XCTAssertTrue(page.contains("Begin klein"), page)
            XCTAssertTrue(page.contains("Nina"), "who removed it")
            XCTAssertTrue(page.contains("href=\"/prullenbak\""), "the coordinator's menu links the trash")
            let restored = try await EntryFormTests.post(
                client, "/prullenbak/\(uuid)/herstellen", ["csrf": csrf], cookie: cookie)
            XCTAssertEqual(restored.status, .seeOther)
            XCTAssertEqual(restored.headers[.location], "/kennis/\(uuid)")
            XCTAssertTrue(try network.knowledgeBase.trash().isEmpty)
            XCTAssertEqual(try network.knowledgeBase.history(of: network.tip.id).last?.author?.name, "Cora")
            let empty = String(buffer: try await client.execute(uri: "/prullenbak", method: .get, headers: cookie).body)
            XCTAssertTrue(empty.contains("De prullenbak is leeg."))
        }
    }
}
