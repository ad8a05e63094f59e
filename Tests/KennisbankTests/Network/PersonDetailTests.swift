import Foundation
import XCTest

@testable import Kennisbank

/// A person in the network (issue 16): the entries they are the contact of, the meetings they
/// attended and the visits they took part in, the meetings a municipality hosted, and every
/// report without e-mail addresses and phone numbers for a reader who is not signed in.
final class PersonDetailTests: XCTestCase {
    func testAPersonsDetailHoldsTheirEntriesMeetingsAndVisits() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let zwolle = try knowledgeBase.municipality("Zwolle")
        let deventer = try knowledgeBase.municipality("Deventer")
        let anna = try knowledgeBase.addPerson(
            name: "Anna de Vries", municipality: "Zwolle", email: "anna@zwolle.nl", phone: "038 498 2000")
        let piet = try knowledgeBase.addPerson(name: "Piet Jansen", municipality: "Deventer")
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Bel Anna", contacts: [anna.id]))
        let later = try knowledgeBase.addMeeting(
            date: Day(iso: "2016-03-03")!, title: "Voorjaar", host: deventer.id, author: nil)
        let first = try knowledgeBase.addMeeting(
            date: Day(iso: "2015-05-21")!, title: "Netwerk", host: zwolle.id, author: nil)
        try knowledgeBase.attend(later.id, people: ["Anna de Vries"], author: nil)
        try knowledgeBase.attend(first.id, people: ["Anna de Vries", "Piet Jansen"], author: nil)
        let visit = try knowledgeBase.addVisit(
            from: zwolle.id, to: deventer.id, date: Day(iso: "2016-04-01")!, people: ["Anna de Vries"])
        try knowledgeBase.addVisit(
            from: deventer.id, to: zwolle.id, date: Day(iso: "2016-05-01")!, people: ["Piet Jansen"])

        let detail = try knowledgeBase.personDetail(anna.id)
        XCTAssertEqual(detail.person, anna)
        XCTAssertEqual(detail.contactOf.map(\.id), [tip.id])
        XCTAssertEqual(detail.meetings.map(\.title), ["Netwerk", "Voorjaar"], "oldest first")
        XCTAssertEqual(detail.visits.map(\.id), [visit.id])
        XCTAssertEqual(try knowledgeBase.personDetail(piet.id).contactOf, [])
        XCTAssertEqual(try knowledgeBase.meetings(hostedBy: zwolle.id).map(\.id), [first.id])
        XCTAssertThrowsError(try knowledgeBase.personDetail(UUID())) { error in
            guard case KennisbankError.people(.unknownPerson) = error else { return XCTFail("\(error)") }
        }

        // Its JSON: the person's keys, then contact_of, meetings and visits.
        let json = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: KennisbankJSON.encoder().encode(detail)) as? [String: Any])
        XCTAssertEqual(
            Set(json.keys),
            ["id", "name", "municipality", "role", "email", "phone", "contact_of", "meetings", "visits"])
        XCTAssertEqual(json["email"] as? String, "anna@zwolle.nl")
    }

    func testWithoutContactDetailsNoEmailOrPhoneIsLeftAnywhere() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let zwolle = try knowledgeBase.municipality("Zwolle")
        let anna = try knowledgeBase.addPerson(
            name: "Anna de Vries", municipality: "Zwolle", role: "Adviseur", email: "anna@zwolle.nl",
            phone: "038 498 2000")
        let meeting = try knowledgeBase.addMeeting(date: Day(iso: "2015-05-21")!, title: "Netwerk", author: nil)
        try knowledgeBase.attend(meeting.id, people: ["Anna de Vries"], author: nil)
        try knowledgeBase.addVisit(
            from: zwolle.id, to: try knowledgeBase.municipality("Deventer").id, date: Day(iso: "2016-04-01")!,
            people: ["Anna de Vries"])
        let encoder = KennisbankJSON.encoder()
        let texts = [
            try encoder.encode(try knowledgeBase.personDetail(anna.id).withoutContactDetails),
            try encoder.encode(try knowledgeBase.meetingReport(meeting.id).withoutContactDetails),
            try encoder.encode(try knowledgeBase.attendanceReport().withoutContactDetails),
            try encoder.encode(try knowledgeBase.attendanceReport(lastMeetings: 0).withoutContactDetails),
        ].map { String(decoding: $0, as: UTF8.self) }
        for text in texts {
            XCTAssertTrue(text.contains("Anna de Vries"), text)
            XCTAssertTrue(text.contains("Adviseur"), "the role stays: \(text)")
            XCTAssertFalse(text.contains("anna@zwolle.nl"), text)
            XCTAssertFalse(text.contains("498 2000"), text)
            XCTAssertTrue(text.contains("\"email\":null") || text.contains("\"email\" : null"), text)
        }
    }
}
