import ArgumentParser
import Kennisbank

/// `kb edit REF …`: changes fields of an entry.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", aliases: ["wijzig"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var reference: String

    @Option(name: .long)
    var title: String?

    @OptionGroup var body: BodyOptions

    @Option(name: .long)
    var municipality: String?

    @Flag(name: .customLong("no-municipality"))
    var noMunicipality = false

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .customLong("add-topic"))
    var addTopic: [String] = []

    @Option(name: .customLong("remove-topic"))
    var removeTopic: [String] = []

    @Flag(name: .long)
    var newTopic = false

    @Option(name: .long)
    var source: String?

    @Option(name: .long)
    var date: String?

    @Option(name: .long)
    var status: ObstacleStatus?

    @Option(name: .long)
    var addresses: [String] = []

    @Option(
        name: .customLong("remove-addresses"))
    var removeAddresses: [String] = []

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if municipality != nil, noMunicipality {
            throw CommandLineError.municipalityAndNoMunicipality
        }
        let changesNothing =
            title == nil && body.body == nil && body.bodyFile == nil && municipality == nil && !noMunicipality
            && topic.isEmpty && addTopic.isEmpty && removeTopic.isEmpty && source == nil && date == nil && status == nil
            && addresses.isEmpty && removeAddresses.isEmpty
        if changesNothing {
            throw CommandLineError.nothingToChange
        }
    }

    /// The changes these options ask for, with the names they give resolved in `knowledgeBase`;
    /// `newBody` is the body as read once (``BodyOptions/read()``), before the knowledge base is opened.
    func changes(newBody: String?, in knowledgeBase: KnowledgeBase) throws -> EntryChanges {
        var changes = EntryChanges(
            title: title, body: newBody, status: status,
            topics: topic.isEmpty ? nil : topic, addTopics: addTopic,
            removeTopics: removeTopic,
            addAddresses: try addresses.map(knowledgeBase.entryID),
            removeAddresses: try removeAddresses.map(knowledgeBase.entryID))
        if let municipality {
            changes.municipality = .some(try MunicipalityReference.resolve(municipality, in: knowledgeBase).id)
        }
        if noMunicipality { changes.municipality = .some(nil) }
        if let source { changes.source = .some(source.isEmpty ? nil : source) }
        if let date { changes.date = .some(try DayText.change(date)) }
        return changes
    }

    func run() throws {
        let newBody = try body.read()
        let entry = try database.write { knowledgeBase in
            try knowledgeBase.update(
                try knowledgeBase.entryID(reference), with: try changes(newBody: newBody, in: knowledgeBase),
                by: author.resolve(), allowingSimilarTopics: newTopic)
        }
        switch output.format {
        case .json: try Terminal.printJSON(entry)
        case .table: Terminal.say(entry.id.description)
        }
    }
}
