import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb add …`: adds a municipality, practice example, obstacle or tip.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        subcommands: [
            AddMunicipalityCommand.self, AddExampleCommand.self, AddObstacleCommand.self, AddTipCommand.self,
        ], aliases: ["nieuw"])
}

/// The options shared by `add example|obstacle|tip`.
struct EntryFieldOptions: ParsableArguments {
    @Option(name: .long)
    var title: String?

    @OptionGroup var body: BodyOptions

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .long)
    var source: String?

    @Option(name: .long)
    var date: String?

    @Option(name: .long)
    var uuid: String?

    /// `--contact PERSON`, repeatable: the entry's contact persons (help: `help.add.contact`).
    @Option(name: .long)
    var contact: [String] = []

    /// `--meeting MEETING`, repeatable: the meetings the entry came out of, by number or date
    /// (help: `help.add.meeting`).
    @Option(name: .long)
    var meeting: [String] = []

    @Flag(name: .long)
    var newTopic = false

    @Flag(name: .customLong("allow-duplicate"))
    var allowDuplicate = false

    @OptionGroup var author: AuthorOptions

    /// `--editor`: write the entry in a text editor (help: `help.common.editor`).
    @Flag(name: .long)
    var editor = false

    func validate() throws {
        if title == nil, !editor { throw ValidationError(Interface.catalog.text("editor.titleRequired")) }
    }

    /// Adds the entry these options describe to the knowledge base `database` names, and prints
    /// its id (or the whole entry as JSON). The body is read once, before the knowledge base is
    /// opened; the names are resolved in it.
    func add(
        _ kind: EntryKind, municipality: String?, status: ObstacleStatus? = nil, addresses: [String] = [],
        to database: DatabaseOptions, format: OutputFormat
    ) throws {
        var body = try self.body.read() ?? ""
        let author = self.author.resolve()
        var fields = self
        var kind = kind
        var municipality = municipality
        var status = status
        if editor {
            let template = EntryNote(
                kind: kind, title: title ?? "", body: body, municipality: municipality, topics: topic, source: source,
                date: date, status: status)
            let text = try template.rendered(comment: NoteEditor.comment(adding: true))
            guard case .edited(let edited) = NoteEditor.edit(text) else {
                Terminal.fail(Interface.catalog.text("editor.aborted"))
            }
            let note = try EntryNote(parsing: edited, name: "--editor")
            (kind, body, municipality, status) = (note.kind, note.body, note.municipality, note.status)
            (fields.title, fields.topic, fields.source, fields.date) = (note.title, note.topics, note.source, note.date)
        }
        let added = try database.write { knowledgeBase in
            try knowledgeBase.add(
                try fields.newEntry(
                    kind: kind, body: body, municipality: municipality, status: status, addresses: addresses,
                    in: knowledgeBase),
                by: author, allowingDuplicate: allowDuplicate, allowingSimilarTopics: newTopic)
        }
        Terminal.confirm("output.confirm.added", added)
        switch format {
        case .json: try Terminal.printJSON(added)
        case .table: Terminal.say(added.id.description)
        }
    }

    /// The new entry these options describe, with the names they give resolved in `knowledgeBase`;
    /// `body` is the body as read once (``BodyOptions/read()``), before the knowledge base is opened.
    func newEntry(
        kind: EntryKind, body: String, municipality: String?, status: ObstacleStatus? = nil, addresses: [String] = [],
        in knowledgeBase: KnowledgeBase
    ) throws -> NewEntry {
        var parsedUUID: UUID?
        if let uuid {
            guard let value = UUID(uuidString: uuid.trimmingCharacters(in: .whitespaces)) else {
                throw CommandLineError.notAUUID(uuid)
            }
            parsedUUID = value
        }
        return NewEntry(
            kind: kind, title: title ?? "", body: body,
            municipality: try municipality.map { try MunicipalityReference.resolve($0, in: knowledgeBase).id },
            topics: topic,
            source: source, date: try date.map(DayText.day), status: status,
            addresses: try addresses.map(knowledgeBase.entryID), uuid: parsedUUID,
            contacts: try contact.map { try knowledgeBase.person($0).id },
            meetings: try meeting.map(knowledgeBase.meetingID))
    }
}

struct AddMunicipalityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "municipality", aliases: ["gemeente"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var name: String

    @Option(name: .long)
    var code: String?

    @Option(name: .long)
    var province: String?

    @Flag(name: .long)
    var newMunicipality = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        let province = try province.map(Province.init(resolving:))
        let municipality = try database.write {
            try $0.addMunicipality(name: name, code: code, province: province, allowingSimilarName: newMunicipality)
        }
        switch output.format {
        case .json: try Terminal.printJSON(municipality)
        case .table: Terminal.say(municipality.name)
        }
    }
}

struct AddExampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example", aliases: ["voorbeeld", "praktijkvoorbeeld"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long)
    var addresses: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try fields.add(.example, municipality: municipality, addresses: addresses, to: database, format: output.format)
    }
}

struct AddObstacleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obstacle", aliases: ["struikelblok"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long)
    var status: ObstacleStatus = .open

    @OptionGroup var output: FormatOptions

    func run() throws {
        try fields.add(.obstacle, municipality: municipality, status: status, to: database, format: output.format)
    }
}

struct AddTipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tip")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String?

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long)
    var addresses: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try fields.add(.tip, municipality: municipality, addresses: addresses, to: database, format: output.format)
    }
}

extension ObstacleStatus: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(userText: argument)
    }
}
