import Foundation
import XCTest

@testable import Kennisbank

/// Issue 16: an entry names its contact persons; they are kept in its history and trash, and a
/// removed person comes back with their links.
final class ContactTests: XCTestCase {
    private func network() throws -> (KnowledgeBase, anna: Person, piet: Person) {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let anna = try knowledgeBase.addPerson(
            name: "Anna de Vries", municipality: "Zwolle", role: "Beleidsadviseur", email: "anna@zwolle.nl",
            phone: "038 498 2000")
        let piet = try knowledgeBase.addPerson(name: "Piet Jansen", municipality: "Deventer")
        return (knowledgeBase, anna, piet)
    }

    private func tip(_ knowledgeBase: KnowledgeBase, contacts: [UUID], title: String = "Bel over wonen") throws -> Entry
    {
        try knowledgeBase.add(NewEntry(kind: .tip, title: title, body: "Zij weten het.", contacts: contacts))
    }

    func testAnEntryNamesItsContactsInOrderAndItsJSONHasNoEmailOrPhone() throws {
        let (knowledgeBase, anna, piet) = try network()
        let entry = try tip(knowledgeBase, contacts: [piet.id, anna.id, piet.id])
        XCTAssertEqual(entry.contacts.map(\.name), ["Piet Jansen", "Anna de Vries"], "in order, once each")
        XCTAssertEqual(entry.contacts[1], EntryContact(anna))
        let json = String(decoding: try KennisbankJSON.encoder(pretty: false).encode(entry), as: UTF8.self)
        XCTAssertTrue(
            json.contains(
                #""contacts":[{"id":"\#(piet.id.uuidString.lowercased())","municipality":"Deventer","name":"Piet Jansen","role":null},{"id":"\#(anna.id.uuidString.lowercased())","municipality":"Zwolle","name":"Anna de Vries","role":"Beleidsadviseur"}]"#
            ), json)
        XCTAssertFalse(json.contains("anna@zwolle.nl"))
        XCTAssertFalse(json.contains("498"))
        XCTAssertEqual(try knowledgeBase.entries(withContact: anna.id).map(\.id), [entry.id])
    }

    func testEditingAddsAndRemovesContactsAndTheHistoryKeepsThem() throws {
        let (knowledgeBase, anna, piet) = try network()
        let entry = try tip(knowledgeBase, contacts: [anna.id])
        let added = try knowledgeBase.update(entry.id, with: EntryChanges(addContacts: [piet.id, anna.id]))
        XCTAssertEqual(added.contacts.map(\.name), ["Anna de Vries", "Piet Jansen"])
        let removed = try knowledgeBase.update(entry.id, with: EntryChanges(removeContacts: [anna.id]))
        XCTAssertEqual(removed.contacts.map(\.name), ["Piet Jansen"])
        XCTAssertThrowsError(try knowledgeBase.update(entry.id, with: EntryChanges(removeContacts: [anna.id]))) {
            XCTAssertEqual($0 as? KennisbankError, .people(.notAContact("Anna de Vries (Zwolle)")))
        }
        XCTAssertThrowsError(try knowledgeBase.update(entry.id, with: EntryChanges(addContacts: [UUID()]))) {
            guard case .people(.unknownPerson) = $0 as? KennisbankError else { return XCTFail("\($0)") }
        }
        let history = try knowledgeBase.history(of: entry.id)
        XCTAssertEqual(
            history.map { $0.version.entry.contacts.map(\.name) },
            [
                ["Anna de Vries"], ["Anna de Vries", "Piet Jansen"], ["Piet Jansen"],
            ])
        XCTAssertEqual(history.last?.changed, [.contacts])
        let restored = try knowledgeBase.restore(entry.id, toRevision: 2)
        XCTAssertEqual(restored.contacts.map(\.name), ["Anna de Vries", "Piet Jansen"])
    }

    func testATrashedEntryComesBackWithItsContacts() throws {
        let (knowledgeBase, anna, piet) = try network()
        let entry = try tip(knowledgeBase, contacts: [anna.id, piet.id])
        try knowledgeBase.moveToTrash(entry.id)
        XCTAssertEqual(try knowledgeBase.entries(withContact: anna.id), [])
        let back = try knowledgeBase.restoreFromTrash(entry.id)
        XCTAssertEqual(back.contacts.map(\.name), ["Anna de Vries", "Piet Jansen"])
    }

