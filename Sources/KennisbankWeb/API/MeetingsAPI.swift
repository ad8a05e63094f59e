import Foundation
import Hummingbird
import Kennisbank

/// `GET /api/v1/meetings` (`kb meetings list --format json`), `GET /api/v1/meetings/{id}`
/// (`kb meetings show ID --format json`; a number, or a day with one meeting) and
/// `GET /api/v1/meetings/attendance[?last=N|since=DAY]` (`kb meetings attendance --format json`),
/// the twins of `/bijeenkomsten`, `/bijeenkomsten/{number}` and `/bijeenkomsten/opkomst`. Without
/// a signed-in account every person's `email` and `phone` is null.
struct MeetingsAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("meetings") { _, _ -> Response in
            try jsonResponse(try knowledgeBase.meetings())
        }
        group.get("meetings/attendance") { request, context -> Response in
            let parameters = try AttendanceParameters(
                request.uri, last: "last", since: "since", catalog: context.catalog)
            let report = try parameters.report(in: knowledgeBase)
            return try jsonResponse(context.seesContactDetails ? report : report.withoutContactDetails)
        }
        group.get("meetings/{id}") { _, context -> Response in
            let report = try knowledgeBase.meetingReport(try knowledgeBase.meetingID(context.pathParameter("id")))
            return try jsonResponse(context.seesContactDetails ? report : report.withoutContactDetails)
        }
    }
}
