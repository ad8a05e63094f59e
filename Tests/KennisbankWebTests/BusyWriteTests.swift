import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import XCTest

@testable import KennisbankWeb

/// A write that waited its time for another kb (a long `kb import`) and did not get in: the
/// library throws `cannotOpen(problem: .busy)` (KennisbankTests, ConcurrentReadsTests); the site
/// answers 503 with `Retry-After` and a Dutch page or problem, never a raw busy error.
final class BusyWriteTests: XCTestCase {
    /// The site's router (reading open) with one route for a page and one for the API whose
    /// work finds the file busy, as a write does when the `WriteEntrance` wait runs out. They
    /// are reads so that the test is about the answer, not about signing in (AccountsWebTests).
    func makeApplication() throws -> some ApplicationProtocol {
        let router = try WebServer(
            knowledgeBase: KnowledgeBase.inMemory(), configuration: WebConfiguration(publicRead: true)
        ).router()
        let busy = KennisbankError.cannotOpen(path: "/srv/kennisbank/kennisbank.sqlite", problem: .busy)
        router.get("/schrijven") { _, _ -> Response in throw busy }
        router.get("/api/v1/schrijven") { _, _ -> Response in throw busy }
        return Application(router: router)
    }

    func testABusyWriteThroughTheAPIIs503WithRetryAfterAndAProblem() async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: "/api/v1/schrijven", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertEqual(response.headers[.retryAfter], String(WebProblem.retrySeconds))
                XCTAssertEqual(response.headers[.contentType], "application/problem+json")
                let problem = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                XCTAssertEqual(problem?["status"] as? Int, 503)
                XCTAssertEqual(problem?["type"] as? String, "https://kennisbank.invalid/problems/cannot-open")
                XCTAssertEqual(problem?["title"] as? String, Catalog(.dutch).text("web.problem.busy.title"))
                let detail = try XCTUnwrap(problem?["detail"] as? String)
                XCTAssertEqual(detail, Catalog(.dutch).text("web.problem.busy.detail"))
                XCTAssertFalse(detail.contains("/srv/kennisbank"), "no file path reaches a browser")
            }
        }
    }

    func testABusyWriteFromAPageIsADutchPageWithRetryAfter() async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: "/schrijven", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertEqual(response.headers[.retryAfter], String(WebProblem.retrySeconds))
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<html lang=\"nl\">"), html)
                XCTAssertTrue(html.contains(Catalog(.dutch).text("web.problem.busy.title")), html)
                XCTAssertFalse(html.lowercased().contains("busy"), html)
            }
            try await client.execute(uri: "/schrijven", method: .get, headers: [.acceptLanguage: "en"]) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertTrue(String(buffer: response.body).contains(Catalog(.english).text("web.problem.busy.title")))
            }
        }
    }
}
