import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KennisbankFrontEnd
import XCTest

@testable import Kennisbank
@testable import KennisbankWeb

/// Attaching, detaching and restoring files on an entry's page (issue 16): for accounts that may
/// change the entry, with the CSRF token, within the library's 25 MiB.
final class AttachmentUploadTests: XCTestCase {
    typealias Web = AccountsWebTests
    typealias Forms = EntryFormTests

    static let boundary = "----kennisbank-bijlage-9c1e"

    /// A `multipart/form-data` body as a browser sends the form: the CSRF token, then the file.
    static func body(csrf: String?, name: String, contents: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(contents.count + 512)
        if let csrf {
            buffer.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        }
        buffer.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
        buffer.writeBytes(contents)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return buffer
    }

    static func upload(
        _ client: some TestClientProtocol, _ entry: Entry, body: ByteBuffer, cookie: HTTPFields
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers.append(contentsOf: cookie)
        return try await client.execute(
            uri: PagePaths.entry(entry.uuid) + "/bijlagen", method: .post, headers: headers, body: body)
    }

    /// Bytes of every value, line breaks and dashes included, as a file's may be.
    static let binary: [UInt8] = Array(0...255) + Array("\r\n--kennisbank\r\n--\r\n\r\n".utf8) + Array(0...255)

    func testAnEditorUploadsAFileThatComesBackByteForByte() async throws {
        let network = try Web.Network()
        let page = PagePaths.entry(network.deventer.uuid)
        try await ExchangePagesTests.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: page)
            let form = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertTrue(form.contains("<label for=\"attachment-file\">Bijlage toevoegen</label>"), form)
            XCTAssertTrue(form.contains("enctype=\"multipart/form-data\""), form)

            let uploaded = try await Self.upload(
                client, network.deventer, body: Self.body(csrf: csrf, name: "notulen raad.pdf", contents: Self.binary),
                cookie: cookie)
            XCTAssertEqual(uploaded.status, .seeOther)
            XCTAssertEqual(uploaded.headers[.location], page + "#bijlagen")

            let attachments = try network.knowledgeBase.attachments(of: network.deventer.id)
            XCTAssertEqual(attachments.map(\.name), ["notulen raad.pdf"])
            XCTAssertEqual(attachments.first?.size, Self.binary.count)
            XCTAssertEqual(attachments.first?.mediaType, "application/pdf")
            XCTAssertEqual(
                attachments.first?.sha256, AttachmentHash.hex(Data(Self.binary)))
            XCTAssertEqual(attachments.first?.addedBy, "Dirk")

            let html = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertTrue(html.contains("href=\"\(page)/bijlagen/notulen%20raad.pdf\""), html)
            let download = try await client.execute(
                uri: page + "/bijlagen/notulen%20raad.pdf", method: .get, headers: cookie)
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(Array(buffer: download.body), Self.binary)

