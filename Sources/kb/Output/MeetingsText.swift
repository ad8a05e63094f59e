import Kennisbank
import KennisbankFrontEnd

/// `kb meetings show` and `kb meetings attendance` as text; the words come from the catalog
/// (`meetings.*`).
enum MeetingsText {
    /// One meeting: its day, title, host and theme; who came, by municipality; the entries that
    /// came out of it.
    static func report(_ report: MeetingReport, width: Int, catalog: Catalog = Interface.catalog) -> String {
        let meeting = report.meeting
        var lines = ComparisonTable.wrap(
            "#\(meeting.id) \(HumanTime.text(meeting.date)) \(meeting.title)", width: width, hanging: "  ")
        if let host = meeting.host {
            lines += ComparisonTable.wrap(
                catalog.text("meetings.show.host", ["host": host]), width: width, indent: "  ")
        }
        if let theme = meeting.theme {
            lines += ComparisonTable.wrap(
                catalog.text("meetings.show.theme", ["theme": theme]), width: width, indent: "  ")
        }
        lines.append("")
        if report.attendees.isEmpty {
            lines += ComparisonTable.wrap(catalog.text("meetings.show.nobody"), width: width)
        } else {
            let places = Set(report.attendees.map(\.municipality)).count
            lines.append(
                catalog.text(
                    "meetings.show.attendees", count: report.attendees.count,
                    ["municipalities": String(places)]))
            for (municipality, people) in Dictionary(grouping: report.attendees, by: \.municipality).sorted(by: {
                $0.key < $1.key
            }) {
                let names = people.map { person in person.role.map { "\(person.name) (\($0))" } ?? person.name }
                lines += ComparisonTable.wrap(
                    "\(municipality): " + names.joined(separator: ", "), width: width, indent: "  ", hanging: "    ")
            }
        }
        lines.append("")
        if report.entries.isEmpty {
            lines += ComparisonTable.wrap(catalog.text("meetings.show.noEntries"), width: width)
        } else {
            lines.append(catalog.text("meetings.show.entries", count: report.entries.count))
            for entry in report.entries {
                let kind = catalog.text("output.kind.\(entry.kind.rawValue)")
                let place = entry.municipality.map { ", \($0)" } ?? ""
                lines += ComparisonTable.wrap(
                    "#\(entry.id) \(entry.title) (\(kind)\(place))", width: width, indent: "  ", hanging: "    ")
            }
        }
        return lines.map(ComparisonTable.trimEnd).joined(separator: "\n")
    }

    /// Who came most, and whom the network has not seen at its recent meetings.
    static func attendance(
        _ report: AttendanceReport, since: Day?, width: Int, catalog: Catalog = Interface.catalog
    ) -> String {
        var lines = ComparisonTable.wrap(
            catalog.text("meetings.attendance.most", count: report.meetings), width: width)
        if report.attendees.isEmpty {
            lines.append("  " + catalog.text("meetings.attendance.none"))
        }
        func name(_ attendee: AttendanceReport.Attendee) -> String {
            attendee.person.qualifiedName
        }
        for attendee in report.attendees {
            lines += ComparisonTable.wrap(
                catalog.text(
                    "meetings.attendance.line", count: attendee.attended,
                    ["person": name(attendee), "last": attendee.lastDate.map(HumanTime.text) ?? "-"]),
                width: width, indent: "  ", hanging: "    ")
        }
        lines.append("")
        let window =
            since.map { catalog.text("meetings.attendance.since", ["date": HumanTime.text($0)]) }
            ?? catalog.text("meetings.attendance.last", count: report.recent.count)
        lines += ComparisonTable.wrap(catalog.text("meetings.attendance.notSeen", ["window": window]), width: width)
        if report.notSeen.isEmpty {
            lines.append("  " + catalog.text("meetings.attendance.everyone"))
        }
        for attendee in report.notSeen {
            let text =
                attendee.lastDate.map {
                    catalog.text(
                        "meetings.attendance.lastSeen", ["person": name(attendee), "date": HumanTime.text($0)])
                } ?? catalog.text("meetings.attendance.neverSeen", ["person": name(attendee)])
            lines += ComparisonTable.wrap(text, width: width, indent: "  ", hanging: "    ")
        }
        return lines.map(ComparisonTable.trimEnd).joined(separator: "\n")
    }

    /// The command that adds a removed meeting back: `kb meetings add --date … --title '…'`.
    static func addCommand(_ meeting: Meeting) -> String {
        var command = "kb meetings add --date \(meeting.date) --title \(quoted(meeting.title))"
        if let host = meeting.host { command += " --host \(quoted(host))" }
        if let theme = meeting.theme { command += " --theme \(quoted(theme))" }
        return command
    }

    /// `text` in single quotes for a shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
