import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/bijeenkomsten` (the network's meetings, newest first), `/bijeenkomsten/{number}` (who came,
/// from where, and what came out of it) and `/bijeenkomsten/opkomst` (who came most and whom the
/// network has not seen lately, `?laatste=N` or `?sinds=DAY`).
struct MeetingPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/bijeenkomsten") { _, context -> Response in
            let meetings = try knowledgeBase.meetings().reversed().map { MeetingView($0, context.catalog).values }
            return try pages.page(
                "meetings", ["meetings": meetings, "hasMeetings": !meetings.isEmpty], context: context)
        }
        router.get("/bijeenkomsten/opkomst") { request, context -> Response in
            let parameters = try AttendanceParameters(
                request.uri, last: "laatste", since: "sinds", catalog: context.catalog)
            let report = try parameters.report(in: knowledgeBase)
            return try pages.page("attendance", attendance(report, parameters, context.catalog), context: context)
        }
        router.get("/bijeenkomsten/:number") { _, context -> Response in
            guard let text = context.parameters.get("number"), text.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int64(text)
            else { throw HTTPError(.notFound) }
            var report = try knowledgeBase.meetingReport(Meeting.ID(number))
            if !context.seesContactDetails { report = report.withoutContactDetails }
            return try pages.page("meeting", meeting(report, context.catalog), context: context)
        }
    }

    /// One meeting's page: its facts, who came grouped by municipality, and its entries by kind.
    func meeting(_ report: MeetingReport, _ catalog: Catalog) -> [String: Any] {
        var values = MeetingView(report.meeting, catalog).values
        let groups = PersonView.groups(report.attendees)
        values["attendeeGroups"] = groups
        values["attendeeSummary"] = catalog.text(
            "web.meetings.came", count: report.attendees.count, ["municipalities": "\(groups.count)"])
        values["hasAttendees"] = !report.attendees.isEmpty
        values["groups"] = EntrySummaryGroups.groups(report.entries, catalog)
        values["entrySummary"] = catalog.text("web.meetings.cameOut", count: report.entries.count)
        values["hasEntries"] = !report.entries.isEmpty
        return values
    }

    /// The attendance page: the form, who came most and who was not seen on the recent meetings.
    func attendance(_ report: AttendanceReport, _ parameters: AttendanceParameters, _ catalog: Catalog)
        -> [String: Any]
    {
        let window =
            parameters.since.map { catalog.text("web.attendance.since", ["date": DayWords.text($0, catalog)]) }
            ?? catalog.text("web.attendance.last", count: parameters.last)
        func line(_ attendee: AttendanceReport.Attendee) -> [String: Any] {
            var values = PersonView(attendee.person).values
            values["times"] = catalog.text("web.attendance.times", count: attendee.attended)
            if let last = attendee.lastDate {
                values["lastSeen"] = catalog.text("web.attendance.lastSeen", ["date": DayWords.text(last, catalog)])
            } else {
                values["lastSeen"] = catalog.text("web.attendance.neverSeen")
            }
            return values
        }
        return [
            "last": parameters.lastText, "since": parameters.sinceText,
            "mostHeading": catalog.text("web.attendance.most", count: report.meetings),
            "attendees": report.attendees.map(line), "hasAttendees": !report.attendees.isEmpty,
            "notSeenHeading": catalog.text("web.attendance.notSeen", ["window": window]),
            "recent": report.recent.map { MeetingView($0, catalog).values },
            "notSeen": report.notSeen.map(line), "hasNotSeen": !report.notSeen.isEmpty,
            "hasMeetings": report.meetings > 0,
            // Nobody came and nobody stayed away: the network has no people yet ("everyone was
            // there" would not be true).
            "hasPeople": !(report.attendees.isEmpty && report.notSeen.isEmpty),
        ]
    }
}
