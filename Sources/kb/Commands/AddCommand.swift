import ArgumentParser
import Foundation
import Kennisbank

/// `kb add …`: adds a municipality, practice example, obstacle or tip.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a municipality, practice example, obstacle or tip.",
        subcommands: [AddMunicipalityCommand.self, AddExampleCommand.self, AddObstacleCommand.self, AddTipCommand.self])
}

/// The options shared by `add example|obstacle|tip`.
struct EntryFieldOptions: ParsableArguments {
    @Option(name: .long, help: "The title (required).")
    var title: String?

    @OptionGroup var body: BodyOptions

    @Option(name: .long, help: "A topic label; repeat for several (co-creatie and Co-creatie are one topic).")
    var topic: [String] = []

    @Option(name: .long, help: "Where the knowledge comes from, such as a meeting and its date.")
    var source: String?

    @Option(name: .long, help: "The date it refers to, as YYYY-MM-DD.")
    var date: String?

    @Option(name: .long, help: "Keep this UUID instead of making a new one (for knowledge moving between files).")
    var uuid: String?

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
                    in: knowledgeBase))
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
            municipality: try municipality.map { try knowledgeBase.municipality($0).id }, topics: topic,
            source: source, date: try date.map(DayText.day), status: status,
            addresses: try addresses.map(knowledgeBase.entryID), uuid: parsedUUID)
    }
}

struct AddMunicipalityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "municipality",
        abstract: "Add a municipality that the CBS registry does not hold.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The municipality's name.")
    var name: String

    @Option(name: .long, help: "Its CBS code, GM followed by four digits.")
    var code: String?

    @Option(name: .long, help: "Its province.")
    var province: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let province = try province.map(Province.init(resolving:))
        let municipality = try database.write { try $0.addMunicipality(name: name, code: code, province: province) }
        switch output.format {
        case .json: try Terminal.printJSON(municipality)
        case .table: Terminal.say(municipality.name)
        }
    }
}

struct AddExampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example", abstract: "Add a practice example of a municipality.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The municipality (name, alias or CBS code; required).")
    var municipality: String

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long, help: "An obstacle (id or UUID) this example addresses; repeat for several.")
    var addresses: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        try fields.add(.example, municipality: municipality, addresses: addresses, to: database, format: output.format)
    }
}

struct AddObstacleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obstacle", abstract: "Add an obstacle a municipality ran into.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The municipality (name, alias or CBS code; required).")
    var municipality: String

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long, help: "open, addressed or resolved (default: open).")
    var status: ObstacleStatus = .open

    @OptionGroup var output: FormatOptions

    func run() throws {
        try fields.add(.obstacle, municipality: municipality, status: status, to: database, format: output.format)
    }
}

struct AddTipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tip", abstract: "Add a tip or condition for success, of a municipality or the whole network.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The municipality it comes from; leave out for the whole network.")
    var municipality: String?

    @OptionGroup var fields: EntryFieldOptions

    @Option(name: .long, help: "An obstacle (id or UUID) this tip addresses; repeat for several.")
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
