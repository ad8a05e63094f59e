import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb people add|list|show|edit|rm|removed|restore|forget|clear`: the people of the network,
/// whom an entry names as its contact persons.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        subcommands: [
            PeopleListCommand.self, PeopleAddCommand.self, PeopleShowCommand.self, PeopleEditCommand.self,
            PeopleHistoryCommand.self,
            PeopleRemoveCommand.self, PeopleRemovedCommand.self, PeopleRestoreCommand.self,
            PeopleForgetCommand.self, PeopleClearCommand.self,
        ],
        defaultSubcommand: PeopleListCommand.self, aliases: ["personen"])

    /// A person as a reference that tells namesakes apart: `Anna de Vries (Zwolle)`.
    static func label(_ person: Person) -> String {
        TextTable.oneLine(person.qualifiedName)
    }

    /// Asks `question` on a terminal and returns whether the answer is yes; true without a terminal.
    static func ask(_ question: String) -> Bool {
        guard Terminal.isInteractiveInput else { return true }
        Terminal.note(question, newline: false)
        return RemoveCommand.isYes(readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
    }
}

/// `kb people list [--municipality M]`: everyone, by name, with role, e-mail address and phone number.
struct PeopleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let people = try database.openForReading().people(municipality: municipality)
        switch output.format {
        case .json: try Terminal.printJSON(people)
        case .table:
            let catalog = Interface.catalog
            guard !people.isEmpty else { return Terminal.note(catalog.text("people.list.none")) }
            let none = catalog.text("people.list.nothing")
            let table = TextTable(
                headers: ["name", "municipality", "role", "email", "phone"].map { catalog.text("people.column.\($0)") },
                rows: people.map { person in
                    [person.name, person.municipality, person.role ?? none, person.email ?? none, person.phone ?? none]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb people add NAME --municipality M [--role R] [--email E] [--phone P]`.
struct PeopleAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["nieuw"])

    @OptionGroup var database: DatabaseOptions

    @Argument var name: String

    @Option(name: .long)
    var municipality: String

    @Option(name: .long)
    var role: String?

    @Option(name: .long)
    var email: String?

    @Option(name: .long)
    var phone: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let person = try database.write {
            try $0.addPerson(name: name, municipality: municipality, role: role, email: email, phone: phone)
        }
        Terminal.note(Interface.catalog.text("people.add.done", ["person": PeopleCommand.label(person)]))
        switch output.format {
        case .json: try Terminal.printJSON(person)
        case .table: Terminal.say(person.id.uuidString.lowercased())
        }
    }
}

/// `kb people show PERSON`: one person, with the entries that name them as a contact (in JSON also
/// the meetings they attended and the visits they took part in, see ``PersonDetail``).
struct PeopleShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", aliases: ["toon"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let found = try knowledgeBase.person(person)
        let detail = try knowledgeBase.personDetail(found.id)
        let entries = detail.contactOf
        switch output.format {
        case .json: try Terminal.printJSON(detail)
        case .table:
            let catalog = Interface.catalog
            var fields: [(String, String)] = [(catalog.text("output.field.municipality"), found.municipality)]
            if let role = found.role { fields.append((catalog.text("people.field.role"), role)) }
            if let email = found.email { fields.append((catalog.text("people.field.email"), email)) }
            if let phone = found.phone { fields.append((catalog.text("people.field.phone"), phone)) }
            for entry in entries {
                fields.append((catalog.text("people.show.contactOf"), "#\(entry.id) \(TextTable.oneLine(entry.title))"))
            }
            fields.append(("uuid", found.id.uuidString.lowercased()))
            let width = (fields.map { $0.0.count }.max() ?? 0) + 2
            var lines = [TextTable.oneLine(found.name)]
            for (label, value) in fields {
                lines.append(label + ":" + String(repeating: " ", count: max(1, width - label.count - 1)) + value)
            }
            Terminal.say(lines.joined(separator: "\n"))
        }
    }
}

/// `kb people edit PERSON [--name N] [--role R] [--email E] [--phone P]`; an empty value removes
/// a role, e-mail address or phone number. The version before is kept.
struct PeopleEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", aliases: ["wijzig"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @Option(name: .long)
    var name: String?

    @Option(name: .long)
    var role: String?

    @Option(name: .long)
    var email: String?

    @Option(name: .long)
    var phone: String?

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if name == nil, role == nil, email == nil, phone == nil {
            throw ValidationError(Interface.catalog.text("people.edit.nothing"))
        }
    }

    func run() throws {
        let changes = PersonChanges(name: name, role: role, email: email, phone: phone)
        let changed = try database.write { try $0.editPerson(person, changes, by: author.resolve()) }
        Terminal.note(Interface.catalog.text("people.edit.done", ["person": PeopleCommand.label(changed)]))
        switch output.format {
        case .json: try Terminal.printJSON(changed)
        case .table: Terminal.say(changed.id.uuidString.lowercased())
        }
    }
}

