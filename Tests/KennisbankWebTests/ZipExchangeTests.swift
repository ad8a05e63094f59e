import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest
import ZIPFoundation

/// A zip of Markdown notes on the site: imported with a preview like any other file, and
/// downloaded as the Markdown export.
final class ZipExchangeTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Forms = EntryFormTests
    typealias Exchange = ExchangePagesTests

    /// A zip in memory holding `files` (path inside → text), deflated.
    static func zip(_ files: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return [UInt8](try XCTUnwrap(archive.data))
    }

    /// Sends the import form with the file `name` holding `bytes`.
    static func upload(
        _ client: some TestClientProtocol, csrf: String, name: String, bytes: [UInt8], format: String = "",
        cookie: HTTPFields
    ) async throws -> TestResponse {
        let boundary = Exchange.boundary
        var body = Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n\(format)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers.append(contentsOf: cookie)
        return try await client.execute(
            uri: "/importeren", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    static let notes: [(String, String)] = [
        (
            "Deventer/Leegstand aanpakken.md",
            """
            ---
            kind: example
            municipality: Deventer
            tags: [vastgoed]
            ---
            Het buurthuis staat niet meer leeg; zie [[Vraag het de buurt]].
            """
        ),
        ("Vraag het de buurt.md", "---\nkind: tip\ntopics: [Participatie]\n---\nBegin bij de bewoners.\n"),
        ("bijlagen/plattegrond.pdf", "%PDF-1.4 niet gelezen"),
    ]

    func testAZipIsPreviewedThenExactlyThoseNotesAreApplied() async throws {
        let network = try Web.Network()
        try await Exchange.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: "/importeren")
            let form = try await client.execute(uri: "/importeren", method: .get, headers: cookie)
            XCTAssertTrue(String(buffer: form.body).contains(".markdown,.zip\""), "the form offers zips")
            let before = try network.knowledgeBase.count()
            let zip = try Self.zip(Self.notes)
            let preview = try await Self.upload(client, csrf: csrf, name: "notities.zip", bytes: zip, cookie: cookie)
            XCTAssertEqual(preview.status, .ok)
            let html = String(buffer: preview.body)
            XCTAssertTrue(html.contains("<h1>Voorvertoning van de import</h1>"), html)
            XCTAssertTrue(html.contains("<th scope=\"row\">Nieuw</th><td>2</td>"), html)
            XCTAssertEqual(try network.knowledgeBase.count(), before, "a preview stores nothing")

            let id = try XCTUnwrap(Exchange.previewID(html))
            let applied = try await Forms.post(
                client, "/importeren/toepassen", ["csrf": csrf, "id": id], cookie: cookie)
            XCTAssertEqual(applied.status, .ok)
            XCTAssertTrue(String(buffer: applied.body).contains("<h1>Import uitgevoerd</h1>"))
            XCTAssertEqual(try network.knowledgeBase.count(), before + 2)
            let example = try XCTUnwrap(
                try network.knowledgeBase.search(SearchRequest(query: "buurthuis leeg")).hits.first?.entry)
            XCTAssertEqual(example.title, "Leegstand aanpakken")
            XCTAssertEqual(example.municipality, "Deventer")
            XCTAssertEqual(example.topics, ["vastgoed"])
            XCTAssertEqual(try network.knowledgeBase.history(of: example.id).last?.author?.name, "Dirk")
        }
    }

    func testAnEditorsZipWithAnotherMunicipalitysNoteIsRefusedWholeNamingTheNote() async throws {
        let network = try Web.Network()
        try await Exchange.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: "/importeren")
            let before = try network.knowledgeBase.count()
            let zip = try Self.zip(
                Self.notes + [("Zwolle/Plein.md", "---\nkind: example\nmunicipality: Zwolle\n---\nEen plein.\n")])
            let response = try await Self.upload(client, csrf: csrf, name: "map.zip", bytes: zip, cookie: cookie)
            XCTAssertEqual(response.status, .unprocessableContent)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("map.zip/Zwolle/Plein.md"), html)
            XCTAssertTrue(html.contains("u mag geen items van Zwolle invoeren"), html)
            XCTAssertNil(Exchange.previewID(html))
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testAReaderMayNotImportAZip() async throws {
        let network = try Web.Network()
        try await Exchange.app(network).test(.router) { client in
            let signedIn = try await Web.signIn(client, "Rita")
            let cookie: HTTPFields = [.cookie: try XCTUnwrap(Web.sessionCookie(signedIn))]
            let page = try await client.execute(uri: "/exporteren", method: .get, headers: cookie)
            let csrf = try XCTUnwrap(Web.csrf(in: String(buffer: page.body)))
            let before = try network.knowledgeBase.count()
            let upload = try await Self.upload(
                client, csrf: csrf, name: "notities.zip", bytes: try Self.zip(Self.notes), cookie: cookie)
            XCTAssertEqual(upload.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testHostileAndDamagedZipsAreADutchMessageNextToTheFileField() async throws {
        let network = try Web.Network()
        try await Exchange.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Cora", page: "/importeren")
            let before = try network.knowledgeBase.count()
            let climbing = try Self.zip(Self.notes + [("../../etc/kwaad.md", "---\nkind: tip\n---\nKwaad.\n")])
            let cases: [(name: String, bytes: [UInt8], says: String)] = [
                ("aanval.zip", climbing, "de zip bevat een bestand met de naam “../../etc/kwaad.md”"),
                ("kapot.zip", Array("PK\u{3}\u{4}geen zip".utf8), "het is geen leesbaar zipbestand"),
                ("leeg.zip", try Self.zip([("foto.png", "x")]), "de zip bevat geen Markdown-bestanden"),
            ]
            for (name, bytes, says) in cases {
                let response = try await Self.upload(client, csrf: csrf, name: name, bytes: bytes, cookie: cookie)
                XCTAssertEqual(response.status, .unprocessableContent, name)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("id=\"file-error\""), name)
                XCTAssertTrue(html.contains("Kan \(name) niet importeren: " + says), html)
                XCTAssertNil(Exchange.previewID(html), name)
            }
            // A note's name is shown escaped, as everything else is.
            let script = try Self.zip([("<script>alert(1)</script>.md", "---\nkind: recept\n---\n")])
            let response = try await Self.upload(client, csrf: csrf, name: "x.zip", bytes: script, cookie: cookie)
            XCTAssertEqual(response.status, .unprocessableContent)
            let html = String(buffer: response.body)
            XCTAssertFalse(html.contains("<script>alert(1)"), html)
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.md"), html)
            XCTAssertEqual(try network.knowledgeBase.count(), before)
        }
    }

    func testTheMarkdownDownloadIsAZipHoldingTheNotes() async throws {
        let network = try Web.Network()
        let clock = Web.TestClock()
        try await Exchange.app(network, clock: clock).test(.router) { client in
            let anonymous = try await client.execute(uri: "/exporteren?format=markdown", method: .get)
            XCTAssertNotEqual(anonymous.status, .ok, "without --public-read a visitor gets no export")
            XCTAssertNotEqual(anonymous.headers[.contentType], "application/zip")

            let (cookie, _) = try await Forms.session(client, "Rita", page: "/exporteren")
            let form = try await client.execute(uri: "/exporteren", method: .get, headers: cookie)
            XCTAssertTrue(
                String(buffer: form.body).contains("<option value=\"markdown\">Markdown-notities (.zip)</option>"))
            let day = ISO8601DateFormatter.string(
                from: clock.now, timeZone: .current, formatOptions: [.withFullDate, .withDashSeparatorInDate])
            let response = try await client.execute(
                uri: "/exporteren?format=markdown&kind=obstacle", method: .get, headers: cookie)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/zip")
            XCTAssertEqual(
                response.headers[.contentDisposition], "attachment; filename=\"kennisbank-\(day).zip\"")
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            var notes: [String: String] = [:]
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                notes[entry.path] = String(decoding: bytes, as: UTF8.self)
            }
            XCTAssertEqual(
                notes.keys.sorted(),
                ["0001-obstacle-leegstand-in-de-binnenstad.md", "0002-obstacle-wachtlijst-jeugdzorg.md"])
            let note = try XCTUnwrap(notes["0002-obstacle-wachtlijst-jeugdzorg.md"])
            XCTAssertTrue(note.hasPrefix("---\n"), note)
            XCTAssertTrue(note.contains("municipality: Zwolle"), note)
            XCTAssertTrue(note.contains(network.zwolle.uuid.uuidString.lowercased()), note)
        }
    }
}