    func testARemovedPersonComesBackWithTheirLinks() throws {
        let (knowledgeBase, anna, piet) = try network()
        let first = try tip(knowledgeBase, contacts: [piet.id, anna.id])
        let second = try tip(knowledgeBase, contacts: [anna.id], title: "Nog een tip over huren")
        try knowledgeBase.moveToTrash(second.id)
        let removed = try knowledgeBase.removePerson("Anna de Vries", by: Author("coördinator"))
        XCTAssertEqual(removed.contactOf, [first.uuid])
        XCTAssertEqual(try knowledgeBase.entry(first.id).contacts.map(\.name), ["Piet Jansen"])
        XCTAssertThrowsError(try knowledgeBase.person("Anna de Vries"))
        XCTAssertEqual(try knowledgeBase.removedPeople().map(\.person), [anna])
        XCTAssertEqual(try knowledgeBase.removedPeople().first?.removedBy, Author("coördinator"))
        XCTAssertThrowsError(try knowledgeBase.restorePerson("Piet Jansen")) {
            XCTAssertEqual($0 as? KennisbankError, .people(.notRemoved("Piet Jansen")))
        }
        let back = try knowledgeBase.restorePerson("anna de vries (zwolle)")
        XCTAssertEqual(back, anna, "the same UUID, name, role, e-mail and phone")
        XCTAssertEqual(try knowledgeBase.entry(first.id).contacts.map(\.name), ["Piet Jansen", "Anna de Vries"])
        XCTAssertEqual(try knowledgeBase.removedPeople(), [])
        XCTAssertEqual(try knowledgeBase.restoreFromTrash(second.id).contacts.map(\.name), ["Anna de Vries"])
    }

    /// Removing a person takes them off their meetings and visits (the rows cascade); restoring
    /// them puts them back on both.
    func testARemovedPersonComesBackToTheirMeetingsAndVisits() throws {
        let (knowledgeBase, anna, piet) = try network()
        let day = try XCTUnwrap(Day(iso: "2025-05-21"))
        let meeting = try knowledgeBase.addMeeting(date: day, title: "Netwerkbijeenkomst", author: nil)
        try knowledgeBase.attend(meeting.id, people: ["Anna de Vries", "Piet Jansen"], author: Author("coördinator"))
        let visit = try knowledgeBase.addVisit(
            from: try knowledgeBase.municipality("Deventer").id, to: try knowledgeBase.municipality("Zwolle").id,
            date: day, people: ["Piet Jansen", "Anna de Vries"])
        try knowledgeBase.removePerson("Anna de Vries")
        XCTAssertEqual(try knowledgeBase.meetingReport(meeting.id).attendees, [piet])
        XCTAssertEqual(try knowledgeBase.visit("\(visit.id)").people, [piet])
        try knowledgeBase.restorePerson("Anna de Vries")
        XCTAssertEqual(Set(try knowledgeBase.meetingReport(meeting.id).attendees), [anna, piet])
        XCTAssertEqual(try knowledgeBase.visit("\(visit.id)").people, [piet, anna], "in their place")
    }

    func testARemovedPersonCannotComeBackOverANamesake() throws {
        let (knowledgeBase, _, _) = try network()
        try knowledgeBase.removePerson("Anna de Vries")
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        XCTAssertThrowsError(try knowledgeBase.restorePerson("Anna de Vries")) {
            XCTAssertEqual($0 as? KennisbankError, .people(.cannotRestore("Anna de Vries (Zwolle)")))
        }
        XCTAssertEqual(try knowledgeBase.removedPeople().count, 1, "still kept")
    }

    func testEditingAPersonKeepsTheVersionBefore() throws {
        let (knowledgeBase, anna, _) = try network()
        let changed = try knowledgeBase.editPerson(
            "Anna de Vries", PersonChanges(name: "Anna Visser", role: "", email: "a.visser@zwolle.nl"))
        XCTAssertEqual(changed.id, anna.id)
        XCTAssertEqual(changed.name, "Anna Visser")
        XCTAssertNil(changed.role)
        XCTAssertEqual(changed.email, "a.visser@zwolle.nl")
        XCTAssertEqual(changed.phone, "038 498 2000")
        XCTAssertEqual(try knowledgeBase.versions(ofPerson: "Anna Visser"), [anna])
        XCTAssertThrowsError(try knowledgeBase.editPerson("Anna Visser", PersonChanges(phone: "abc"))) {
            XCTAssertEqual($0 as? KennisbankError, .people(.invalidPhone("abc")))
        }
        try knowledgeBase.addPerson(name: "Kees", municipality: "Zwolle")
        XCTAssertThrowsError(try knowledgeBase.editPerson("Kees", PersonChanges(name: "anna visser"))) {
            XCTAssertEqual($0 as? KennisbankError, .people(.personExists(name: "Anna Visser", municipality: "Zwolle")))
        }
        XCTAssertEqual(try knowledgeBase.versions(ofPerson: "Anna Visser").count, 1, "a refused edit keeps nothing")
    }
}