/// `kb people history PERSON`: the person's earlier details, oldest first, each as it was before an edit.
struct PeopleHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", aliases: ["geschiedenis"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let versions = try database.openForReading().versions(ofPerson: person)
        switch output.format {
        case .json: try Terminal.printJSON(versions)
        case .table:
            let catalog = Interface.catalog
            guard !versions.isEmpty else { return Terminal.note(catalog.text("people.history.none")) }
            let none = catalog.text("people.list.nothing")
            let table = TextTable(
                headers: ["name", "role", "email", "phone"].map { catalog.text("people.column.\($0)") },
                rows: versions.map { [$0.name, $0.role ?? none, $0.email ?? none, $0.phone ?? none] })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb people rm PERSON`: removes a person (asking first on a terminal); `kb people restore` brings them back.
struct PeopleRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", aliases: ["verwijder", "remove"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @Flag(name: [.long, .short])
    var yes = false

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let catalog = Interface.catalog
        let removed = try database.write { knowledgeBase -> RemovedPerson? in
            let found = try knowledgeBase.person(person)
            if !yes {
                let count = try knowledgeBase.entries(withContact: found.id).count
                guard
                    PeopleCommand.ask(
                        catalog.text("people.remove.ask", count: count, ["person": PeopleCommand.label(found)]))
                else { return nil }
            }
            return try knowledgeBase.removePerson(found.id.uuidString, by: author.resolve())
        }
        guard let removed else { return Terminal.note(catalog.text("people.remove.nothing")) }
        if output.format == .json { try Terminal.printJSON(removed) }
        Terminal.note(
            catalog.text(
                "people.remove.done",
                ["person": PeopleCommand.label(removed.person), "uuid": removed.person.id.uuidString.lowercased()]))
    }
}

/// `kb people removed`: the removed people, who `kb people restore` can bring back.
struct PeopleRemovedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "removed", aliases: ["verwijderd"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let removed = try database.openForReading().removedPeople()
        switch output.format {
        case .json: try Terminal.printJSON(removed)
        case .table:
            let catalog = Interface.catalog
            guard !removed.isEmpty else { return Terminal.note(catalog.text("people.removed.none")) }
            let table = TextTable(
                headers: ["name", "municipality", "removed", "by"].map { catalog.text("people.column.\($0)") },
                rows: removed.map {
                    [
                        $0.person.name, $0.person.municipality, HumanTime.text($0.removedAt),
                        $0.removedBy?.name ?? catalog.text("people.list.nothing"),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb people restore PERSON`: brings a removed person back, as a contact of their entries.
struct PeopleRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", aliases: ["herstel", "terug"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let restored = try database.write { try $0.restorePerson(person, by: author.resolve()) }
        if output.format == .json { try Terminal.printJSON(restored) }
        Terminal.note(Interface.catalog.text("people.restore.done", ["person": PeopleCommand.label(restored)]))
    }
}

/// `kb people forget PERSON [--yes]`: erases a person everywhere, for good (AVG/GDPR).
struct PeopleForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forget", aliases: ["vergeet"])

    @OptionGroup var database: DatabaseOptions

    @Argument var person: String

    @Flag(name: [.long, .short])
    var yes = false

    /// How long to wait for another process (`kb serve`) before giving up on clearing the file.
    @Option(name: .long)
    var wait: Int = 15

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if wait < 0 { throw CommandLineError.numberTooSmall(option: "--wait", minimum: 0) }
    }

    func run() throws {
        let catalog = Interface.catalog
        let knowledgeBase = try database.openForWriting()
        let found = try knowledgeBase.personToForget(person)
        if !yes {
            guard PeopleCommand.ask(catalog.text("people.forget.ask", ["person": PeopleCommand.label(found)])) else {
                return Terminal.note(catalog.text("people.forget.nothing"))
            }
        }
        let report = try knowledgeBase.forgetPerson(found.id.uuidString, waiting: TimeInterval(wait))
        if output.format == .json { try Terminal.printJSON(report) }
        for line in PeopleForgetCommand.lines(report, catalog: catalog) { Terminal.note(line) }
        if report.freeSpace == .busy { throw ExitCode(1) }
    }

    /// What forgetting changed, what it did not, and what is left to do, one line each.
    static func lines(_ report: ForgetReport, catalog: Catalog) -> [String] {
        let person = PeopleCommand.label(report.person)
        var lines = [catalog.text("people.forget.done", ["person": person])]
        if report.contactOf > 0 { lines.append(catalog.text("people.forget.contacts", count: report.contactOf)) }
        let versions = report.versionsRewritten + report.trashRewritten
        if versions > 0 { lines.append(catalog.text("people.forget.versions", count: versions)) }
        if report.personVersionsErased > 0 {
            lines.append(catalog.text("people.forget.personVersions", count: report.personVersionsErased))
        }
        if report.wasRemoved { lines.append(catalog.text("people.forget.wasRemoved")) }
        if !report.mentions.isEmpty {
            lines.append(catalog.text("people.forget.mentions", count: report.mentions.count))
            for mention in report.mentions {
                lines.append("  #\(mention.id) \(TextTable.oneLine(mention.title))")
            }
        }
        if report.earlierMentions > 0 {
            lines.append(catalog.text("people.forget.earlierMentions", count: report.earlierMentions))
        }
        switch report.freeSpace {
        case .cleared: lines.append(catalog.text("people.forget.cleared"))
        case .noFile: break
        case .busy: lines.append(catalog.text("people.forget.busy"))
        }
        lines.append(catalog.text("people.forget.backups"))
        for backup in report.backups { lines.append("  " + backup) }
        return lines
    }
}

/// `kb people clear`: clears the file's free space and WAL, finishing a forget that another
/// process kept from finishing.
struct PeopleClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", aliases: ["opschonen"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var wait: Int = 15

    func run() throws {
        let cleared = try database.openForWriting().clearFreeSpace(waiting: TimeInterval(max(0, wait)))
        let catalog = Interface.catalog
        guard cleared else { Terminal.fail(catalog.text("people.forget.busy")) }
        Terminal.note(catalog.text("people.forget.cleared"))
    }
}
