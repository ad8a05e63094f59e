import Foundation
import XCTest

@testable import Kennisbank

/// The matrix of ``KnowledgeBase/compare(_:)``: every number, shared and unique, and each filter.
final class CompareMatrixTests: XCTestCase {
    var network: CompareNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try CompareNetwork()
    }

    /// The key of the row without a topic in ``cells(_:)``.
    static let noTopic = "(no topic)"

    /// The matrix as `label: [municipality: "n/r"]` (the row without a topic as ``noTopic``), for whole-matrix assertions.
    func cells(_ comparison: ObstacleComparison) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for row in comparison.rows {
            for (column, municipality) in comparison.municipalities.enumerated() where row.cells[column].obstacles > 0 {
                result[row.label ?? Self.noTopic, default: [:]][municipality.name] =
                    "\(row.cells[column].obstacles)/\(row.cells[column].resolved)"
            }
        }
        return result
    }

    func testComparesEveryMunicipalityThatReportedObstacles() throws {
        let comparison = try knowledgeBase.compare()
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Deventer", "Kampen", "Utrecht", "Zwolle"])
        XCTAssertEqual(comparison.municipalities.map(\.obstacles), [4, 1, 2, 3])
        XCTAssertEqual(comparison.municipalities.map(\.resolved), [1, 0, 1, 1])
        XCTAssertEqual(comparison.municipalities.map(\.code), ["GM0150", "GM0166", "GM0344", "GM0193"])
        XCTAssertEqual(comparison.rows.map(\.label), ["Financiën", "Vertrouwen", "Co-creatie", "Vastgoed", nil])
        XCTAssertEqual(
            cells(comparison),
            [
                "Financiën": ["Deventer": "1/0", "Utrecht": "2/1"],
                "Vertrouwen": ["Deventer": "1/0", "Kampen": "1/0", "Zwolle": "1/1"],
                "Co-creatie": ["Deventer": "1/0", "Zwolle": "1/0"],
                "Vastgoed": ["Deventer": "1/1", "Zwolle": "1/0"],
                Self.noTopic: ["Deventer": "1/0"],
            ])
        XCTAssertEqual(comparison.rows.map(\.total.obstacles), [3, 3, 2, 2, 1])
        XCTAssertEqual(comparison.rows.map(\.total.resolved), [1, 1, 0, 1, 0])
        XCTAssertEqual(comparison.rows.last?.key, nil)
        XCTAssertEqual(
            comparison.cell(topic: "vertrouwen", municipality: "Zwolle"), ComparisonCell(obstacles: 1, resolved: 1))
        XCTAssertEqual(comparison.cell(topic: nil, municipality: "Deventer"), ComparisonCell(obstacles: 1, resolved: 0))
        XCTAssertEqual(comparison.cell(topic: "Vastgoed", municipality: "Utrecht"), ComparisonCell())
        XCTAssertEqual(comparison.largestCount, 2)
        XCTAssertEqual(comparison.shared, [])
        XCTAssertEqual(comparison.unique, ["Deventer": [], "Kampen": [], "Utrecht": [], "Zwolle": []])
    }

    func testSharedAndUniqueBetweenTwoMunicipalities() throws {
        let comparison = try knowledgeBase.compare(FilterText(municipalities: ["zwolle", "GM0150"]))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Zwolle", "Deventer"], "the order given")
        XCTAssertEqual(comparison.shared, ["Co-creatie", "Vastgoed", "Vertrouwen"])
        XCTAssertEqual(comparison.unique, ["Deventer": ["Financiën"], "Zwolle": []])
        XCTAssertEqual(
            cells(comparison),
            [
                "Financiën": ["Deventer": "1/0"],
                "Vertrouwen": ["Deventer": "1/0", "Zwolle": "1/1"],
                "Co-creatie": ["Deventer": "1/0", "Zwolle": "1/0"],
                "Vastgoed": ["Deventer": "1/1", "Zwolle": "1/0"],
                Self.noTopic: ["Deventer": "1/0"],
            ])
        XCTAssertEqual(comparison.rows.map(\.label), ["Co-creatie", "Vastgoed", "Vertrouwen", "Financiën", nil])
    }

    func testUniqueAmongThree() throws {
        let comparison = try knowledgeBase.compare(FilterText(municipalities: ["Deventer", "Kampen", "Utrecht"]))
        XCTAssertEqual(comparison.shared, [])
        XCTAssertEqual(comparison.unique, ["Deventer": ["Co-creatie", "Vastgoed"], "Kampen": [], "Utrecht": []])
    }

    func testANamedMunicipalityWithoutObstaclesIsAnEmptyColumn() throws {
        let comparison = try knowledgeBase.compare(FilterText(municipalities: ["Kampen", "Amsterdam", "Kampen"]))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Kampen", "Amsterdam"], "repeats are dropped")
        XCTAssertEqual(comparison.municipalities.map(\.obstacles), [1, 0])
        XCTAssertEqual(cells(comparison), ["Vertrouwen": ["Kampen": "1/0"]])
        XCTAssertEqual(comparison.shared, [])
        XCTAssertEqual(comparison.unique, ["Kampen": ["Vertrouwen"], "Amsterdam": []])
    }

    func testOneMunicipalityAlone() throws {
        let comparison = try knowledgeBase.compare(FilterText(municipalities: ["Deventer"]))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Deventer"])
        XCTAssertEqual(comparison.shared, ["Co-creatie", "Financiën", "Vastgoed", "Vertrouwen"])
        XCTAssertEqual(comparison.unique, ["Deventer": ["Co-creatie", "Financiën", "Vastgoed", "Vertrouwen"]])
    }

    func testProvinceFilter() throws {
        let comparison = try knowledgeBase.compare(FilterText(province: "overijssel"))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Deventer", "Kampen", "Zwolle"])
        XCTAssertEqual(comparison.rows.map(\.label), ["Vertrouwen", "Co-creatie", "Vastgoed", "Financiën", nil])
        XCTAssertEqual(comparison.cell(topic: "Financiën", municipality: "Deventer").obstacles, 1)
        XCTAssertEqual(comparison.unique, ["Deventer": ["Financiën"], "Kampen": [], "Zwolle": []])
    }

    func testTopicFilterKeepsOnlyThoseTopicsAndTheirMunicipalities() throws {
        let comparison = try knowledgeBase.compare(FilterText(topics: ["vertrouwen", "VASTGOED"]))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Deventer", "Kampen", "Zwolle"])
        XCTAssertEqual(
            comparison.rows.map(\.label), ["Vertrouwen", "Vastgoed"], "no other topics, no row without a topic")
        XCTAssertEqual(
            comparison.municipalities.map(\.obstacles), [2, 1, 2],
            "an obstacle counts once, under the selected topics only")
        XCTAssertEqual(comparison.municipalities.map(\.resolved), [1, 0, 1])
        XCTAssertEqual(
            cells(comparison),
            [
                "Vertrouwen": ["Deventer": "1/0", "Kampen": "1/0", "Zwolle": "1/1"],
                "Vastgoed": ["Deventer": "1/1", "Zwolle": "1/0"],
            ])
        XCTAssertEqual(comparison.shared, ["Vertrouwen"])
    }

    func testStatusFilter() throws {
        let resolved = try knowledgeBase.compare(FilterText(statuses: [.resolved]))
        XCTAssertEqual(resolved.municipalities.map(\.name), ["Deventer", "Utrecht", "Zwolle"])
        XCTAssertEqual(
            cells(resolved),
            [
                "Financiën": ["Utrecht": "1/1"], "Vertrouwen": ["Zwolle": "1/1"], "Vastgoed": ["Deventer": "1/1"],
            ])
        let unresolved = try knowledgeBase.compare(
            FilterText(municipalities: ["Utrecht"], statuses: [.open, .addressed]))
        XCTAssertEqual(cells(unresolved), ["Financiën": ["Utrecht": "1/0"]])
    }

    func testFiltersCombine() throws {
        let comparison = try knowledgeBase.compare(
            FilterText(province: "Overijssel", topics: ["Vertrouwen"], statuses: [.open]))
        XCTAssertEqual(comparison.municipalities.map(\.name), ["Deventer", "Kampen"])
        XCTAssertEqual(comparison.shared, ["Vertrouwen"])
    }

    func testWrongNamesAreTheLookupsErrors() throws {
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown municipality “Deventr”: did you mean “Deventer”"))
        {
            try knowledgeBase.compare(FilterText(municipalities: ["Deventer", "Deventr"]))
        }
        XCTAssertThrowsKennisbankError(
            .exactly(.ambiguousMunicipality("Bergen", candidates: ["Bergen (L.)", "Bergen (NH.)"]))
        ) {
            try knowledgeBase.compare(FilterText(municipalities: ["Bergen"]))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown province “Oostland”")) {
            try knowledgeBase.compare(FilterText(province: "Oostland"))
        }
        XCTAssertThrowsKennisbankError(
            .message(containing: "No entry has the topic “Vertrouwn”: did you mean “Vertrouwen”")
        ) {
            try knowledgeBase.compare(FilterText(topics: ["Vertrouwn"]))
        }
    }

    func testASelectionWithoutObstaclesIsAnError() throws {
        XCTAssertThrowsKennisbankError(
            .exactly(.noObstacles(municipalities: ["Amsterdam"], province: nil, topics: [], statuses: []))
        ) {
            try knowledgeBase.compare(FilterText(municipalities: ["Amsterdam"]))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "No obstacles in Drenthe to compare")) {
            try knowledgeBase.compare(FilterText(province: "Drenthe"))
        }
        XCTAssertThrowsKennisbankError(
            .message(containing: "No obstacles of Kampen with topic “Financiën” with status resolved")
        ) {
            try knowledgeBase.compare(
                FilterText(municipalities: ["Kampen"], topics: ["financien"], statuses: [.resolved]))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "No obstacles in the knowledge base to compare")) {
            try KnowledgeBase.inMemory().compare()
        }
    }

    func testTipsAndExamplesAreNotCounted() throws {
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Voorbeeld", municipality: "Amsterdam", topics: ["Vertrouwen"]))
        let comparison = try knowledgeBase.compare()
        XCTAssertFalse(comparison.municipalities.contains { $0.name == "Amsterdam" })
        XCTAssertEqual(comparison.row("Vertrouwen")?.total.obstacles, 3)
    }
}
