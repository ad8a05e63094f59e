import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb list …`: municipalities, entries of one kind, or topics.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List municipalities, examples, obstacles, tips or topics.")

    /// What to list.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case municipalities, examples, obstacles, tips, topics, entries
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What to list: municipalities, examples, obstacles, tips, topics or entries (all kinds).")
    var subject: Subject

    @Option(name: .long, help: "Only entries of this municipality; repeat for several.")
    var municipality: [String] = []

    @Option(name: .long, help: "Only entries with this topic; repeat for several (any of them).")
    var topic: [String] = []

    @Option(name: .long, help: "Only municipalities or entries in this province.")
    var province: String?

    @Option(name: .long, help: "Only obstacles with this status: open, addressed or resolved.")
    var status: [ObstacleStatus] = []

    @Option(name: .long, help: "List at most this many.")
    var limit: Int?

    @OptionGroup var output: EntryFormatOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
        if subject == .municipalities, !municipality.isEmpty || !topic.isEmpty || !status.isEmpty {
            throw ValidationError("Municipalities can be filtered by --province only.")
        }
        if !status.isEmpty, subject != .obstacles, subject != .entries {
            throw ValidationError("--status applies to obstacles only.")
        }
    }

    func run() throws {
        let knowledgeBase = try database.openForReading()
        switch subject {
        case .municipalities:
            var municipalities = try knowledgeBase.municipalities(province: try province.map(Province.init(resolving:)))
            if let limit { municipalities = Array(municipalities.prefix(limit)) }
            let rows = municipalities.map { [$0.code ?? "-", $0.name, $0.province?.rawValue ?? "-"] }
            switch output.format {
            case .json: try Terminal.printJSON(municipalities)
            case .csv: Terminal.write(CSVWriter().records([["code", "name", "province"]] + rows))
            case .markdown, .table:
                let table = TextTable(
                    headers: ["code", "name", "province"].map { catalog.text("output.municipalities.column.\($0)") },
                    rows: rows)
                if output.format == .markdown {
                    Terminal.write(table.markdown())
                } else {
                    Terminal.say(table.render(width: OutputStyle.current.width))
                }
                Terminal.note(catalog.text("output.municipalities.count", count: municipalities.count))
            }
        case .topics:
            let topics = try knowledgeBase.topics(try selection(kinds: []).resolve(in: knowledgeBase))
            let rows = topics.map { [$0.label, String($0.entryCount)] }
            switch output.format {
            case .json: try Terminal.printJSON(topics)
            case .csv: Terminal.write(CSVWriter().records([["topic", "entries"]] + rows))
            case .markdown, .table:
                if topics.isEmpty {
                    Terminal.note(catalog.text("output.topics.none"))
                    return
                }
                let table = TextTable(
                    headers: ["topic", "entries"].map { catalog.text("output.topics.column.\($0)") }, rows: rows)
                if output.format == .markdown {
                    Terminal.write(table.markdown())
                } else {
                    Terminal.say(table.render(width: OutputStyle.current.width))
                }
            }
        case .examples, .obstacles, .tips, .entries:
            let kinds: [EntryKind] =
                switch subject {
                case .examples: [.example]
                case .obstacles: [.obstacle]
                case .tips: [.tip]
                default: []
                }
            let filter = try selection(kinds: kinds).resolve(in: knowledgeBase)
            try EntryPrinter().printList(try knowledgeBase.entries(filter, limit: limit), format: output.format)
        }
    }

    private var catalog: Catalog { Interface.catalog }

    private func selection(kinds: [EntryKind]) -> EntrySelection {
        EntrySelection(kinds: kinds, municipalities: municipality, topics: topic, province: province, statuses: status)
    }
}
