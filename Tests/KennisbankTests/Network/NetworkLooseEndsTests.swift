import Foundation
import XCTest

@testable import Kennisbank

/// The loose ends of the network (issue 16): an entry added from a meeting is linked to it in the
/// same transaction.
final class NetworkLooseEndsTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let anna = Author("Anna")

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testAnEntryAddedFromAMeetingIsLinkedToIt() throws {
        let meeting = try knowledgeBase.addMeeting(date: Day(iso: "2025-03-01")!, title: "Ochtend", author: anna)
        let tip = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Ga op bezoek", meetings: [meeting.id, meeting.id]), by: anna)
        XCTAssertEqual(try knowledgeBase.meetings(of: tip.id).map(\.id), [meeting.id])
        XCTAssertEqual(try knowledgeBase.meetingReport(meeting.id).entries.map(\.id), [tip.id])
        let linkedBy = try knowledgeBase.read {
            try String.fetchOne($0, literal: "SELECT linked_by FROM meeting_entry WHERE meeting_id = \(meeting.id)")
        }
        XCTAssertEqual(linkedBy, "Anna")

        // An unknown meeting: refused, and no entry is stored.
        let count = try knowledgeBase.count()
        XCTAssertThrowsError(
            try knowledgeBase.add(NewEntry(kind: .tip, title: "Bel de wethouder", meetings: [Meeting.ID(99)]))
        ) { XCTAssertEqual($0 as? KennisbankError, .meetings(.unknownMeeting("99"))) }
        XCTAssertEqual(try knowledgeBase.count(), count)
    }

    func testCheckFindsAttachmentsOfNoEntryAndEmptyingTheTrashDeletesThemAndDetachedOnes() throws {
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begroting in het dorpshuis"))
        try knowledgeBase.attach(
            [
                AttachmentFile(name: "begroting.csv", contents: Data("a;b\n".utf8)),
                AttachmentFile(name: "oud.csv", contents: Data("c\n".utf8)),
            ], to: tip.id)
        try knowledgeBase.detach(["oud.csv"], from: tip.id)
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        // A file whose entry is gone everywhere (neither stored nor in the trash).
        try knowledgeBase.write { db in
            try db.execute(
                literal: """
                    INSERT INTO attachment (entry_id, name, media_type, size, sha256, content, added_at)
                    VALUES (999, 'los.txt', 'text/plain', 1, \(String(repeating: "0", count: 64)), x'41',
                            '2026-01-01T00:00:00.000Z')
                    """)
        }
        XCTAssertEqual(try knowledgeBase.check().problems, [.orphanedAttachments(count: 1)])
        let encoded = try KennisbankJSON.encoder(pretty: false).encode(IntegrityProblem.orphanedAttachments(count: 1))
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"{"code":"orphaned_attachments","count":1}"#)

        // No entry in the trash: emptying it still deletes the detached file and the loose one.
        XCTAssertEqual(try knowledgeBase.trash().count, 0)
        XCTAssertEqual(try knowledgeBase.trashToEmpty(), TrashEmptying(entries: 0, attachments: 2))
        XCTAssertEqual(try knowledgeBase.emptyTrashCounting(), TrashEmptying(entries: 0, attachments: 2))
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        XCTAssertEqual(try knowledgeBase.attachments(of: tip.id, detached: true), [])
        XCTAssertEqual(try knowledgeBase.attachments(of: tip.id).map(\.name), ["begroting.csv"])
        XCTAssertTrue(try knowledgeBase.trashToEmpty().isEmpty)

        // A trashed entry's files go with it, and are not counted again as loose ones.
        try knowledgeBase.moveToTrash(tip.id)
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        XCTAssertEqual(try knowledgeBase.emptyTrashCounting(), TrashEmptying(entries: 1, attachments: 0))
        let left = try knowledgeBase.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM attachment") }
        XCTAssertEqual(left, 0)
    }

    func testAPersonRemovedAndRestoredIsAContactAgainOfAnEntryTrashedAndRestoredMeanwhile() throws {
        let anna = try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        let bert = try knowledgeBase.addPerson(name: "Bert Jansen", municipality: "Deventer")
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Bel ons", contacts: [anna.id, bert.id]))
        try knowledgeBase.removePerson(anna.id.uuidString)
        try knowledgeBase.moveToTrash(tip.id)
        try knowledgeBase.restorePerson("Anna de Vries")
        let restored = try knowledgeBase.restoreFromTrash(tip.id)
        XCTAssertEqual(restored.contacts.map(\.id), [anna.id, bert.id])
        XCTAssertEqual(try knowledgeBase.check().problems, [])
    }
}
