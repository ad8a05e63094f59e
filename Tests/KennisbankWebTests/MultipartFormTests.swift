import NIOCore
import XCTest

@testable import KennisbankWeb

/// The import form's `multipart/form-data` reader.
final class MultipartFormTests: XCTestCase {
    func testItReadsTextFieldsAndAFileWhoseBytesHoldLineBreaksAndDashes() throws {
        let file = "regel 1\r\n--bijna-een-grens\r\n\r\nregel 3"
        let body = ByteBuffer(
            string: "preamble\r\n--grens\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
                + "--grens\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a;b \\\"c\\\".jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\(file)\r\n--grens--\r\n")
        let form = try XCTUnwrap(MultipartForm(contentType: "multipart/form-data; boundary=\"grens\"", body: body))
        XCTAssertEqual(form.text("csrf"), "abc")
        XCTAssertNil(form.text("file"), "a file is not a text field")
        let part = try XCTUnwrap(form.file("file"))
        XCTAssertEqual(part.fileName, "a;b \"c\".jsonl")
        XCTAssertEqual(String(decoding: part.bytes, as: UTF8.self), file)
    }

    func testABodyThatDoesNotFollowItsBoundaryIsNoForm() {
        let unclosed = ByteBuffer(string: "--grens\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc")
        XCTAssertNil(MultipartForm(contentType: "multipart/form-data; boundary=grens", body: unclosed))
        XCTAssertNil(MultipartForm(contentType: "application/x-www-form-urlencoded", body: ByteBuffer(string: "a=b")))
        XCTAssertNil(MultipartForm(contentType: "multipart/form-data", body: ByteBuffer(string: "--\r\n")))
    }

    func testEveryCutShortBodyIsNoFormAndTheWholeOneIs() throws {
        let body =
            "--grens\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
            + "--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\nx\r\n-\r\ny"
            + "\r\n--grens--\r\nepiloog"
        let closing = try XCTUnwrap(body.utf8.firstRange(of: "\r\n--grens--".utf8)).lowerBound
        let closed = body.utf8.distance(from: body.utf8.startIndex, to: closing) + "\r\n--grens".utf8.count
        let bytes = Array(body.utf8)
        for length in 0...closed {
            let form = MultipartForm(
                contentType: "multipart/form-data; boundary=grens", body: ByteBuffer(bytes: bytes[..<length]))
            XCTAssertNil(form, String(decoding: bytes[..<length], as: UTF8.self).debugDescription)
        }
        let form = try XCTUnwrap(
            MultipartForm(contentType: "multipart/form-data; boundary=grens", body: ByteBuffer(string: body)))
        XCTAssertEqual(form.parts.map(\.name), ["csrf", "file"])
        XCTAssertEqual(form.file("file").map { String(decoding: $0.bytes, as: UTF8.self) }, "x\r\n-\r\ny")
    }

    func testABoundaryOfCharactersRFC2046DoesNotAllowIsRefused() {
        let body = ByteBuffer(string: "--a\rb\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--a\rb--\r\n")
        XCTAssertNil(MultipartForm(contentType: "multipart/form-data; boundary=\"a\rb\"", body: body))
        // A body well formed for its boundary, but the boundary is one character too long; at 70 it is read.
        func form(boundaryLength: Int) -> MultipartForm? {
            let boundary = String(repeating: "a", count: boundaryLength)
            return MultipartForm(
                contentType: "multipart/form-data; boundary=\(boundary)",
                body: ByteBuffer(
                    string:
                        "--\(boundary)\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--\(boundary)--\r\n"))
        }
        XCTAssertNil(form(boundaryLength: 71))
        XCTAssertEqual(form(boundaryLength: 70)?.text("x"), "1")
        XCTAssertNotNil(
            MultipartForm(
                contentType: "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxk",
                body: ByteBuffer(
                    string:
                        "------WebKitFormBoundary7MA4YWxk\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n------WebKitFormBoundary7MA4YWxk--"
                )))
    }
}
