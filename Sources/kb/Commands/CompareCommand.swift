import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb compare`: obstacles across municipalities, who can help, and who is most alike.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", aliases: ["vergelijk"])

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .long)
    var municipality: [String] = []

    @Option(
        name: .long)
    var province: String?

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .long)
    var status: [ObstacleStatus] = []

    @Option(
        name: .long)
    var similar: Int?

    @Option(name: .long)
    var limit: Int = 5

    @Option(
        name: .long)
    var show: [ComparisonPart] = []

    @Option(name: .long)
    var format: ComparisonFormat = .table

    func validate() throws {
        if let similar, similar < 1 { throw CommandLineError.numberTooSmall(option: "--similar", minimum: 1) }
        if limit < 1 { throw CommandLineError.numberTooSmall(option: "--limit", minimum: 1) }
        if show.contains(.similar), similar == nil { throw CommandLineError.similarNeedsNumber }
        if format == .csv, Set(show).count > 1 {
            throw CommandLineError.csvNeedsOnePart
        }
    }

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let selection = EntrySelection(
            municipalities: municipality, topics: topic, province: province, statuses: status)
        let filter = try selection.resolve(in: knowledgeBase, former: MunicipalityReference.report)
        let parts = show.isEmpty ? (format == .csv ? [.matrix] : ComparisonPart.allCases) : show
        let single = Set(filter.municipalities).count == 1
        if parts.contains(.help), !single, !show.isEmpty {
            throw CommandLineError.helpNeedsOneMunicipality
        }
        let results = try knowledgeBase.compare(filter, parts: parts, similar: similar, helpLimit: limit)
        let report = ComparisonReport(
            results: results, similarToOne: single, parts: parts,
            selection: selection.comparisonTitle(results.comparison, Interface.catalog))
        switch format {
        case .table: Terminal.say(ComparisonTable(report: report, width: Terminal.width).render())
        case .json:
            try Terminal.printJSON(
                ComparisonJSON(results: report.results, selection: report.selection), userInfo: ComparisonJSON.userInfo)
        case .csv: Terminal.write(ComparisonCSV(report: report).render())
        case .html: Terminal.write(ComparisonHTML(report: report).render() + "\n")
        }
    }
}
