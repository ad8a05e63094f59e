import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb meetings list|add|show|attend|unattend|link|unlink|rm|attendance`: the network's meetings,
/// who came and what came out of them. A meeting is named by its number or its date.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        subcommands: [
            MeetingsListCommand.self, MeetingsAddCommand.self, MeetingsShowCommand.self, MeetingsAttendCommand.self,
            MeetingsUnattendCommand.self, MeetingsLinkCommand.self, MeetingsUnlinkCommand.self,
            MeetingsRemoveCommand.self, MeetingsAttendanceCommand.self,
        ],
        defaultSubcommand: MeetingsListCommand.self, aliases: ["bijeenkomsten"])

    /// `#3 2015-05-21 Title`.
    static func line(_ meeting: Meeting) -> String {
        "#\(meeting.id) \(HumanTime.text(meeting.date)) \(meeting.title)"
    }
}

/// `kb meetings list`: every meeting, oldest first.
struct MeetingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let meetings = try database.openForReading().meetings()
        let catalog = Interface.catalog
        switch output.format {
        case .json: try Terminal.printJSON(meetings)
        case .table:
            if meetings.isEmpty {
                Terminal.say(catalog.text("meetings.list.empty"))
                return
            }
            let table = TextTable(
                headers: ["number", "date", "title", "host", "theme", "attendees", "entries"].map {
                    catalog.text("meetings.list." + $0)
                },
                rows: meetings.map {
                    [
                        "#\($0.id)", HumanTime.text($0.date), $0.title, $0.host ?? "-", $0.theme ?? "-",
                        String($0.attendees), String($0.entries),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb meetings add --date D --title T [--host M] [--theme X]`.
struct MeetingsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["toevoegen"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Option(name: .long)
    var date: String

    @Option(name: .long)
    var title: String

    @Option(name: .long)
    var host: String?

    @Option(name: .long)
    var theme: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let day = try DayText.day(date)
        let meeting = try database.write { knowledgeBase in
            let place = try host.map { try MunicipalityReference.resolve($0, in: knowledgeBase).id }
            return try knowledgeBase.addMeeting(
                date: day, title: title, host: place, theme: theme, author: author.resolve())
        }
        if output.format == .json { try Terminal.printJSON(meeting) }
        Terminal.note(Interface.catalog.text("meetings.add.done", ["meeting": MeetingsCommand.line(meeting)]))
    }
}

/// `kb meetings show MEETING`: who came, from where, and what came out of it.
struct MeetingsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", aliases: ["toon"])

    @OptionGroup var database: DatabaseOptions

    @Argument var meeting: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let report = try knowledgeBase.meetingReport(try knowledgeBase.meetingID(meeting))
        switch output.format {
        case .json: try Terminal.printJSON(report)
        case .table: Terminal.say(MeetingsText.report(report, width: OutputStyle.current.width ?? Terminal.width))
        }
    }
}

/// `kb meetings attend MEETING PERSON…`: records who attended.
struct MeetingsAttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attend", aliases: ["aanwezig"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var meeting: String

    @Argument var people: [String]

    @OptionGroup var output: FormatOptions

    func run() throws {
        let (id, added) = try database.write { knowledgeBase in
            let id = try knowledgeBase.meetingID(meeting)
            return (id, try knowledgeBase.attend(id, people: people, author: author.resolve()))
        }
        if output.format == .json { try Terminal.printJSON(MeetingChange(meeting: id, attended: added)) }
        Terminal.note(
            Interface.catalog.text(
                "meetings.attend.done", count: added.count,
                ["meeting": "#\(id)", "people": added.map(\.qualifiedName).joined(separator: ", ")]))
    }
}

/// `kb meetings unattend MEETING PERSON`: takes someone off the attendance (attend undoes it).
struct MeetingsUnattendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unattend", aliases: ["afwezig"])

    @OptionGroup var database: DatabaseOptions

    @Argument var meeting: String

    @Argument var person: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let (id, removed) = try database.write { knowledgeBase in
            let id = try knowledgeBase.meetingID(meeting)
            return (id, try knowledgeBase.removeAttendance(id, person: person))
        }
        if output.format == .json { try Terminal.printJSON(MeetingChange(meeting: id, unattended: removed)) }
        Terminal.note(
            Interface.catalog.text(
                "meetings.unattend.done", ["meeting": "#\(id)", "person": removed.qualifiedName]))
    }
}

/// `kb meetings link MEETING ENTRY…`: the entries that came out of a meeting.
struct MeetingsLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", aliases: ["koppel"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var meeting: String

    @Argument var entries: [String]

    @OptionGroup var output: FormatOptions

    func run() throws {
        let (id, linked) = try database.write { knowledgeBase in
            let id = try knowledgeBase.meetingID(meeting)
            let entryIDs = try entries.map { try knowledgeBase.entryID($0) }
            return (id, try knowledgeBase.linkEntries(entryIDs, to: id, author: author.resolve()))
        }
        if output.format == .json { try Terminal.printJSON(MeetingChange(meeting: id, linked: linked)) }
        Terminal.note(
            Interface.catalog.text(
                "meetings.link.done", count: linked.count,
                ["meeting": "#\(id)", "entries": linked.map { "#\($0.id)" }.joined(separator: ", ")]))
    }
}

/// `kb meetings unlink MEETING ENTRY`: the entry did not come out of it after all (link undoes it).
struct MeetingsUnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", aliases: ["ontkoppel"])

    @OptionGroup var database: DatabaseOptions

    @Argument var meeting: String

    @Argument var entry: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let (id, entryID) = try database.write { knowledgeBase in
            let id = try knowledgeBase.meetingID(meeting)
            let entryID = try knowledgeBase.entryID(entry)
            try knowledgeBase.unlinkEntry(entryID, from: id)
            return (id, entryID)
        }
        if output.format == .json { try Terminal.printJSON(MeetingChange(meeting: id, unlinked: entryID)) }
        Terminal.note(Interface.catalog.text("meetings.unlink.done", ["meeting": "#\(id)", "entry": "#\(entryID)"]))
    }
}

/// `kb meetings rm MEETING`: removes a meeting nothing hangs on (no attendance, no entries).
struct MeetingsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", aliases: ["verwijder"])

    @OptionGroup var database: DatabaseOptions

    @Argument var meeting: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let removed = try database.write { knowledgeBase in
            try knowledgeBase.removeMeeting(try knowledgeBase.meetingID(meeting))
        }
        if output.format == .json { try Terminal.printJSON(removed) }
        Terminal.note(
            Interface.catalog.text(
                "meetings.rm.done",
                ["meeting": MeetingsCommand.line(removed), "command": MeetingsText.addCommand(removed)]))
    }
}

/// `kb meetings attendance [--last N | --since D]`: who came most, and whom we have not seen.
struct MeetingsAttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attendance", aliases: ["opkomst"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var last: Int = 3

    @Option(name: .long)
    var since: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if last < 1 { throw CommandLineError.numberTooSmall(option: "--last", minimum: 1) }
    }

    func run() throws {
        let day = try since.map(DayText.day)
        let report = try database.openForReading().attendanceReport(lastMeetings: last, since: day)
        switch output.format {
        case .json: try Terminal.printJSON(report)
        case .table:
            Terminal.say(
                MeetingsText.attendance(
                    report, since: day, width: OutputStyle.current.width ?? Terminal.width))
        }
    }
}
