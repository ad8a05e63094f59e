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
}
