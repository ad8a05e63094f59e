import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import NIOConcurrencyHelpers
import XCTest

/// Accounts on the site: signing in and out, the session cookie, CSRF, the sign-in rate limit,
/// bearer tokens, who may come in, and the API's writes with each role.
final class AccountsWebTests: XCTestCase {
    static let password = "wachtwoord-123"

    /// Accounts Rita (reader), Dirk (editor, Deventer), Nina (editor, no municipality) and Cora
    /// (coordinator); an obstacle in Deventer, one in Zwolle, and a network tip.
    struct Network {
        let knowledgeBase: KnowledgeBase
        var tokens: [String: String] = [:]
        let deventer: Entry
        let zwolle: Entry
        let tip: Entry

        init() throws {
            knowledgeBase = try KnowledgeBase.inMemory()
            let deventerID = try knowledgeBase.municipality("Deventer").id
            for (name, role, municipality) in [
                ("Rita", AccountRole.reader, nil), ("Dirk", .editor, deventerID), ("Nina", .editor, nil),
                ("Cora", .coordinator, nil),
            ] as [(String, AccountRole, Municipality.ID?)] {
                try knowledgeBase.addAccount(
                    name: name, role: role, municipality: municipality, password: AccountsWebTests.password,
                    cost: Account.minimumPasswordCost)
                tokens[name] = try knowledgeBase.newToken(for: name)
            }
            deventer = try knowledgeBase.add(
                NewEntry(kind: .obstacle, title: "Leegstand in de binnenstad", municipality: deventerID))
            zwolle = try knowledgeBase.add(
                NewEntry(
                    kind: .obstacle, title: "Wachtlijst jeugdzorg",
                    municipality: try knowledgeBase.municipality("Zwolle").id))
            tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begin klein"))
        }

        func bearer(_ name: String) -> HTTPFields {
            [.authorization: "Bearer " + (tokens[name] ?? "")]
        }
    }

