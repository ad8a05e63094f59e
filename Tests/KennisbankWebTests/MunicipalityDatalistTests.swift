import Foundation
import HummingbirdTesting
import Kennisbank
import XCTest

@testable import KennisbankWeb

/// The search form's list of municipalities, rendered once and kept while the names stay the same.
final class MunicipalityDatalistTests: XCTestCase {
    func testTheSearchFormListsEveryMunicipalityAndANewOneOnTheNextPage() async throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            let options = { () async throws -> [String] in
                try await client.execute(uri: "/zoeken?q=inspraak", method: .get) { response in
                    let html = String(buffer: response.body)
                    guard let list = html.range(of: "<datalist id=\"municipality-options\">"),
                        let end = html.range(of: "</datalist>", range: list.upperBound..<html.endIndex)
                    else { return [] }
                    return html[list.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"")
                        .dropFirst().map { String($0.prefix { $0 != "\"" }) }
                }
            }
            let before = try await options()
            XCTAssertEqual(before.count, try knowledgeBase.municipalities().count)
            XCTAssertTrue(before.contains("Súdwest-Fryslân"))
            XCTAssertTrue(before.contains("&#39;s-Gravenhage"), "escaped by the template")
            let again = try await options()
            XCTAssertEqual(again, before, "the kept list, the same")
            try knowledgeBase.addMunicipality(name: "Nieuw & Oud", code: "GM9902")
            let after = try await options()
            XCTAssertEqual(after.count, before.count + 1)
            XCTAssertTrue(after.contains("Nieuw &amp; Oud"))
        }
    }
}
