import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb report --topic X | --municipality M [--format html|markdown] [--output FILE]`: one page
/// a person can forward or print. Help texts: `help.report.*` in the catalog.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", aliases: ["rapport"])

    /// The formats of a report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One self-contained, printable HTML page.
        case html
        /// Markdown.
        case markdown
    }

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .long)
    var municipality: [String] = []

    @Option(name: .long)
    var format: Format = .html

    @Option(name: [.short, .long])
    var output: String?

    func run() throws {
        let catalog = Interface.catalog
        if topic.isEmpty, municipality.isEmpty {
            Terminal.fail(catalog.text("error.report.noSelection"))
        }
        let knowledgeBase = try database.openForReading()
        let filter = try EntrySelection(municipalities: municipality, topics: topic).resolve(
            in: knowledgeBase, former: MunicipalityReference.report)
        let entries = try knowledgeBase.entries(filter, limit: nil)
        let single = Set(filter.municipalities).count == 1
        let results = try knowledgeBase.compare(
            EntryFilter(municipalities: filter.municipalities, topics: filter.topics),
            help: single ? HelpLimits(municipalities: 5) : nil, similar: nil)
        let names = try municipality.map { try knowledgeBase.municipality($0).name }
        let selection = selectionText(names, catalog)
        let comparison = ComparisonReport(
            results: results, similarToOne: single, parts: [.matrix, .help], selection: selection)
        let page = ReportPage(selection: selection, made: Date(), entries: entries, comparison: comparison)
        let text = format == .html ? page.html() : page.markdown()
        if let output {
            try knowledgeBase.writeDocument(text, to: output)
            Terminal.note(catalog.text("reportPage.written", ["path": output]))
        } else {
            try knowledgeBase.checkStandardOutput()
            Terminal.write(text)
        }
    }

    /// The selection in words: the municipalities and the topics.
    private func selectionText(_ names: [String], _ catalog: Catalog) -> String {
        var parts: [String] = []
        if !names.isEmpty { parts.append(names.joined(separator: ", ")) }
        if !topic.isEmpty {
            parts.append(
                catalog.text(
                    "reportPage.topics", count: topic.count, ["topics": topic.joined(separator: ", ")]))
        }
        return parts.joined(separator: " · ")
    }
}