            let again = try await Self.upload(
                client, network.deventer, body: Self.body(csrf: csrf, name: "notulen raad.pdf", contents: [1, 2]),
                cookie: cookie)
            XCTAssertEqual(again.status, .conflict)
            XCTAssertTrue(
                String(buffer: again.body).contains("Het item heeft al een bijlage “notulen raad.pdf”"),
                String(buffer: again.body))
            XCTAssertEqual(
                try network.knowledgeBase.attachment("notulen raad.pdf", of: network.deventer.id).contents.count,
                Self.binary.count, "the first file stays")
        }
    }

    /// One byte over 25 MiB is refused with the library's reason; a body over the route's limit
    /// before it is read to its end; exactly 25 MiB is taken. (The body is built once, of bytes without a CR, which the
    /// multipart parser passes over quickly.)
    func testAFileOneByteOverTheLimitIsRefusedAndNothingIsStored() async throws {
        XCTAssertEqual(AttachmentPages.uploadLimit, 26_214_400 + 8192)
        let network = try Web.Network()
        let page = PagePaths.entry(network.deventer.uuid)
        try await ExchangePagesTests.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: page)
            var body = Self.body(
                csrf: csrf, name: "groot.bin", contents: [UInt8](repeating: 0x61, count: Attachment.maximumSize + 1))
            let refused = try await Self.upload(client, network.deventer, body: body, cookie: cookie)
            XCTAssertEqual(refused.status, .contentTooLarge)
            let html = String(buffer: refused.body)
            XCTAssertTrue(
                html.contains(
                    "“groot.bin” is te groot om bij te voegen (26214401 bytes): een bijlage mag hoogstens 25 MB zijn"),
                html)
            XCTAssertTrue(html.contains("id=\"attachment-error\""), "the reason is above the form")
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id), [])

            body.writeBytes([UInt8](repeating: 0x61, count: 8192))
            let tooLong = try await Self.upload(client, network.deventer, body: body, cookie: cookie)
            XCTAssertEqual(tooLong.status, .contentTooLarge)
            XCTAssertTrue(
                String(buffer: tooLong.body).contains("Het bestand is te groot om bij te voegen"),
                String(buffer: tooLong.body))
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id), [])

            let full = Self.body(
                csrf: csrf, name: "precies.bin", contents: [UInt8](repeating: 0x61, count: Attachment.maximumSize))
            let accepted = try await Self.upload(client, network.deventer, body: full, cookie: cookie)
            XCTAssertEqual(accepted.status, .seeOther, "exactly 25 MiB is taken")
            XCTAssertEqual(
                try network.knowledgeBase.attachments(of: network.deventer.id).map(\.size), [Attachment.maximumSize])
        }
    }

    func testReadersOtherMunicipalitiesAndVisitorsSeeNoFormAndMayNotPost() async throws {
        let network = try Web.Network()
        let file = Self.body(csrf: nil, name: "a.txt", contents: Array("tekst".utf8))
        try await ExchangePagesTests.app(network, publicRead: true).test(.router) { client in
            let anonymous = try await Self.upload(client, network.deventer, body: file, cookie: [:])
            XCTAssertEqual(anonymous.status, .seeOther, "a visitor is sent to sign in, as by every form")
            XCTAssertTrue(anonymous.headers[.location]?.hasPrefix("/aanmelden?") ?? false)
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id), [])
            let visitorPage = try await client.execute(uri: PagePaths.entry(network.deventer.uuid), method: .get)
            XCTAssertFalse(String(buffer: visitorPage.body).contains("attachment-file"))

            for (name, entry) in [("Rita", network.deventer), ("Dirk", network.zwolle)] {
                let page = PagePaths.entry(entry.uuid)
                let (cookie, csrf) = try await Forms.session(client, name, page: page)
                let html = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
                XCTAssertFalse(html.contains("attachment-file"), name)
                let refused = try await Self.upload(
                    client, entry, body: Self.body(csrf: csrf, name: "a.txt", contents: Array("tekst".utf8)),
                    cookie: cookie)
                XCTAssertEqual(refused.status, .forbidden, name)
                XCTAssertEqual(try network.knowledgeBase.attachments(of: entry.id), [], name)
                try network.knowledgeBase.attach(
                    [AttachmentFile(name: "blijft.txt", contents: Data("x".utf8))], to: entry.id)
                let detach = try await Forms.post(
                    client, page + "/bijlagen/ontkoppelen", ["csrf": csrf, "name": "blijft.txt"], cookie: cookie)
                XCTAssertEqual(detach.status, .forbidden, name)
                XCTAssertEqual(try network.knowledgeBase.attachments(of: entry.id).map(\.name), ["blijft.txt"], name)
            }
        }
    }

    func testAnUploadWithoutTheCSRFTokenIsRefused() async throws {
        let network = try Web.Network()
        let page = PagePaths.entry(network.deventer.uuid)
        try await ExchangePagesTests.app(network).test(.router) { client in
            let (cookie, _) = try await Forms.session(client, "Dirk", page: page)
            for token in [nil, "vervalst"] as [String?] {
                let refused = try await Self.upload(
                    client, network.deventer, body: Self.body(csrf: token, name: "a.txt", contents: [1]),
                    cookie: cookie)
                XCTAssertEqual(refused.status, .forbidden)
            }
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id), [])
        }
    }

    func testDetachRemovesItFromThePageAndRestoreBringsItBack() async throws {
        let network = try Web.Network()
        let page = PagePaths.entry(network.deventer.uuid)
        try network.knowledgeBase.attach(
            [AttachmentFile(name: "plan & co.txt", contents: Data("plan".utf8))], to: network.deventer.id)
        try await ExchangePagesTests.app(network).test(.router) { client in
            let (cookie, csrf) = try await Forms.session(client, "Dirk", page: page)
            let before = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertTrue(before.contains("name=\"name\" value=\"plan &amp; co.txt\""), before)
            XCTAssertTrue(before.contains("kan worden teruggezet tot de prullenbak wordt geleegd"), before)

            let forged = try await Forms.post(
                client, page + "/bijlagen/ontkoppelen", ["name": "plan & co.txt"], cookie: cookie)
            XCTAssertEqual(forged.status, .forbidden)
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id).count, 1)

            let detached = try await Forms.post(
                client, page + "/bijlagen/ontkoppelen", ["csrf": csrf, "name": "plan & co.txt"], cookie: cookie)
            XCTAssertEqual(detached.status, .seeOther)
            XCTAssertEqual(try network.knowledgeBase.attachments(of: network.deventer.id), [])
            let after = String(buffer: try await client.execute(uri: page, method: .get, headers: cookie).body)
            XCTAssertFalse(after.contains("href=\"\(page)/bijlagen/plan"), after)
            XCTAssertTrue(after.contains("<h3>Verwijderde bijlagen</h3>"), after)

            let unknown = try await Forms.post(
                client, page + "/bijlagen/ontkoppelen", ["csrf": csrf, "name": "plan & co.txt"], cookie: cookie)
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(String(buffer: unknown.body).contains("Het item heeft geen bijlage “plan &amp; co.txt”"))

            let restored = try await Forms.post(
                client, page + "/bijlagen/terugzetten", ["csrf": csrf, "name": "plan & co.txt"], cookie: cookie)
            XCTAssertEqual(restored.status, .seeOther)
            XCTAssertEqual(
                try network.knowledgeBase.attachments(of: network.deventer.id).map(\.name), ["plan & co.txt"])
        }
    }
}
