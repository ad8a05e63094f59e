import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import XCTest

@testable import KennisbankWeb

/// An entry's page lists its attachments, each a download with its media type and a safe name.
final class AttachmentWebTests: XCTestCase {
    func testTheEntryPageListsTheAttachmentsAndTheyDownloadByteForByte() async throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let entry = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begroting van het dorpshuis"))
        let bytes = Data([0x25, 0x50, 0x44, 0x46, 0, 0xFF, 13, 10])
        try knowledgeBase.attach(
            [
                AttachmentFile(name: "notulen raad.pdf", contents: bytes),
                AttachmentFile(name: "begroting 2026 – é&co.pdf", contents: Data("x".utf8)),
            ], to: entry.id)
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let page = "/kennis/" + entry.uuid.uuidString.lowercased()
        try await app.test(.router) { client in
            try await client.execute(uri: page, method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("href=\"\(page)/bijlagen/notulen%20raad.pdf\""), html)
                XCTAssertTrue(html.contains("type=\"application/pdf\""), "the media type is the link's hint")
                XCTAssertTrue(html.contains("<span class=\"meta\">8 byte</span>"), "the size in Dutch")
                XCTAssertTrue(html.contains(">begroting 2026 – é&amp;co.pdf</a>"), "names are escaped")
            }
            try await client.execute(uri: page + "/bijlagen/notulen%20raad.pdf", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Data(buffer: response.body), bytes)
                XCTAssertEqual(response.headers[.contentType], "application/pdf")
                XCTAssertEqual(
                    response.headers[.contentDisposition],
                    "attachment; filename=\"notulen raad.pdf\"; filename*=UTF-8''notulen%20raad.pdf")
                XCTAssertEqual(response.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff")
            }
            try await client.execute(uri: page + "/bijlagen/begroting%202026%20%E2%80%93%20%C3%A9&co.pdf", method: .get)
            {
                response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(
                    response.headers[.contentDisposition],
                    "attachment; filename=\"begroting 2026 _ _&co.pdf\"; "
                        + "filename*=UTF-8''begroting%202026%20%E2%80%93%20%C3%A9&co.pdf")
            }
            try await client.execute(uri: page + "/bijlagen/..%2F..%2Fetc%2Fpasswd", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
            try await client.execute(uri: page + "/bijlagen/ontbreekt.pdf", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    /// The import form's body limit takes a zip holding an attachment of the largest size and its
    /// note. (The limit is checked here, the zip's attachments by `AttachmentExchangeTests`; a
    /// 25 MiB upload through the attachment form by `AttachmentUploadTests`.)
    func testTheImportFormTakesAnUploadHoldingAFullSizeAttachment() {
        XCTAssertEqual(PendingImports.fileLimit, Attachment.maximumSize + (1 << 20))
        XCTAssertGreaterThan(ImportPages.uploadLimit, PendingImports.fileLimit)
    }
}
