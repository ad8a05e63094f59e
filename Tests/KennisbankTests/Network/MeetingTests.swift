import Foundation
import XCTest

@testable import Kennisbank

/// Meetings: naming one by number or date, attendance, the entries that came out of one (also
/// through the trash), removal that loses nothing, the coordinator's attendance report, and the
/// sample network's meeting of 21 May 2015.
final class MeetingTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let anna = Author("Anna")

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func day(_ text: String) -> Day { Day(iso: text)! }

    @discardableResult
    func meeting(_ date: String, _ title: String = "Netwerkbijeenkomst") throws -> Meeting {
        try knowledgeBase.addMeeting(date: day(date), title: title, author: anna)
    }

    func testAMeetingIsNamedByItsNumberOrItsDate() throws {
        let first = try knowledgeBase.addMeeting(
            date: day("2025-03-01"), title: " Ochtend ", host: try knowledgeBase.municipality("Zwolle").id,
            theme: "Vastgoed", author: anna)
        XCTAssertEqual(first.title, "Ochtend")
        XCTAssertEqual(first.host, "Zwolle")
        XCTAssertEqual(first.theme, "Vastgoed")
        let second = try meeting("2025-06-01")
        XCTAssertEqual(try knowledgeBase.meetingID("#\(first.id)"), first.id)
        XCTAssertEqual(try knowledgeBase.meetingID("\(second.id)"), second.id)
        XCTAssertEqual(try knowledgeBase.meetingID("1 juni 2025"), second.id)
        XCTAssertEqual(try knowledgeBase.meetingID("2025-03-01"), first.id)
        let third = try meeting("2025-03-01", "Middag")
        XCTAssertThrowsError(try knowledgeBase.meetingID("2025-03-01")) {
            XCTAssertEqual(
                $0 as? KennisbankError,
                .meetings(.ambiguousMeeting("2025-03-01", candidates: ["#\(first.id) Ochtend", "#\(third.id) Middag"])))
        }
        for unknown in ["99", "2025-03-02", "maart 2025", "gisteren", ""] {
            XCTAssertThrowsError(try knowledgeBase.meetingID(unknown)) {
                XCTAssertEqual($0 as? KennisbankError, .meetings(.unknownMeeting(unknown)))
            }
        }
        XCTAssertEqual(try knowledgeBase.meetings().map(\.title), ["Ochtend", "Middag", "Netwerkbijeenkomst"])
        XCTAssertThrowsError(try meeting("2025-01-01", " ")) {
            XCTAssertEqual($0 as? KennisbankError, .emptyField(.title))
        }
        XCTAssertThrowsError(
            try knowledgeBase.addMeeting(date: day("2025-01-01"), title: "X", theme: "a\nb", author: nil)
        ) { XCTAssertEqual($0 as? KennisbankError, .meetings(.invalidTheme(limit: 200))) }
        XCTAssertEqual(try knowledgeBase.meetings().count, 3)
    }

    func testAttendanceAndEntriesShowInTheReportAndCanBeTakenBack() throws {
        let meeting = try meeting("2025-03-01")
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle", role: "beleidsadviseur")
        try knowledgeBase.addPerson(name: "Bert Jansen", municipality: "Deventer")
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Deventer")
        let added = try knowledgeBase.attend(
            meeting.id, people: ["Anna de Vries (Zwolle)", "bert jansen"], author: anna)
        XCTAssertEqual(added.map(\.qualifiedName), ["Anna de Vries (Zwolle)", "Bert Jansen (Deventer)"])
        // Recording someone again changes nothing; a namesake must be told apart; nothing is stored then.
        XCTAssertEqual(try knowledgeBase.attend(meeting.id, people: ["Bert Jansen"], author: nil), [])
        XCTAssertThrowsError(
            try knowledgeBase.attend(meeting.id, people: ["Anna de Vries (Deventer)", "Anna de Vries"], author: nil)
        ) {
            guard case .people(.ambiguousPerson) = $0 as? KennisbankError else { return XCTFail("\($0)") }
        }

        let obstacle = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen", municipality: try knowledgeBase.municipality("Zwolle").id,
                status: .open))
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Ga op bezoek"))
        XCTAssertEqual(
            try knowledgeBase.linkEntries([tip.id, obstacle.id, tip.id], to: meeting.id, author: anna).map(\.id),
            [obstacle.id, tip.id])

        var report = try knowledgeBase.meetingReport(meeting.id)
        XCTAssertEqual(report.attendees.map(\.qualifiedName), ["Bert Jansen (Deventer)", "Anna de Vries (Zwolle)"])
        XCTAssertEqual(report.attendees[1].role, "beleidsadviseur")
        XCTAssertEqual(report.entries.map(\.id), [obstacle.id, tip.id])
        XCTAssertEqual(report.meeting.attendees, 2)
        XCTAssertEqual(report.meeting.entries, 2)
        XCTAssertEqual(try knowledgeBase.meetings(of: tip.id).map(\.id), [meeting.id])

        // An entry in the trash drops out of the meeting and comes back with it.
        try knowledgeBase.moveToTrash(tip.id, by: anna)
        XCTAssertEqual(try knowledgeBase.meetingReport(meeting.id).entries.map(\.id), [obstacle.id])
        XCTAssertEqual(try knowledgeBase.meetings().first?.entries, 1)
        try knowledgeBase.restoreFromTrash(tip.id, by: anna)
        XCTAssertEqual(try knowledgeBase.meetingReport(meeting.id).entries.map(\.id), [obstacle.id, tip.id])

        // Taking back: attendance and links go one by one, and come back by recording them again.
        try knowledgeBase.removeAttendance(meeting.id, person: "Bert Jansen")
        XCTAssertThrowsError(try knowledgeBase.removeAttendance(meeting.id, person: "Bert Jansen")) {
            XCTAssertEqual(
                $0 as? KennisbankError, .meetings(.notAttending("Bert Jansen (Deventer)", meeting: meeting.id.rawValue))
            )
        }
        try knowledgeBase.unlinkEntry(obstacle.id, from: meeting.id)
        XCTAssertThrowsError(try knowledgeBase.unlinkEntry(obstacle.id, from: meeting.id)) {
            XCTAssertEqual($0 as? KennisbankError, .meetings(.notLinked(obstacle.id, meeting: meeting.id.rawValue)))
        }
        report = try knowledgeBase.meetingReport(meeting.id)
        XCTAssertEqual(report.attendees.map(\.name), ["Anna de Vries"])
        XCTAssertEqual(report.entries.map(\.id), [tip.id])

        // A meeting that still holds anything is not removed; an empty one is.
        XCTAssertThrowsError(try knowledgeBase.removeMeeting(meeting.id)) {
            XCTAssertEqual(
                $0 as? KennisbankError, .meetings(.meetingNotEmpty(meeting.id.rawValue, attendees: 1, entries: 1)))
        }
        try knowledgeBase.moveToTrash(tip.id, by: anna)
        try knowledgeBase.removeAttendance(meeting.id, person: "Anna de Vries (Zwolle)")
        XCTAssertThrowsError(try knowledgeBase.removeMeeting(meeting.id), "an entry in the trash still counts") {
            XCTAssertEqual(
                $0 as? KennisbankError, .meetings(.meetingNotEmpty(meeting.id.rawValue, attendees: 0, entries: 1)))
        }
        try knowledgeBase.restoreFromTrash(tip.id, by: anna)
        try knowledgeBase.unlinkEntry(tip.id, from: meeting.id)
        XCTAssertEqual(try knowledgeBase.removeMeeting(meeting.id).id, meeting.id)
        XCTAssertTrue(try knowledgeBase.meetings().isEmpty)
    }

    func testTheAttendanceReportCountsEveryMeetingAndWhomWeHaveNotSeen() throws {
        let people = [("Anna", "Zwolle"), ("Bert", "Deventer"), ("Cor", "Almelo"), ("Dirk", "Zwolle")]
        for (name, place) in people { try knowledgeBase.addPerson(name: name, municipality: place) }
        let first = try meeting("2024-01-10")
        let second = try meeting("2024-04-10")
        let third = try meeting("2024-09-10")
        let fourth = try meeting("2025-01-10")
        try knowledgeBase.attend(first.id, people: ["Anna", "Bert", "Cor"], author: nil)
        try knowledgeBase.attend(second.id, people: ["Anna", "Bert"], author: nil)
        try knowledgeBase.attend(third.id, people: ["Anna"], author: nil)
        try knowledgeBase.attend(fourth.id, people: ["Anna", "Bert"], author: nil)

        let report = try knowledgeBase.attendanceReport(lastMeetings: 2)
        XCTAssertEqual(report.meetings, 4)
        XCTAssertEqual(report.recent.map(\.id), [fourth.id, third.id])
        XCTAssertEqual(report.attendees.map(\.person.name), ["Anna", "Bert", "Cor"])
        XCTAssertEqual(report.attendees.map(\.attended), [4, 3, 1])
        XCTAssertEqual(report.attendees.map(\.lastDate), [day("2025-01-10"), day("2025-01-10"), day("2024-01-10")])
        // Not seen at the last two: Dirk never came, Cor last in January 2024.
        XCTAssertEqual(report.notSeen.map(\.person.name), ["Dirk", "Cor"])
        XCTAssertEqual(report.notSeen.map(\.attended), [0, 1])

        let sinceSpring = try knowledgeBase.attendanceReport(since: day("2024-03-01"))
        XCTAssertEqual(sinceSpring.recent.map(\.id), [fourth.id, third.id, second.id])
        XCTAssertEqual(sinceSpring.notSeen.map(\.person.name), ["Dirk", "Cor"])
        let lastOnly = try knowledgeBase.attendanceReport(lastMeetings: 1)
        XCTAssertEqual(lastOnly.notSeen.map(\.person.name), ["Dirk", "Cor"])
        let third1 = try knowledgeBase.attendanceReport(since: day("2024-09-01"))
        XCTAssertEqual(third1.notSeen.map(\.person.name), ["Dirk", "Cor"])
        let future = try knowledgeBase.attendanceReport(since: day("2026-01-01"))
        // The same last day: by municipality, then name (Deventer before Zwolle).
        XCTAssertEqual(future.notSeen.map(\.person.name), ["Dirk", "Cor", "Bert", "Anna"])
    }

    func testTheSampleNetworkHoldsTheMeetingOf21May2015WithItsEntries() throws {
        try knowledgeBase.loadSample(by: anna)
        try knowledgeBase.loadSample(by: anna)
        let meetings = try knowledgeBase.meetings()
        XCTAssertEqual(meetings.count, 1, "loading the sample again adds no second meeting")
        XCTAssertEqual(meetings[0].date, day("2015-05-21"))
        let report = try knowledgeBase.meetingReport(meetings[0].id)
        // Exactly the sample entries whose source is that meeting: 7 obstacles and 10 tips.
        let fromReport = try knowledgeBase.entries().filter {
            $0.source == "Bijeenkomst netwerk Gemeenten, voorzieningen en vastgoed, 21 mei 2015"
        }
        XCTAssertEqual(report.entries.map(\.id), fromReport.map(\.id).sorted())
        XCTAssertEqual(report.entries.filter { $0.kind == .obstacle }.count, 7)
        XCTAssertEqual(report.entries.filter { $0.kind == .tip }.count, 10)
        XCTAssertTrue(try knowledgeBase.loadSample(dryRun: true).added == 0)
        XCTAssertEqual(try knowledgeBase.meetings().count, 1)
    }

    func testTheJSONKeysAreStable() throws {
        let meeting = try meeting("2025-03-01")
        try knowledgeBase.addPerson(name: "Anna", municipality: "Zwolle")
        try knowledgeBase.attend(meeting.id, people: ["Anna"], author: nil)
        let encoder = JSONEncoder()
        let object = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: encoder.encode(try knowledgeBase.meetingReport(meeting.id)))
                as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["meeting", "attendees", "entries"])
        XCTAssertEqual(
            Set((object["meeting"] as? [String: Any])?.keys ?? [:].keys),
            ["id", "date", "title", "host", "theme", "attendees", "entries"])
        let attendance = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: encoder.encode(try knowledgeBase.attendanceReport()))
                as? [String: Any])
        XCTAssertEqual(Set(attendance.keys), ["meetings", "recent", "attendees", "not_seen"])
        let attendee = try XCTUnwrap((attendance["attendees"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(attendee.keys), ["person", "attended", "last_date"])
    }
}
