import Foundation
import XCTest

@testable import Kennisbank

/// `kb visits add|list|show|done|link`: a visit recorded with its people, marked done, and
/// linked to what it led to; bad input changes nothing.
final class VisitTests: XCTestCase {
    var network: EvidenceNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try EvidenceNetwork()
    }

    func id(_ name: String) throws -> Municipality.ID { try knowledgeBase.municipality(name).id }

    func testAVisitIsRecordedShownListedDoneAndLinked() throws {
        let bram = try knowledgeBase.addPerson(name: "Bram Jansen", municipality: "Almelo")
        let dirk = try knowledgeBase.addPerson(name: "Dirk Smit", municipality: "Almelo")
        let day = try XCTUnwrap(Day(iso: "2026-12-03"))
        let visit = try knowledgeBase.addVisit(
            from: try id("Almelo"), to: try id("Enschede"), date: day, notes: "  Leegstand bekijken \n",
            people: ["dirk smit", "Bram Jansen (Almelo)", bram.id.uuidString], author: Author("Coördinator"))
        XCTAssertEqual(visit.from, "Almelo")
        XCTAssertEqual(visit.to, "Enschede")
        XCTAssertEqual(visit.date, day)
        XCTAssertEqual(visit.status, .planned)
        XCTAssertEqual(visit.notes, "Leegstand bekijken")
        XCTAssertEqual(visit.people, [dirk, bram], "in the order named, once each")
        XCTAssertEqual(visit.entries, [])
        XCTAssertEqual(visit.author, "Coördinator")
        XCTAssertEqual(try knowledgeBase.visit("\(visit.id)"), visit)
        XCTAssertEqual(try knowledgeBase.visit("#\(visit.id)"), visit)
        XCTAssertEqual(try knowledgeBase.visit(String(visit.uuid.uuidString.lowercased().prefix(8))), visit)

        let later = try knowledgeBase.addVisit(
            from: try id("Borne"), to: try id("Almelo"), date: try XCTUnwrap(Day(iso: "2027-01-15")), status: .done)
        XCTAssertEqual(try knowledgeBase.visits().map(\.id), [later.id, visit.id], "newest first")
        XCTAssertEqual(try knowledgeBase.visits(municipality: try id("Almelo")).map(\.id), [later.id, visit.id])
        XCTAssertEqual(try knowledgeBase.visits(municipality: try id("Enschede")).map(\.id), [visit.id])
        XCTAssertEqual(try knowledgeBase.visits(municipality: try id("Losser")), [])

        let done = try knowledgeBase.markVisitDone("\(visit.id)")
        XCTAssertEqual(done.status, .done)
        XCTAssertGreaterThanOrEqual(done.updatedAt, visit.updatedAt)
        XCTAssertEqual(try knowledgeBase.markVisitDone("\(visit.id)"), done, "done stays done")

        let linked = try knowledgeBase.linkVisit(
            "\(visit.id)", entries: ["\(network.enschedeTip.id)", "#\(network.vacancy.id)"])
        XCTAssertEqual(
            linked.entries.map(\.id), [network.vacancy.id, network.enschedeTip.id], "linked together: by id")
        XCTAssertEqual(
            try knowledgeBase.linkVisit("\(visit.id)", entries: ["\(network.vacancy.id)"]).entries.map(\.id),
            [network.vacancy.id, network.enschedeTip.id], "linked once")

        try knowledgeBase.moveToTrash(network.enschedeTip.id)
        XCTAssertEqual(try knowledgeBase.visit("\(visit.id)").entries.map(\.id), [network.vacancy.id])
        try knowledgeBase.restoreFromTrash(network.enschedeTip.id)
        XCTAssertEqual(
            try knowledgeBase.visit("\(visit.id)").entries.map(\.id), [network.vacancy.id, network.enschedeTip.id],
            "the link survives the trash")
    }

    func testBadInputIsAClearErrorAndWritesNothing() throws {
        let almelo = try id("Almelo")
        let day = try XCTUnwrap(Day(iso: "2026-12-03"))
        XCTAssertThrowsError(try knowledgeBase.addVisit(from: almelo, to: almelo, date: day)) {
            XCTAssertEqual($0 as? KennisbankError, .visits(.sameMunicipality("Almelo")))
        }
        XCTAssertThrowsError(try knowledgeBase.addVisit(from: almelo, to: try id("Borne"), date: day, notes: " \n ")) {
            XCTAssertEqual($0 as? KennisbankError, .visits(.emptyNotes))
        }
        XCTAssertThrowsError(
            try knowledgeBase.addVisit(
                from: almelo, to: try id("Borne"), date: day, notes: String(repeating: "x", count: 4001))
        ) {
            XCTAssertEqual($0 as? KennisbankError, .visits(.notesTooLong(limit: 4000)))
        }
        XCTAssertThrowsError(
            try knowledgeBase.addVisit(from: almelo, to: try id("Borne"), date: day, people: ["Niemand"])
        ) {
            guard case .people(.unknownPerson("Niemand", _)) = $0 as? KennisbankError else {
                return XCTFail("\($0)")
            }
        }
        XCTAssertEqual(try knowledgeBase.visits(), [], "nothing written")

        let visit = try knowledgeBase.addVisit(from: almelo, to: try id("Borne"), date: day)
        for reference in ["99", "#99", "abc", "", "zzzz"] {
            XCTAssertThrowsError(try knowledgeBase.visit(reference)) {
                XCTAssertEqual($0 as? KennisbankError, .visits(.unknownVisit(reference)))
            }
        }
        XCTAssertThrowsError(try knowledgeBase.linkVisit("\(visit.id)", entries: ["\(network.vacancy.id)", "9999"])) {
            XCTAssertEqual($0 as? KennisbankError, .unknownEntry("9999"))
        }
        XCTAssertEqual(try knowledgeBase.visit("\(visit.id)").entries, [], "nothing linked")
    }
}