    /// A clock the test moves.
    final class TestClock: Sendable {
        let time = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))
        var now: Date { time.withLockedValue { $0 } }
        func advance(_ seconds: TimeInterval) { time.withLockedValue { $0 += seconds } }
    }

    func app(
        _ network: Network, publicRead: Bool = false, behindProxy: Bool = false, clock: TestClock = TestClock()
    ) throws -> some ApplicationProtocol {
        try WebServer(
            knowledgeBase: network.knowledgeBase,
            configuration: WebConfiguration(publicRead: publicRead, behindProxy: behindProxy),
            accounts: AccountSettings(now: { clock.now })
        ).application()
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(
            string: fields.sorted { $0.key < $1.key }.map { name, value in
                name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The `kb_sessie` Set-Cookie header of a response, whole.
    static func sessionSetCookie(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix("kb_sessie=") }
    }

    /// `kb_sessie=…` for a Cookie header.
    static func sessionCookie(_ response: TestResponse) -> String? {
        sessionSetCookie(response).map { String($0.prefix { $0 != ";" }) }
    }

    /// Signs in and returns the session cookie (`kb_sessie=…`).
    static func signIn(
        _ client: some TestClientProtocol, _ name: String, password: String = AccountsWebTests.password,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var all = formHeaders
        all.append(contentsOf: headers)
        return try await client.execute(
            uri: "/aanmelden", method: .post, headers: all, body: form(["naam": name, "wachtwoord": password]))
    }

    /// The CSRF token in the page's forms.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// Headers of a request a proxy forwarded from `address`.
    static func from(_ address: String) -> HTTPFields { [HTTPField.Name("X-Forwarded-For")!: address] }

    /// The API address of `entry`.
    static func uri(_ entry: Entry) -> String { "/api/v1/entries/" + entry.uuid.uuidString.lowercased() }

    // MARK: Signing in and out

    func testSignInStartsASessionInAnHttpOnlySameSiteCookieAndShowsWhoIsSignedIn() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            let form = try await client.execute(uri: "/aanmelden", method: .get)
            XCTAssertEqual(form.status, .ok)
            let page = String(buffer: form.body)
            XCTAssertTrue(page.contains("<h1>Aanmelden</h1>"), page)
            XCTAssertTrue(page.contains("<label for=\"naam\">Naam</label>"), page)
            XCTAssertTrue(page.contains("<label for=\"wachtwoord\">Wachtwoord</label>"), page)

            let wrong = try await Self.signIn(client, "Dirk", password: "niet het wachtwoord")
            XCTAssertEqual(wrong.status, .unauthorized)
            let wrongPage = String(buffer: wrong.body)
            XCTAssertTrue(wrongPage.contains("De naam of het wachtwoord klopt niet"), wrongPage)
            XCTAssertTrue(wrongPage.contains("aria-invalid=\"true\""), wrongPage)
            XCTAssertTrue(wrongPage.contains("value=\"Dirk\""), "the name stays filled in")
            XCTAssertNil(Self.sessionSetCookie(wrong))
            let unknown = try await Self.signIn(client, "Niemand")
            XCTAssertEqual(unknown.status, .unauthorized)

            let signedIn = try await Self.signIn(client, "dirk")
            XCTAssertEqual(signedIn.status, .seeOther)
            XCTAssertEqual(signedIn.headers[.location], "/")
            let setCookie = try XCTUnwrap(Self.sessionSetCookie(signedIn))
            XCTAssertTrue(setCookie.contains("HttpOnly"), setCookie)
            XCTAssertTrue(setCookie.contains("SameSite=Lax"), setCookie)
            XCTAssertTrue(setCookie.contains("Path=/"), setCookie)
            XCTAssertFalse(setCookie.contains("Secure"), "not over plain HTTP: \(setCookie)")

            let cookie = try XCTUnwrap(Self.sessionCookie(signedIn))
            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
            XCTAssertEqual(home.status, .ok)
            let html = String(buffer: home.body)
            XCTAssertTrue(html.contains("Aangemeld als <strong>Dirk</strong> (redacteur)"), html)
            XCTAssertTrue(html.contains("action=\"/afmelden\""), html)
            XCTAssertEqual(Self.csrf(in: html)?.count, 64, html)
        }
    }

    func testTheSessionCookieIsSecureOverTLSAndTrustsTheProxyOnlyWhenBehindOne() async throws {
        let network = try Network()
        let https: HTTPFields = [HTTPField.Name("X-Forwarded-Proto")!: "https"]
        try await app(network).test(.router) { client in
            let direct = try await Self.signIn(client, "Dirk", headers: https)
            XCTAssertFalse(try XCTUnwrap(Self.sessionSetCookie(direct)).contains("Secure"))
        }
        try await app(network, behindProxy: true).test(.router) { client in
            let proxied = try await Self.signIn(client, "Dirk", headers: https)
            XCTAssertTrue(try XCTUnwrap(Self.sessionSetCookie(proxied)).hasSuffix("; Secure"))
            let plain = try await Self.signIn(
                client, "Dirk", headers: [HTTPField.Name("X-Forwarded-Proto")!: "http"])
            XCTAssertFalse(try XCTUnwrap(Self.sessionSetCookie(plain)).contains("Secure"))
        }
    }

    func testEverySignInGetsANewSessionIDAndSigningOutNeedsTheCSRFToken() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            let firstSignIn = try await Self.signIn(client, "Cora")
            let first = try XCTUnwrap(Self.sessionCookie(firstSignIn))
            var again = Self.formHeaders
            again[.cookie] = first
            let home = String(buffer: try await client.execute(uri: "/", method: .get, headers: [.cookie: first]).body)
            let token = try XCTUnwrap(Self.csrf(in: home))
            let second = try await client.execute(
                uri: "/aanmelden", method: .post, headers: again,
                body: Self.form(["naam": "Cora", "wachtwoord": Self.password, "csrf": token]))
            XCTAssertEqual(second.status, .seeOther)
            let secondCookie = try XCTUnwrap(Self.sessionCookie(second))
            XCTAssertNotEqual(secondCookie, first)
            let old = try await client.execute(uri: "/", method: .get, headers: [.cookie: first])
            XCTAssertEqual(old.status, .seeOther, "the session before the sign-in is gone")

            var signOut = Self.formHeaders
            signOut[.cookie] = secondCookie
            let secondHome = try await client.execute(uri: "/", method: .get, headers: [.cookie: secondCookie])
            let newToken = try XCTUnwrap(Self.csrf(in: String(buffer: secondHome.body)))
            let missing = try await client.execute(
                uri: "/afmelden", method: .post, headers: signOut, body: Self.form([:]))
            XCTAssertEqual(missing.status, .forbidden)
            XCTAssertTrue(String(buffer: missing.body).contains("Dit formulier is verlopen"))
            let forged = try await client.execute(
                uri: "/afmelden", method: .post, headers: signOut, body: Self.form(["csrf": token]))
            XCTAssertEqual(forged.status, .forbidden, "the token of another session")
            let stillIn = try await client.execute(uri: "/", method: .get, headers: [.cookie: secondCookie])
            XCTAssertEqual(stillIn.status, .ok)

            let out = try await client.execute(
                uri: "/afmelden", method: .post, headers: signOut, body: Self.form(["csrf": newToken]))
            XCTAssertEqual(out.status, .seeOther)
            XCTAssertEqual(out.headers[.location], "/aanmelden")
            XCTAssertNotNil(Self.sessionSetCookie(out), "the cookie is expired")
            let after = try await client.execute(uri: "/", method: .get, headers: [.cookie: secondCookie])
            XCTAssertEqual(after.status, .seeOther)
        }
    }

    func testSignInIsRateLimitedPerNameAndPerAddressUntilTheWindowPasses() async throws {
        let network = try Network()
        let clock = TestClock()
        try await app(network, behindProxy: true, clock: clock).test(.router) { client in
            for _ in 1...5 {
                let failed = try await Self.signIn(
                    client, "Dirk", password: "fout-fout-fout", headers: Self.from("10.0.0.1"))
                XCTAssertEqual(failed.status, .unauthorized)
            }
            // The name is refused from anywhere, the right password included.
            let limited = try await Self.signIn(client, "dirk", headers: Self.from("10.0.0.9"))
            XCTAssertEqual(limited.status, .tooManyRequests)
            let page = String(buffer: limited.body)
            XCTAssertTrue(page.contains("Te veel pogingen"), page)
            XCTAssertTrue(page.contains("opnieuw proberen"), page)
            XCTAssertEqual(limited.headers[.retryAfter], "900")
            XCTAssertNil(Self.sessionSetCookie(limited))

            // The address is refused for every name; another address is not.
            let rita = try await Self.signIn(client, "Rita", headers: Self.from("10.0.0.1"))
            XCTAssertEqual(rita.status, .tooManyRequests)
            let ritaElsewhere = try await Self.signIn(client, "Rita", headers: Self.from("10.0.0.2"))
            XCTAssertEqual(ritaElsewhere.status, .seeOther)

            clock.advance(15 * 60 - 10)
            let early = try await Self.signIn(client, "Dirk", headers: Self.from("10.0.0.3"))
            XCTAssertEqual(early.status, .tooManyRequests)
            XCTAssertEqual(early.headers[.retryAfter], "10")
            clock.advance(11)
            let later = try await Self.signIn(client, "Dirk", headers: Self.from("10.0.0.1"))
            XCTAssertEqual(later.status, .seeOther)
        }
    }

    // MARK: Who may come in

    func testWithoutPublicReadOnlySignInHealthAndStaticAreOpen() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            let home = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(home.status, .seeOther)
            XCTAssertEqual(home.headers[.location], "/aanmelden")
            let search = try await client.execute(uri: "/zoeken?q=leegstand", method: .get)
            XCTAssertEqual(search.status, .seeOther)
            XCTAssertEqual(search.headers[.location], "/aanmelden?terug=%2Fzoeken%3Fq%3Dleegstand")
            let api = try await client.execute(uri: "/api/v1/search?q=leegstand", method: .get)
            XCTAssertEqual(api.status, .unauthorized)
            XCTAssertEqual(api.headers[.contentType], "application/problem+json")
            XCTAssertEqual(try Self.json(api)["status"] as? Int, 401)
            for open in ["/healthz", "/static/site.css", "/aanmelden"] {
                let response = try await client.execute(uri: open, method: .get)
                XCTAssertEqual(response.status, .ok, open)
            }
            // A forged session cookie is nobody.
            let forged: HTTPFields = [.cookie: "kb_sessie=dGhpcyBpcyBub3QgYSBzZXNzaW9u"]
            let forgedPage = try await client.execute(uri: "/", method: .get, headers: forged)
            XCTAssertEqual(forgedPage.status, .seeOther)
            let forgedAPI = try await client.execute(uri: "/api/v1/search?q=x", method: .get, headers: forged)
            XCTAssertEqual(forgedAPI.status, .unauthorized)
            // A token reads; the sign-in page sends back where the visitor was going.
            let withToken = try await client.execute(
                uri: "/api/v1/search?q=leegstand", method: .get, headers: network.bearer("Rita"))
            XCTAssertEqual(withToken.status, .ok)
            var back = Self.formHeaders
            back[.contentType] = "application/x-www-form-urlencoded"
            let returned = try await client.execute(
                uri: "/aanmelden", method: .post, headers: back,
                body: Self.form(["naam": "Rita", "wachtwoord": Self.password, "terug": "/zoeken?q=leegstand"]))
            XCTAssertEqual(returned.headers[.location], "/zoeken?q=leegstand")
            let elsewhere = try await client.execute(
                uri: "/aanmelden", method: .post, headers: back,
                body: Self.form(["naam": "Rita", "wachtwoord": Self.password, "terug": "//evil.example/"]))
            XCTAssertEqual(elsewhere.headers[.location], "/")
        }
    }

    func testWithPublicReadEveryoneReadsButTheAPIWritesOnlyWithAToken() async throws {
        let network = try Network()
        try await app(network, publicRead: true).test(.router) { client in
            let home = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(home.status, .ok)
            XCTAssertTrue(String(buffer: home.body).contains("href=\"/aanmelden\""))
            let api = try await client.execute(uri: "/api/v1/search?q=leegstand", method: .get)
            XCTAssertEqual(api.status, .ok)
            let body = ByteBuffer(string: #"{"kind": "tip", "title": "Zonder token"}"#)
            let anonymous = try await client.execute(uri: "/api/v1/entries", method: .post, body: body)
            XCTAssertEqual(anonymous.status, .unauthorized)

            // A session cookie reads through the API, and never writes.
            let signedIn = try await Self.signIn(client, "Cora")
            let cookie = try XCTUnwrap(Self.sessionCookie(signedIn))
            let read = try await client.execute(uri: "/api/v1/search?q=x", method: .get, headers: [.cookie: cookie])
            XCTAssertEqual(read.status, .ok)
            let write = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: [.cookie: cookie], body: body)
            XCTAssertEqual(write.status, .unauthorized)
            XCTAssertTrue((try Self.json(write)["detail"] as? String)?.contains("Bearer") == true)
            XCTAssertEqual(try network.knowledgeBase.count(), 3)
        }
    }

    func testAForgedOrRemovedTokenIs401EvenWhereReadingIsOpen() async throws {
        let network = try Network()
        try await app(network, publicRead: true).test(.router) { client in
            let forged = try await client.execute(
                uri: "/api/v1/search?q=x", method: .get,
                headers: [.authorization: "Bearer kb_" + String(repeating: "0", count: 64)])
            XCTAssertEqual(forged.status, .unauthorized)
            XCTAssertEqual(forged.headers[.contentType], "application/problem+json")
            XCTAssertEqual(forged.headers[.wwwAuthenticate], "Bearer realm=\"kennisbank\"")
            let valid = try await client.execute(
                uri: "/api/v1/search?q=x", method: .get, headers: network.bearer("Nina"))
            XCTAssertEqual(valid.status, .ok)
            try network.knowledgeBase.removeAccount(named: "Nina")
            let removed = try await client.execute(
                uri: "/api/v1/search?q=x", method: .get, headers: network.bearer("Nina"))
            XCTAssertEqual(removed.status, .unauthorized)
            let removedWrite = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Nina"),
                body: ByteBuffer(string: #"{"kind": "tip", "title": "x"}"#))
            XCTAssertEqual(removedWrite.status, .unauthorized)
        }
    }

    // MARK: Writing through the API

    func testAReaderCannotWrite() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            let add = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Rita"),
                body: ByteBuffer(string: #"{"kind": "tip", "title": "Lezers schrijven niet"}"#))
            XCTAssertEqual(add.status, .forbidden)
            XCTAssertEqual(add.headers[.contentType], "application/problem+json")
            let trash = try await client.execute(
                uri: "/api/v1/entries/\(network.tip.uuid.uuidString.lowercased())", method: .delete,
                headers: network.bearer("Rita"))
            XCTAssertEqual(trash.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.count(), 3)
        }
    }

    func testAnEditorOfDeventerChangesDeventerAndNetworkTipsButNotZwolle() async throws {
        let network = try Network()
        let knowledgeBase = network.knowledgeBase
        try await app(network).test(.router) { client in
            let zwolle = try await client.execute(
                uri: Self.uri(network.zwolle), method: .patch, headers: network.bearer("Dirk"),
                body: ByteBuffer(string: #"{"title": "Overgenomen"}"#))
            XCTAssertEqual(zwolle.status, .forbidden)
            XCTAssertEqual(try knowledgeBase.entry(network.zwolle.id).title, "Wachtlijst jeugdzorg")
            let move = try await client.execute(
                uri: Self.uri(network.deventer), method: .patch, headers: network.bearer("Dirk"),
                body: ByteBuffer(string: #"{"municipality": "Zwolle"}"#))
            XCTAssertEqual(move.status, .forbidden, "not into another municipality either")
            let addZwolle = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Dirk"),
                body: ByteBuffer(string: #"{"kind": "example", "title": "Elders", "municipality": "Zwolle"}"#))
            XCTAssertEqual(addZwolle.status, .forbidden)
            let trashZwolle = try await client.execute(
                uri: Self.uri(network.zwolle), method: .delete, headers: network.bearer("Dirk"))
            XCTAssertEqual(trashZwolle.status, .forbidden)

            let own = try await client.execute(
                uri: Self.uri(network.deventer), method: .patch, headers: network.bearer("Dirk"),
                body: ByteBuffer(
                    string:
                        #"{"title": "Leegstand in de binnenstad van Deventer", "status": "addressed", "topics": ["Vastgoed"]}"#
                ))
            XCTAssertEqual(own.status, .ok)
            let changed = try knowledgeBase.entry(network.deventer.id)
            XCTAssertEqual(changed.title, "Leegstand in de binnenstad van Deventer")
            XCTAssertEqual(changed.status, .addressed)
            XCTAssertEqual(changed.topics, ["Vastgoed"])
            XCTAssertEqual(
                String(buffer: own.body),
                String(decoding: try KennisbankJSON.encoder().encode(changed), as: UTF8.self) + "\n")
            let tip = try await client.execute(
                uri: Self.uri(network.tip), method: .patch, headers: network.bearer("Dirk"),
                body: ByteBuffer(string: #"{"body": "Een klein begin werkt.", "source": null}"#))
            XCTAssertEqual(tip.status, .ok)
            let trashed = try await client.execute(
                uri: Self.uri(network.deventer), method: .delete, headers: network.bearer("Dirk"))
            XCTAssertEqual(trashed.status, .ok)
            XCTAssertEqual(try knowledgeBase.trash().map(\.id), [network.deventer.id])
            XCTAssertEqual(try knowledgeBase.trash().first?.trashedBy?.name, "Dirk")
        }
    }

    func testAnEditorWithoutAMunicipalityAddsNetworkTipsOnly() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            let example = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Nina"),
                body: ByteBuffer(string: #"{"kind": "example", "title": "Buurtcoach", "municipality": "Deventer"}"#))
            XCTAssertEqual(example.status, .forbidden)
            let tip = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Nina"),
                body: ByteBuffer(string: #"{"kind": "tip", "title": "Vraag het de buren", "topics": ["Participatie"]}"#)
            )
            XCTAssertEqual(tip.status, .created)
            let json = try Self.json(tip)
            let uuid = try XCTUnwrap(json["uuid"] as? String)
            XCTAssertEqual(tip.headers[.location], "/api/v1/entries/" + uuid)
            XCTAssertEqual(json["municipality"] as? NSNull, NSNull())
            XCTAssertEqual(json["topics"] as? [String], ["Participatie"])
            let zwolle = try await client.execute(
                uri: "/api/v1/entries/\(network.zwolle.uuid.uuidString.lowercased())", method: .delete,
                headers: network.bearer("Nina"))
            XCTAssertEqual(zwolle.status, .forbidden)
        }
    }

    func testACoordinatorDoesEverythingAndTheHistoryRecordsTheAccount() async throws {
        let network = try Network()
        let knowledgeBase = network.knowledgeBase
        try await app(network).test(.router) { client in
            let added = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Cora"),
                body: ByteBuffer(
                    string: """
                        {"kind": "example", "title": "Wachtlijst weggewerkt", "body": "Met **extra** inzet.",
                         "municipality": "Zwolle", "topics": ["Jeugdzorg"], "source": "Netwerkdag",
                         "date": "2026-03-01", "addresses": ["\(network.zwolle.uuid.uuidString.lowercased())"]}
                        """))
            XCTAssertEqual(added.status, .created)
            let uuid = try XCTUnwrap(try Self.json(added)["uuid"] as? String)
            let id = try knowledgeBase.entryID(uuid)
            let entry = try knowledgeBase.entry(id)
            XCTAssertEqual(
                String(buffer: added.body),
                String(decoding: try KennisbankJSON.encoder().encode(entry), as: UTF8.self) + "\n",
                "the JSON of kb show --format json")
            XCTAssertEqual(entry.addresses, [network.zwolle.uuid])
            XCTAssertEqual(entry.date?.description, "2026-03-01")

            let patched = try await client.execute(
                uri: "/api/v1/entries/" + uuid, method: .patch, headers: network.bearer("Cora"),
                body: ByteBuffer(string: #"{"addresses": [], "date": null}"#))
            XCTAssertEqual(patched.status, .ok)
            XCTAssertEqual(try knowledgeBase.entry(id).addresses, [])
            XCTAssertNil(try knowledgeBase.entry(id).date)
            let other = try await client.execute(
                uri: "/api/v1/entries/\(network.deventer.uuid.uuidString.lowercased())", method: .delete,
                headers: network.bearer("Cora"))
            XCTAssertEqual(other.status, .ok)

            let history = try knowledgeBase.history(of: id)
            XCTAssertEqual(history.map(\.author?.name), ["Cora", "Cora"])
            XCTAssertEqual(try knowledgeBase.history(of: network.deventer.id).last?.author?.name, "Cora")
        }
    }

    func testABadBodyIs422NamingTheFieldAndAnUnknownEntry404() async throws {
        let network = try Network()
        try await app(network).test(.router) { client in
            for (body, field) in [
                (#"{"kind": "example", "title": "Zonder gemeente"}"#, "municipality"),
                (#"{"kind": "tip", "title": "   "}"#, "title"),
                (#"{"title": "Geen soort"}"#, "kind"),
                (#"{"kind": "recept", "title": "x"}"#, "kind"),
                (#"{"kind": "tip", "title": "x", "colour": "rood"}"#, "colour"),
                (#"{"kind": "tip", "title": "x", "date": "gisteren"}"#, "date"),
                (#"{"kind": "tip", "title": "x", "topics": "één"}"#, "topics"),
                (#"{"kind": "tip", "title": "x", "status": "open"}"#, "status"),
                (#"{"kind": "example", "title": "x", "municipality": "Atlantis"}"#, "municipality"),
                (#"{"kind": "tip", "title": "x", "addresses": ["niet-een-uuid"]}"#, "addresses"),
            ] {
                let response = try await client.execute(
                    uri: "/api/v1/entries", method: .post, headers: network.bearer("Cora"),
                    body: ByteBuffer(string: body))
                XCTAssertEqual(response.status, .unprocessableContent, body)
                XCTAssertEqual(response.headers[.contentType], "application/problem+json", body)
                XCTAssertEqual(try Self.json(response)["field"] as? String, field, body)
            }
            let notJSON = try await client.execute(
                uri: "/api/v1/entries", method: .post, headers: network.bearer("Cora"),
                body: ByteBuffer(string: "<xml/>"))
            XCTAssertEqual(notJSON.status, .unprocessableContent)
            let kind = try await client.execute(
                uri: "/api/v1/entries/\(network.tip.uuid.uuidString.lowercased())", method: .patch,
                headers: network.bearer("Cora"), body: ByteBuffer(string: #"{"kind": "example"}"#))
            XCTAssertEqual(try Self.json(kind)["field"] as? String, "kind")
            let unknown = try await client.execute(
                uri: "/api/v1/entries/\(UUID().uuidString.lowercased())", method: .delete,
                headers: network.bearer("Cora"))
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertEqual(try network.knowledgeBase.count(), 3)
        }
    }
}
