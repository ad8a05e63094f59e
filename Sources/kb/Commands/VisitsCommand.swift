import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb visits suggest|add|list|show|done|link`: where to go, and the visits planned or done.
struct VisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        subcommands: [
            VisitsSuggestCommand.self, VisitsAddCommand.self, VisitsListCommand.self, VisitsShowCommand.self,
            VisitsDoneCommand.self, VisitsLinkCommand.self,
        ],
        defaultSubcommand: VisitsListCommand.self, aliases: ["bezoeken"])

    /// Prints `visit` as JSON, or confirms `key` on standard error and prints its number.
    static func report(_ visit: Visit, _ key: String, _ values: [String: String], format: OutputFormat) throws {
        var values = values
        values["id"] = visit.id.description
        values["from"] = visit.from
        values["to"] = visit.to
        Terminal.note(Interface.catalog.text(key, values))
        switch format {
        case .json: try Terminal.printJSON(visit)
        case .table: Terminal.say(visit.id.description)
        }
    }
}

/// `kb visits suggest --municipality M`: the municipalities worth visiting, with reasons and people.
struct VisitsSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suggest", aliases: ["voorstellen"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String

    @Option(name: .long)
    var limit = 5

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if limit < 1 { throw CommandLineError.numberTooSmall(option: "--limit", minimum: 1) }
    }

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let home = try MunicipalityReference.resolve(municipality, in: knowledgeBase)
        let suggestions = try knowledgeBase.visitSuggestions(for: home.id, limit: limit)
        switch output.format {
        case .json: try Terminal.printJSON(suggestions)
        case .table: Terminal.say(VisitText(width: Terminal.width).suggestions(suggestions))
        }
    }
}

/// `kb visits add --from M --to N --date D`: records a visit.
struct VisitsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["nieuw"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var from: String

    @Option(name: .long)
    var to: String

    @Option(name: .long)
    var date: String

    @Option(name: .long, parsing: .upToNextOption)
    var people: [String] = []

    @Option(name: .long)
    var notes: String?

    @Option(name: .long)
    var status: VisitStatus = .planned

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let day = try DayText.day(date)
        let author = self.author.resolve()
        let visit = try database.write { knowledgeBase in
            try knowledgeBase.addVisit(
                from: try MunicipalityReference.resolve(from, in: knowledgeBase).id,
                to: try MunicipalityReference.resolve(to, in: knowledgeBase).id, date: day, status: status,
                notes: notes, people: people, author: author)
        }
        let catalog = Interface.catalog
        try VisitsCommand.report(
            visit, "visits.add.done",
            ["date": HumanTime.text(visit.date), "status": catalog.text("visits.status." + visit.status.rawValue)],
            format: output.format)
    }
}

/// `kb visits list [--municipality M]`: the visits, newest first.
struct VisitsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let visits = try knowledgeBase.visits(
            municipality: try municipality.map { try MunicipalityReference.resolve($0, in: knowledgeBase).id })
        switch output.format {
        case .json: try Terminal.printJSON(visits)
        case .table: Terminal.say(VisitText(width: Terminal.width).list(visits))
        }
    }
}

/// `kb visits show VISIT`: one visit in full.
struct VisitsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", aliases: ["toon"])

    @OptionGroup var database: DatabaseOptions

    @Argument var visit: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let found = try database.openForReading().visit(visit)
        switch output.format {
        case .json: try Terminal.printJSON(found)
        case .table: Terminal.say(VisitText(width: Terminal.width).show(found))
        }
    }
}

/// `kb visits done VISIT`: marks a visit done.
struct VisitsDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", aliases: ["gedaan"])

    @OptionGroup var database: DatabaseOptions

    @Argument var visit: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let done = try database.write { try $0.markVisitDone(visit) }
        try VisitsCommand.report(done, "visits.done.done", [:], format: output.format)
    }
}

/// `kb visits link VISIT ENTRY…`: the entries a visit led to.
struct VisitsLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", aliases: ["koppel"])

    @OptionGroup var database: DatabaseOptions

    @Argument var visit: String

    @Argument var entries: [String]

    @OptionGroup var output: FormatOptions

    func run() throws {
        let linked = try database.write { try $0.linkVisit(visit, entries: entries) }
        let list = linked.entries.map { "#\($0.id) \($0.title)" }.joined(separator: "; ")
        try VisitsCommand.report(linked, "visits.link.done", ["entries": list], format: output.format)
    }
}

extension VisitStatus: ExpressibleByArgument {
    /// `planned` or `done`, also in Dutch: `gepland`, `gedaan`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "planned", "gepland": self = .planned
        case "done", "gedaan": self = .done
        default: return nil
        }
    }
}
