import Foundation
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// The language switch at the top of every page leads to the same page in the other language:
/// a search keeps its words and filters (found by the browser tests: it used to drop them).
final class LanguageSwitchTests: XCTestCase {
    func testTheSwitchKeepsTheQueryAndReplacesTheLanguage() async throws {
        let app = try WebServer(
            knowledgeBase: KnowledgeBase.inMemory(), configuration: WebConfiguration(publicRead: true)
        ).application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/zoeken?q=vertrouwen%20%26%20meer&kind=tip", method: .get) { response in
                let html = String(buffer: response.body)
                XCTAssertTrue(
                    html.contains("href=\"?q=vertrouwen%20%26%20meer&amp;kind=tip&amp;taal=en\" lang=\"en\""), html)
            }
            try await client.execute(uri: "/zoeken?taal=en&q=trust", method: .get) { response in
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("href=\"?q=trust&amp;taal=nl\" lang=\"nl\""), html)
            }
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertTrue(String(buffer: response.body).contains("href=\"?taal=en\" lang=\"en\""))
            }
        }
    }
}
