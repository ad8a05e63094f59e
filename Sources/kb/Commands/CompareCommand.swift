import ArgumentParser
import Kennisbank

/// `kb compare`: obstacles across municipalities, who can help, and who is most alike.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare obstacles across municipalities and find who can help.",
        discussion: """
            Shows a matrix of obstacle topics against municipalities (cells: obstacles/resolved), \
            the topics all of them share and those unique to each. For one municipality it also \
            shows, per obstacle, who faces the same and who can help, ranked: a linked tip or \
            example counts 5, a resolved obstacle of the same kind 4, a tip or example on the \
            topic 2, one with a similar title 1. --similar N adds the most alike municipalities \
            (cosine similarity of their obstacle counts per topic).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .long,
        help:
            "A municipality to compare (name, alias or CBS code); repeat for several. Default: all that reported obstacles."
    )
    var municipality: [String] = []

    @Option(
        name: .long,
        help: "Compare the municipalities of this province; with --municipality, look for others only in it.")
    var province: String?

    @Option(name: .long, help: "Only obstacles with this topic, shown under it; repeat for several.")
    var topic: [String] = []

    @Option(name: .long, help: "Only obstacles with this status: open, addressed or resolved; repeat for several.")
    var status: [ObstacleStatus] = []

    @Option(
        name: .long, help: "Also list the N most alike pairs of municipalities (for one municipality: its N nearest).")
    var similar: Int?

    @Option(name: .long, help: "At most this many municipalities per who-can-help list.")
    var limit: Int = 5

    @Option(
        name: .long,
        help:
            "Show only this part: matrix, help or similar; repeat for several. Default: all that apply (CSV: the matrix; JSON always holds it)."
    )
    var show: [ComparisonPart] = []

    @Option(name: .long, help: "Output format: table, json, csv or html.")
    var format: ComparisonFormat = .table

    func validate() throws {
        if let similar, similar < 1 { throw ValidationError("--similar must be 1 or more.") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more.") }
        if show.contains(.similar), similar == nil { throw ValidationError("--show similar needs --similar N.") }
        if format == .csv, Set(show).count > 1 {
            throw ValidationError("CSV holds one table: give one --show (matrix, help or similar).")
        }
    }

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let filter = try EntrySelection(
            municipalities: municipality, topics: topic, province: province, statuses: status
        )
        .resolve(in: knowledgeBase)
        let parts = show.isEmpty ? (format == .csv ? [.matrix] : ComparisonPart.allCases) : show
        let single = Set(filter.municipalities).count == 1
        if parts.contains(.help), !single, !show.isEmpty {
            throw CommandLineError.helpNeedsOneMunicipality
        }
        let results = try knowledgeBase.compare(
            filter, help: single && parts.contains(.help) ? HelpLimits(municipalities: limit) : nil,
            similar: parts.contains(.similar) ? similar : nil)
        let report = ComparisonReport(
            results: results, similarToOne: single, parts: parts, selection: selectionText(results.comparison))
        switch format {
        case .table: Terminal.say(ComparisonTable(report: report, width: Terminal.width).render())
        case .json: try Terminal.printJSON(ComparisonJSON(report: report), userInfo: ComparisonJSON.userInfo)
        case .csv: Terminal.write(ComparisonCSV(report: report).render())
        case .html: Terminal.write(ComparisonHTML(report: report).render() + "\n")
        }
    }

    /// The selection in words, for titles.
    private func selectionText(_ comparison: ObstacleComparison) -> String {
        var parts: [String] = []
        if !municipality.isEmpty {
            parts.append(comparison.municipalities.map(\.name).joined(separator: ", "))
            if let province { parts.append("others in \(province)") }
        } else {
            parts.append(
                province.map { "\(comparison.municipalities.count) municipalities in \($0)" }
                    ?? "\(comparison.municipalities.count) municipalities")
        }
        if !topic.isEmpty { parts.append("topic " + topic.joined(separator: " or ")) }
        if !status.isEmpty { parts.append("status " + status.map(\.rawValue).joined(separator: " or ")) }
        return parts.joined(separator: " · ")
    }
}
