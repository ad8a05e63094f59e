import Foundation
import XCTest

@testable import Kennisbank

/// The comparison's JSON as the library writes it: every front end prints these values, so they
/// decode back to what was encoded, and the results of one call equal those of the three alone.
final class CompareJSONTests: XCTestCase {
    var network: CompareNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try CompareNetwork()
    }

    func encode(_ value: some Encodable, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> Data {
        let encoder = KennisbankJSON.encoder()
        encoder.userInfo = userInfo
        return try encoder.encode(value)
    }

    func object(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testOneCallGivesWhatTheThreeCallsGive() throws {
        let deventer = try knowledgeBase.resolve(FilterText(municipalities: ["Deventer"]))
        let results = try knowledgeBase.compare(deventer, help: HelpLimits(municipalities: 2), similar: 2)
        XCTAssertEqual(results.comparison, try knowledgeBase.compare(deventer))
        XCTAssertEqual(
            results.help,
            try knowledgeBase.whoCanHelp(
                deventer.municipalities[0], filter: deventer, limits: HelpLimits(municipalities: 2)))
        XCTAssertEqual(results.similar, try knowledgeBase.similarMunicipalities(deventer, limit: 2))
        XCTAssertEqual(results.help?.obstacles.first?.helpers.map(\.rank), [1, 2])

        let bare = try knowledgeBase.compare(deventer, help: nil, similar: nil)
        XCTAssertNil(bare.help)
        XCTAssertNil(bare.similar)
        let two = try knowledgeBase.resolve(FilterText(municipalities: ["Deventer", "Zwolle"]))
        XCTAssertNil(
            try knowledgeBase.compare(two, help: HelpLimits(), similar: nil).help,
            "who can help is for one municipality")
        XCTAssertThrowsKennisbankError(.message(containing: "No obstacles in Drenthe to compare")) {
            try knowledgeBase.compare(
                try knowledgeBase.resolve(FilterText(province: "Drenthe")), help: HelpLimits(), similar: 3)
        }
    }

    func testResultsDecodeToWhatWasEncoded() throws {
        let deventer = try knowledgeBase.resolve(FilterText(municipalities: ["Deventer"]))
        let withHelp = try knowledgeBase.compare(deventer, help: HelpLimits(), similar: 3)
        XCTAssertNotNil(withHelp.help)
        XCTAssertEqual(try JSONDecoder().decode(ComparisonResults.self, from: try encode(withHelp)), withHelp)
        let all = try knowledgeBase.compare(EntryFilter(), help: nil, similar: 10)
        XCTAssertEqual(try JSONDecoder().decode(ComparisonResults.self, from: try encode(all)), all)
        let report = try XCTUnwrap(withHelp.help)
        XCTAssertEqual(try JSONDecoder().decode(HelpReport.self, from: try encode(report)), report)
    }

    func testTheRowWithoutATopicIsWordedByTheFrontEnd() throws {
        let comparison = try knowledgeBase.compare()
        XCTAssertNil(comparison.rows.last?.label)
        func lastRow(_ data: Data) throws -> [String: Any] {
            try XCTUnwrap((try object(data)["topics"] as? [[String: Any]])?.last)
        }
        let plain = try lastRow(try encode(comparison))
        XCTAssertTrue(plain["topic"] is NSNull, "no words in the library")
        XCTAssertTrue(plain["key"] is NSNull)
        let worded = try encode(comparison, userInfo: [ObstacleComparison.noTopicLabelKey: "(zonder onderwerp)"])
        XCTAssertEqual(try lastRow(worded)["topic"] as? String, "(zonder onderwerp)")
        XCTAssertEqual(
            try lastRow(worded)["counts"] as? [String: Int], ["Deventer": 1, "Kampen": 0, "Utrecht": 0, "Zwolle": 0])
        XCTAssertEqual(try JSONDecoder().decode(ObstacleComparison.self, from: worded), comparison)
    }

    func testEntriesAndReasonsAsJSON() throws {
        let report = try knowledgeBase.whoCanHelp("Deventer")
        let json = try object(try encode(report))
        XCTAssertEqual(json["municipality"] as? String, "Deventer")
        XCTAssertEqual(
            json["weights"] as? [String: Int],
            ["linked": 5, "resolved_obstacle": 4, "same_topic": 2, "similar_text": 1])
        let finance = try XCTUnwrap((json["obstacles"] as? [[String: Any]])?[1])
        let obstacle = try XCTUnwrap(finance["obstacle"] as? [String: Any])
        XCTAssertEqual(obstacle["uuid"] as? String, network.finance.uuid.uuidString.lowercased())
        XCTAssertEqual(Set(obstacle.keys), ["id", "uuid", "kind", "title", "municipality", "status", "date"])
        XCTAssertTrue(obstacle["date"] is NSNull)
        let helper = try XCTUnwrap((finance["helpers"] as? [[String: Any]])?.first)
        XCTAssertEqual(helper["rank"] as? Int, 1)
        XCTAssertEqual(helper["municipality"] as? String, "Utrecht")
        XCTAssertEqual(helper["counts"] as? [String: Int], ["linked": 1, "resolved_obstacle": 1])
        let evidence = try XCTUnwrap((helper["entries"] as? [[String: Any]])?.first)
        XCTAssertEqual(evidence["id"] as? Int, Int(network.utrechtPilot.id.rawValue))
        XCTAssertEqual(evidence["reason"] as? String, "linked")
        XCTAssertEqual(evidence["weight"] as? Int, 5)
        let facing = try XCTUnwrap((finance["facing"] as? [[String: Any]])?.first)
        XCTAssertEqual(facing["municipality"] as? String, "Utrecht")
        XCTAssertEqual(((facing["entries"] as? [[String: Any]])?.first)?["reason"] as? String, "same_topic")
        XCTAssertEqual((json["best_visits"] as? [[String: Any]])?.first?["municipality"] as? String, "Utrecht")
    }
}
