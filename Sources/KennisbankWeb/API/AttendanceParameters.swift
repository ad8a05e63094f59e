import Foundation
import Hummingbird
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// Which recent meetings an attendance report looks at, as the query string names them: the
/// last N (`laatste` on the page, `last` in the API; 3 unless given) or those on or after a day
/// (`sinds`, `since`), as `kb meetings attendance --last/--since`. A value that is not one is a
/// 400 ``WebProblem``.
struct AttendanceParameters {
    /// The most meetings one may ask to look back over.
    static let maximumLast = 10_000
    /// How many meetings are looked at when the request does not say, as the CLI.
    static let defaultLast = 3

    var last = defaultLast
    var since: Day?
    /// What was typed, for the page's form.
    var lastText = ""
    var sinceText = ""

    init(_ uri: URI, last lastName: String, since sinceName: String, catalog: Catalog) throws {
        let parameters = uri.formParameters
        if let text = parameters.get(lastName)?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let number = Int(text), (1...Self.maximumLast).contains(number) else {
                throw WebProblem.invalidParameter(lastName, value: text, catalog: catalog)
            }
            last = number
            lastText = text
        }
        if let text = parameters.get(sinceName)?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let day = try? DayText.day(text) else {
                throw WebProblem.invalidParameter(sinceName, value: text, catalog: catalog)
            }
            since = day
            sinceText = text
        }
    }

    /// The report these parameters ask for.
    func report(in knowledgeBase: KnowledgeBase) throws -> AttendanceReport {
        try knowledgeBase.attendanceReport(lastMeetings: last, since: since)
    }
}
