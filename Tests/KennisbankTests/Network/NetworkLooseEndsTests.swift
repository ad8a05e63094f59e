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
}
