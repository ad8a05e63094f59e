import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

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

    /// `--contact PERSON`, repeatable: a contact person to add (help: `help.edit.contact`).
    @Option(name: .long)
    var contact: [String] = []

    /// `--remove-contact PERSON`, repeatable: a contact person to remove.
    @Option(name: .customLong("remove-contact"))
    var removeContact: [String] = []

    @OptionGroup var author: AuthorOptions

    /// `--editor`: change the entry in a text editor (help: `help.common.editor`).
    @Flag(name: .long)
    var editor = false

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if municipality != nil, noMunicipality {
            throw CommandLineError.municipalityAndNoMunicipality
        }
        let changesNothing =
            title == nil && body.body == nil && body.bodyFile == nil && municipality == nil && !noMunicipality
            && topic.isEmpty && addTopic.isEmpty && removeTopic.isEmpty && source == nil && date == nil && status == nil
            && addresses.isEmpty && removeAddresses.isEmpty && contact.isEmpty && removeContact.isEmpty && !editor
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
            removeAddresses: try removeAddresses.map(knowledgeBase.entryID),
            addContacts: try contact.map { try knowledgeBase.person($0).id },
            removeContacts: try removeContact.map { try knowledgeBase.person($0).id })
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
        if editor { return try runInEditor(newBody: newBody) }
        let entry = try database.write { knowledgeBase in
            try knowledgeBase.update(
                try knowledgeBase.entryID(reference), with: try changes(newBody: newBody, in: knowledgeBase),
                by: author.resolve(), allowingSimilarTopics: newTopic)
        }
        Terminal.confirm("output.confirm.changed", entry)
        switch output.format {
        case .json: try Terminal.printJSON(entry)
        case .table: Terminal.say(entry.id.description)
        }
    }

    /// `kb edit REF --editor`: the entry as a note (with what the other options change already in
    /// it), opened in the person's editor; the saved note replaces the entry's fields. An emptied
    /// note changes nothing and fails; an unchanged one changes nothing.
    private func runInEditor(newBody: String?) throws {
        let catalog = Interface.catalog
        let knowledgeBase = try database.openForReading()
        let stored = try knowledgeBase.entry(try knowledgeBase.entryID(reference))
        var note = EntryNote(stored)
        if let title { note.title = title }
        if let newBody { note.body = newBody }
        if let municipality { note.municipality = municipality }
        if noMunicipality { note.municipality = nil }
        if !topic.isEmpty { note.topics = topic }
        note.topics += addTopic.filter { !note.topics.contains($0) }
        note.topics.removeAll { removeTopic.contains($0) }
        if let source { note.source = source.isEmpty ? nil : source }
        if let date { note.date = date.isEmpty ? nil : date }
        if let status { note.status = status }
        let text = try note.rendered(comment: NoteEditor.comment(adding: false))
        switch NoteEditor.edit(text) {
        case .empty:
            Terminal.fail(catalog.text("editor.emptied"))
        case .unchanged where note == EntryNote(stored):
            Terminal.note(catalog.text("editor.unchanged", ["id": stored.id.description]))
            Terminal.say(stored.id.description)
        case .unchanged:
            try save(note, over: stored)
        case .edited(let edited):
            try save(try EntryNote(parsing: edited, name: "--editor"), over: stored)
        }
    }

    /// Stores the fields of `note` as the new fields of `stored`, and confirms.
    private func save(_ note: EntryNote, over stored: Entry) throws {
        let entry = try database.write { knowledgeBase in
            var changes = EntryChanges(
                title: note.title, body: note.body, status: stored.kind == .obstacle ? note.status : nil,
                topics: note.topics, addTopics: [], removeTopics: [],
                addAddresses: try addresses.map(knowledgeBase.entryID),
                removeAddresses: try removeAddresses.map(knowledgeBase.entryID),
                addContacts: try contact.map { try knowledgeBase.person($0).id },
                removeContacts: try removeContact.map { try knowledgeBase.person($0).id })
            changes.municipality = .some(try note.municipality.map { try knowledgeBase.municipality($0).id })
            changes.source = .some(note.source)
            changes.date = .some(try note.date.map(DayText.day))
            return try knowledgeBase.update(stored.id, with: changes)
        }
        Terminal.confirm("output.confirm.changed", entry)
        switch output.format {
        case .json: try Terminal.printJSON(entry)
        case .table: Terminal.say(entry.id.description)
        }
    }
}
