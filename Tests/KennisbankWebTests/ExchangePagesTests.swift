import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest

/// Importing a file with a preview, and export downloads, on the site.
final class ExchangePagesTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Forms = EntryFormTests

    static func app(
        _ network: Web.Network, publicRead: Bool = false, clock: Web.TestClock = Web.TestClock()
    ) throws -> some ApplicationProtocol {
        try WebServer(
            knowledgeBase: network.knowledgeBase, configuration: WebConfiguration(publicRead: publicRead),
            accounts: AccountSettings(now: { clock.now })
        ).application()
    }

    static let boundary = "----kennisbank-test-7f3a"

    /// A `multipart/form-data` body with the text `fields` and, when given, a file.
    static func multipart(_ fields: [String: String], file: (name: String, text: String)?) -> ByteBuffer {
        var text = ""
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            text +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\(file.text)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return ByteBuffer(string: text)
    }

    static func upload(
        _ client: some TestClientProtocol, _ fields: [String: String], file: (name: String, text: String)?,
        cookie: HTTPFields
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers.append(contentsOf: cookie)
        return try await client.execute(
            uri: "/importeren", method: .post, headers: headers, body: multipart(fields, file: file))
    }

    /// The id of the preview's "Toepassen" form.
    static func previewID(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"id\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static let twoEntries = """
        {"kind": "tip", "title": "Werk met vaste contactpersonen", "topics": ["Vertrouwen"]}
        {"kind": "example", "title": "Wijkteam in de bibliotheek", "municipality": "Zwolle"}
        """

    func testThePreviewChangesNothingAndApplyAddsExactlyThatWithTheAccountAsAuthor() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Cora", page: "/importeren")
            let before = try network.knowledgeBase.count()
            let preview = try await Self.upload(
                client, ["csrf": csrf], file: ("nieuw.jsonl", Self.twoEntries), cookie: cookie)
            XCTAssertEqual(preview.status, .ok)
            let html = String(buffer: preview.body)
            XCTAssertTrue(html.contains("<h1>Voorvertoning van de import</h1>"), html)
            XCTAssertTrue(html.contains("<th scope=\"row\">Nieuw</th><td>2</td>"), html)
            XCTAssertTrue(html.contains("Er is niets veranderd."), html)
            XCTAssertEqual(try network.knowledgeBase.count(), before, "a preview stores nothing")

            let id = try XCTUnwrap(Self.previewID(html))
            let applied = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": csrf, "id": id], cookie: cookie)
            XCTAssertEqual(applied.status, .ok)
            XCTAssertTrue(String(buffer: applied.body).contains("<h1>Import uitgevoerd</h1>"))
            XCTAssertEqual(try network.knowledgeBase.count(), before + 2)
            let found = try network.knowledgeBase.search(SearchRequest(query: "wijkteam bibliotheek"))
            let entry = try XCTUnwrap(found.hits.first?.entry)
            XCTAssertEqual(entry.municipality, "Zwolle")
            XCTAssertEqual(try network.knowledgeBase.history(of: entry.id).last?.author?.name, "Cora")

            let again = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": csrf, "id": id], cookie: cookie)
            XCTAssertEqual(again.status, .notFound, "a preview is applied once")
            XCTAssertEqual(try network.knowledgeBase.count(), before + 2)
        }
    }

    func testBothPostsNeedTheCSRFToken() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Cora", page: "/importeren")
            let before = try network.knowledgeBase.count()
            for token in [nil, "vervalst"] as [String?] {
                let fields = token.map { ["csrf": $0] } ?? [:]
                let upload = try await Self.upload(client, fields, file: ("a.jsonl", Self.twoEntries), cookie: cookie)
                XCTAssertEqual(upload.status, .forbidden)
            }
            let preview = try await Self.upload(
                client, ["csrf": csrf], file: ("a.jsonl", Self.twoEntries), cookie: cookie)
            let id = try XCTUnwrap(Self.previewID(String(buffer: preview.body)))
            for token in [nil, "vervalst"] as [String?] {
                var fields = ["id": id]
                if let token { fields["csrf"] = token }
                let apply = try await Forms.post(client, "/importeren/toepassen", fields, cookie: cookie)
                XCTAssertEqual(apply.status, .forbidden)
            }
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testAnEditorsFileWithAnotherMunicipalitysEntryIsRefusedWhole() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: "/importeren")
            let before = try network.knowledgeBase.count()
            let file = """
                {"kind": "tip", "title": "Begin bij de buurt"}
                {"kind": "example", "title": "Eigen plein", "municipality": "Deventer"}
                {"kind": "example", "title": "Ander plein", "municipality": "Zwolle"}
                """
            let response = try await Self.upload(client, ["csrf": csrf], file: ("plein.jsonl", file), cookie: cookie)
            XCTAssertEqual(response.status, .unprocessableContent)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("plein.jsonl"), html)
            XCTAssertTrue(html.contains("u mag geen items van Zwolle invoeren"), html)
            XCTAssertNil(Self.previewID(html), "nothing to apply")
            XCTAssertEqual(try network.knowledgeBase.count(), before)

            let stored = """
                {"kind": "obstacle", "uuid": "\(network.zwolle.uuid.uuidString.lowercased())", \
                "title": "Wachtlijst jeugdzorg", "municipality": "Deventer"}
                """
            let moved = try await Self.upload(client, ["csrf": csrf], file: ("zet.jsonl", stored), cookie: cookie)
            XCTAssertEqual(moved.status, .unprocessableContent, "nor may an editor take over another's entry")
            XCTAssertTrue(String(buffer: moved.body).contains("u mag geen items van Zwolle invoeren"))
            XCTAssertEqual(try network.knowledgeBase.entry(network.zwolle.id).municipality, "Zwolle")

            let own = try await Self.upload(
                client, ["csrf": csrf],
                file: ("eigen.jsonl", file.split(separator: "\n").dropLast().joined(separator: "\n")),
                cookie: cookie)
            XCTAssertEqual(own.status, .ok, "their own municipality's entries and network tips they may import")
        }
    }

    func testAReaderMayNotImport() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let signedIn = try await Web.signIn(client, "Rita")
            let cookie: HTTPFields = [.cookie: try XCTUnwrap(Web.sessionCookie(signedIn))]
            let form = try await client.execute(uri: "/importeren", method: .get, headers: cookie)
            XCTAssertEqual(form.status, .forbidden)
            let page = try await client.execute(uri: "/exporteren", method: .get, headers: cookie)
            let csrf = try XCTUnwrap(Web.csrf(in: String(buffer: page.body)))
            let before = try network.knowledgeBase.count()
            let upload = try await Self.upload(
                client, ["csrf": csrf], file: ("a.jsonl", Self.twoEntries), cookie: cookie)
            XCTAssertEqual(upload.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testABadFileIsADutchMessageNextToTheFileField() async throws {
        let network = try Web.Network()
        try await Self.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Cora", page: "/importeren")
            let broken = try await Self.upload(
                client, ["csrf": csrf], file: ("kapot.jsonl", "{\"kind\": \"tip\", \"title\": "), cookie: cookie)
            XCTAssertEqual(broken.status, .unprocessableContent)
            let html = String(buffer: broken.body)
            XCTAssertTrue(html.contains("id=\"file-error\""), html)
            XCTAssertTrue(html.contains("kapot.jsonl"), html)
            XCTAssertTrue(html.contains("class=\"error-summary\""), html)

            let unknown = try await Self.upload(
                client, ["csrf": csrf], file: ("notities.pdf", "%PDF"), cookie: cookie)
            XCTAssertEqual(unknown.status, .unprocessableContent)
            XCTAssertTrue(String(buffer: unknown.body).contains("id=\"format-error\""))

            let none = try await Self.upload(client, ["csrf": csrf], file: nil, cookie: cookie)
            XCTAssertEqual(none.status, .unprocessableContent)
            XCTAssertTrue(String(buffer: none.body).contains("Kies een bestand om te importeren."))
        }
    }

    func testAForgedExpiredOrOtherSessionsPreviewIsRefused() async throws {
        let network = try Web.Network()
        let clock = Web.TestClock()
        try await Self.app(network, clock: clock).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Cora", page: "/importeren")
            let before = try network.knowledgeBase.count()
            let forged = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": csrf, "id": String(repeating: "0", count: 32)], cookie: cookie
            )
            XCTAssertEqual(forged.status, .notFound)
            XCTAssertTrue(String(buffer: forged.body).contains("Voorvertoning niet gevonden"))

            let preview = try await Self.upload(
                client, ["csrf": csrf], file: ("a.jsonl", Self.twoEntries), cookie: cookie)
            let id = try XCTUnwrap(Self.previewID(String(buffer: preview.body)))
            let (otherCookie, otherCSRF) = try await Forms.session(client, "Cora", page: "/importeren")
            let otherSession = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": otherCSRF, "id": id], cookie: otherCookie)
            XCTAssertEqual(otherSession.status, .notFound, "a preview belongs to the session that made it")

            clock.advance(31 * 60)
            let expired = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": csrf, "id": id], cookie: cookie)
            XCTAssertEqual(expired.status, .notFound)
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    /// The stored bytes of a workbook's first sheet: from its local header's name to the central directory.
    static func sheet(_ workbook: [UInt8]) throws -> ArraySlice<UInt8> {
        let start = try XCTUnwrap(workbook.firstRange(of: Array("xl/worksheets/sheet1.xml".utf8))).lowerBound
        let end = try XCTUnwrap(workbook[start...].firstRange(of: [0x50, 0x4B, 0x01, 0x02])).lowerBound
        return workbook[start..<end]
    }

    func testAnExportDownloadIsTheLibrarysExportWithTheRightHeaders() async throws {
        let network = try Web.Network()
        let clock = Web.TestClock()
        try await Self.app(network, clock: clock).test(.router) { client in
            let (cookie, _) = try await Forms.session(client, "Rita", page: "/exporteren")
            let form = try await client.execute(uri: "/exporteren", method: .get, headers: cookie)
            XCTAssertTrue(String(buffer: form.body).contains("<label for=\"format\">Formaat</label>"))
            let day = ISO8601DateFormatter.string(
                from: clock.now, timeZone: .current, formatOptions: [.withFullDate, .withDashSeparatorInDate])
            let knowledgeBase = network.knowledgeBase
            let cases: [(query: String, type: String, ext: String, bytes: [UInt8])] = [
                ("format=jsonl", "application/jsonl; charset=utf-8", "jsonl", try knowledgeBase.exportBytes(.jsonl)),
                (
                    "format=csv-excel&kind=obstacle&municipality=Zwolle", "text/csv; charset=utf-8", "csv",
                    try knowledgeBase.exportBytes(
                        .csv,
                        filter: try EntrySelection(kinds: [.obstacle], municipalities: ["Zwolle"]).resolve(
                            in: knowledgeBase), excel: true)
                ),
                (
                    "format=xlsx&kind=tip",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                    try knowledgeBase.exportBytes(
                        .xlsx, filter: try EntrySelection(kinds: [.tip]).resolve(in: knowledgeBase))
                ),
            ]
            for (query, type, ext, bytes) in cases {
                let response = try await client.execute(uri: "/exporteren?" + query, method: .get, headers: cookie)
                XCTAssertEqual(response.status, .ok, query)
                XCTAssertEqual(response.headers[.contentType], type, query)
                XCTAssertEqual(
                    response.headers[.contentDisposition], "attachment; filename=\"kennisbank-\(day).\(ext)\"", query)
                let body = Array(response.body.readableBytesView)
                if ext == "xlsx" {
                    // The library's workbook is not byte-stable from one call to the next (the
                    // attribute order of xl/workbook.xml varies): compare its sheet, which holds the data.
                    XCTAssertEqual(body.count, bytes.count, query)
                    XCTAssertEqual(try Self.sheet(body), try Self.sheet(bytes), query)
                } else {
                    XCTAssertEqual(body, bytes, query)
                }
            }
            let csv = try knowledgeBase.exportText(
                .csv,
                filter: try EntrySelection(kinds: [.obstacle], municipalities: ["Zwolle"]).resolve(in: knowledgeBase),
                excel: true)
            XCTAssertTrue(csv.contains("Wachtlijst jeugdzorg") && !csv.contains("Leegstand"), "the filter is applied")
            let bad = try await client.execute(uri: "/exporteren?format=pdf", method: .get, headers: cookie)
            XCTAssertEqual(bad.status, .badRequest)
        }
    }
}
