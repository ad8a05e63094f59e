import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb list …`: municipalities, entries of one kind, or topics.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", aliases: ["lijst"])

    /// What to list.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case municipalities, examples, obstacles, tips, topics, entries

        /// The subject a person typed, in English or Dutch (`gemeenten`, `struikelblokken`, `themas`).
        init?(argument: String) {
            let typed = argument.lowercased()
            if let subject = Subject(rawValue: typed) {
                self = subject
                return
            }
            switch typed {
            case "gemeenten", "gemeente", "municipality": self = .municipalities
            case "voorbeelden", "praktijkvoorbeelden", "example": self = .examples
            case "struikelblokken", "obstacle": self = .obstacles
            case "tip": self = .tips
            case "themas", "thema's", "thema", "topic": self = .topics
            case "items", "item", "entry", "alles": self = .entries
            default:
                guard let kind = EntryKind(userText: typed) else { return nil }
                self = kind == .example ? .examples : kind == .obstacle ? .obstacles : .tips
            }
        }
    }

    @OptionGroup var database: DatabaseOptions

    @Argument
    var subject: Subject

    @Option(name: .long)
    var municipality: [String] = []

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .long)
    var province: String?

    @Option(name: .long)
    var status: [ObstacleStatus] = []

    @Option(name: .long)
    var limit: Int?

    @OptionGroup var output: EntryFormatOptions

    func validate() throws {
        if let limit, limit < 0 { throw CommandLineError.numberTooSmall(option: "--limit", minimum: 0) }
        if subject == .municipalities, !municipality.isEmpty || !topic.isEmpty || !status.isEmpty {
            throw CommandLineError.municipalitiesByProvinceOnly
        }
        if !status.isEmpty, subject != .obstacles, subject != .entries {
            throw CommandLineError.statusOnlyForObstacles
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
            let topics = try knowledgeBase.topics(
                try selection(kinds: []).resolve(in: knowledgeBase, former: MunicipalityReference.report))
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
            let filter = try selection(kinds: kinds).resolve(in: knowledgeBase, former: MunicipalityReference.report)
            try EntryPrinter().printList(try knowledgeBase.entries(filter, limit: limit), format: output.format)
        }
    }

    private var catalog: Catalog { Interface.catalog }

    private func selection(kinds: [EntryKind]) -> EntrySelection {
        EntrySelection(kinds: kinds, municipalities: municipality, topics: topic, province: province, statuses: status)
    }
}
