import Foundation
import XCTest

@testable import Kennisbank

/// The conditions for success: the built-in seven, adding and rewording one (the old wording
/// kept), assessments kept as history, and the matrix of the latest states on a small network.
final class ConditionTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let anna = Author("Anna")

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func id(_ name: String) throws -> Municipality.ID {
        try knowledgeBase.municipality(name).id
    }

    func day(_ text: String) -> Day { Day(iso: text)! }

    @discardableResult
    func assess(_ name: String, _ number: Int, _ state: ConditionState, _ date: String, note: String? = nil) throws
        -> ConditionAssessment
    {
        try knowledgeBase.assessCondition(
            number, municipality: try id(name), state: state, note: note, date: day(date), author: anna)
    }

    func testTheSevenConditionsOfTheReportAreBuiltIn() throws {
        let conditions = try knowledgeBase.successConditions()
        XCTAssertEqual(conditions.map(\.number), Array(1...7))
        XCTAssertEqual(conditions[0].title, "Helderheid over belangen en doelen")
        XCTAssertEqual(conditions[6].title, "Ruimte voor anders")
        XCTAssertTrue(conditions.allSatisfy { $0.author == nil && $0.earlierWordings.isEmpty })
    }

    func testAddingTakesTheNextNumberAndRewordingKeepsTheOldWording() throws {
        let added = try knowledgeBase.addSuccessCondition(
            title: "  Een vaste trekker ", description: "Iemand die het oppakt.", author: anna)
        XCTAssertEqual(added.number, 8)
        XCTAssertEqual(added.title, "Een vaste trekker")
        XCTAssertEqual(added.author, "Anna")

        let reworded = try knowledgeBase.rewordSuccessCondition(
            2, title: "Commitment", description: nil, author: Author("Bert"))
        XCTAssertEqual(reworded.title, "Commitment")
        XCTAssertTrue(reworded.description.hasPrefix("Commitment over de bottom-up benadering"))
        XCTAssertEqual(reworded.earlierWordings.count, 1)
        XCTAssertEqual(reworded.earlierWordings[0].title, "Commitment aan de bottom-up benadering")
        XCTAssertEqual(reworded.earlierWordings[0].description, reworded.description)
        XCTAssertEqual(reworded.earlierWordings[0].replacedBy, "Bert")
        try knowledgeBase.rewordSuccessCondition(2, title: nil, description: "Kort.", author: nil)
        let twice = try XCTUnwrap(try knowledgeBase.successConditions().first { $0.number == 2 })
        XCTAssertEqual(twice.earlierWordings.map(\.title), ["Commitment aan de bottom-up benadering", "Commitment"])
        XCTAssertEqual(twice.description, "Kort.")
        XCTAssertEqual(try knowledgeBase.successConditions().count, 8)
    }

    func testBadChangesAreRefusedAndStoreNothing() throws {
        XCTAssertThrowsError(try knowledgeBase.addSuccessCondition(title: " ", author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .emptyField(.title))
        }
        XCTAssertThrowsError(
            try knowledgeBase.addSuccessCondition(title: "Ok", description: "a\u{7}b", author: nil)
        ) { XCTAssertEqual($0 as? KennisbankError, .conditions(.invalidDescription(limit: 2000))) }
        XCTAssertThrowsError(try knowledgeBase.rewordSuccessCondition(9, title: "X", description: nil, author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .conditions(.unknownCondition(9, highest: 7)))
        }
        XCTAssertThrowsError(
            try knowledgeBase.rewordSuccessCondition(4, title: "Veilige omgeving", description: nil, author: nil)
        ) { XCTAssertEqual($0 as? KennisbankError, .conditions(.unchanged(4))) }
        XCTAssertThrowsError(try assess("Zwolle", 0, .present, "2025-01-01")) {
            XCTAssertEqual($0 as? KennisbankError, .conditions(.unknownCondition(0, highest: 7)))
        }
        XCTAssertThrowsError(try assess("Zwolle", 1, .present, "2025-01-01", note: "twee\nregels")) {
            XCTAssertEqual($0 as? KennisbankError, .conditions(.invalidNote(limit: 500)))
        }
        XCTAssertEqual(try knowledgeBase.successConditions().count, 7)
        XCTAssertTrue(try knowledgeBase.successConditions().allSatisfy { $0.earlierWordings.isEmpty })
        XCTAssertTrue(try knowledgeBase.conditionHistory(municipality: try id("Zwolle")).isEmpty)
    }

    func testTheLatestIsByDateThenByTheOrderRecorded() throws {
        // Recorded in this order: the second is dated earlier, so the first stays current.
        let first = try assess("Zwolle", 1, .present, "2025-03-01")
        let older = try assess("Zwolle", 1, .absent, "2025-01-15", note: "achteraf vastgelegd")
        XCTAssertGreaterThan(older.id, first.id)
        XCTAssertTrue(first.isLater(than: older))
        // Two on one day: the one recorded last wins.
        try assess("Zwolle", 2, .absent, "2025-02-01")
        try assess("Zwolle", 2, .partly, "2025-02-01")

        let matrix = try knowledgeBase.conditionMatrix()
        XCTAssertEqual(matrix.municipalities.map(\.name), ["Zwolle"])
        XCTAssertEqual(matrix.municipalities[0].states[0].state, .present)
        XCTAssertEqual(matrix.municipalities[0].states[0].date, day("2025-03-01"))
        XCTAssertNil(matrix.municipalities[0].states[0].note)
        XCTAssertEqual(matrix.municipalities[0].states[1].state, .partly)

        // Nothing is lost: the history holds all four, by condition, date, then order recorded.
        let history = try knowledgeBase.conditionHistory(municipality: try id("Zwolle"))
        XCTAssertEqual(history.map(\.condition), [1, 1, 2, 2])
        XCTAssertEqual(history.map(\.state), [.absent, .present, .absent, .partly])
        XCTAssertEqual(history[0].note, "achteraf vastgelegd")
        XCTAssertEqual(history[0].recordedBy, "Anna")
        XCTAssertEqual(try knowledgeBase.conditionHistory(municipality: try id("Zwolle"), condition: 2).count, 2)
        // A later date then replaces it.
        try assess("Zwolle", 1, .absent, "2025-03-02")
        XCTAssertEqual(try knowledgeBase.conditionMatrix().municipalities[0].states[0].state, .absent)
    }

    func testTheMatrixOfASmallNetworkHoldsEveryStateAndCount() throws {
        // Deventer: 1 present, 2 partly (later absent, then partly again), 7 absent.
        try assess("Deventer", 1, .present, "2024-05-01")
        try assess("Deventer", 2, .absent, "2024-05-01")
        try assess("Deventer", 2, .partly, "2024-09-01")
        try assess("Deventer", 7, .absent, "2024-05-01", note: "nog niet")
        // Zwolle: 1 partly, 3 present.
        try assess("Zwolle", 1, .partly, "2024-06-01")
        try assess("Zwolle", 3, .present, "2024-06-01")
        // Apeldoorn (Gelderland): 1 absent, dated before an earlier-recorded present → present.
        try assess("Apeldoorn", 1, .present, "2024-07-01")
        try assess("Apeldoorn", 1, .absent, "2024-01-01")

        let matrix = try knowledgeBase.conditionMatrix()
        XCTAssertEqual(matrix.conditions.map(\.number), Array(1...7))
        XCTAssertEqual(matrix.municipalities.map(\.name), ["Apeldoorn", "Deventer", "Zwolle"])
        func states(_ row: Int) -> [String] { matrix.municipalities[row].states.map { $0.state?.rawValue ?? "-" } }
        XCTAssertEqual(states(0), ["present", "-", "-", "-", "-", "-", "-"])
        XCTAssertEqual(states(1), ["present", "partly", "-", "-", "-", "-", "absent"])
        XCTAssertEqual(states(2), ["partly", "-", "present", "-", "-", "-", "-"])
        XCTAssertEqual(matrix.municipalities[1].states[6].note, "nog niet")
        XCTAssertEqual(matrix.municipalities[1].states[1].date, day("2024-09-01"))
        XCTAssertEqual(matrix.municipalities[0].province, .gelderland)
        XCTAssertEqual(
            matrix.totals.map { [$0.present, $0.partly, $0.absent, $0.unknown] },
            [[2, 1, 0, 0], [0, 1, 0, 2], [1, 0, 0, 2], [0, 0, 0, 3], [0, 0, 0, 3], [0, 0, 0, 3], [0, 0, 1, 2]])

        // A province keeps its assessed municipalities; named ones show even without assessments.
        XCTAssertEqual(
            try knowledgeBase.conditionMatrix(province: .overijssel).municipalities.map(\.name), ["Deventer", "Zwolle"])
        let named = try knowledgeBase.conditionMatrix(municipalities: [try id("Zwolle"), try id("Almelo")])
        XCTAssertEqual(named.municipalities.map(\.name), ["Almelo", "Zwolle"])
        XCTAssertTrue(named.municipalities[0].states.allSatisfy { $0.state == nil && $0.date == nil })
        XCTAssertEqual(named.totals[0].unknown, 1)
        XCTAssertTrue(
            try knowledgeBase.conditionMatrix(municipalities: [try id("Zwolle")], province: .gelderland)
                .municipalities.isEmpty)

        // A condition added later is a new column nobody has assessed yet.
        try knowledgeBase.addSuccessCondition(title: "Een vaste trekker", author: anna)
        let wider = try knowledgeBase.conditionMatrix()
        XCTAssertEqual(wider.conditions.last?.number, 8)
        XCTAssertEqual(wider.totals.last.map { [$0.present, $0.partly, $0.absent, $0.unknown] }, [0, 0, 0, 3])
    }

    func testTheJSONKeysAreStable() throws {
        try assess("Zwolle", 1, .partly, "2024-06-01", note: "op weg")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let matrix = try JSONSerialization.jsonObject(with: encoder.encode(try knowledgeBase.conditionMatrix()))
        let object = try XCTUnwrap(matrix as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["conditions", "municipalities", "totals"])
        let row = try XCTUnwrap((object["municipalities"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(row.keys), ["name", "province", "states"])
        let cells = try XCTUnwrap(row["states"] as? [[String: Any]])
        XCTAssertEqual(Set(cells[0].keys), ["condition", "state", "date", "note"])
        XCTAssertEqual(cells[0]["state"] as? String, "partly")
        XCTAssertTrue(cells[1]["state"] is NSNull)
        let total = try XCTUnwrap((object["totals"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(total.keys), ["condition", "present", "partly", "absent", "unknown"])
        let history = try knowledgeBase.conditionHistory(municipality: try id("Zwolle"))
        let assessment = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: encoder.encode(history)) as? [[String: Any]]
        ).first
        XCTAssertEqual(
            Set(assessment?.keys ?? [:].keys),
            ["id", "municipality", "condition", "state", "note", "date", "recorded_at", "recorded_by"])
        XCTAssertEqual(
            try JSONDecoder().decode([ConditionAssessment].self, from: encoder.encode(history)).map(\.state),
            [.partly])
    }
}
