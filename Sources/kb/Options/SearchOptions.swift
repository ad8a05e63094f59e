import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// The query, filters and output of `kb search` and `kb tips`.
struct SearchOptions: ParsableArguments {
    @Argument(parsing: .allUnrecognized)
    var query: [String] = []

    @Option(name: .long)
    var topic: [String] = []

    @Option(name: .long)
    var municipality: [String] = []

    @Option(name: .long)
    var province: String?

    @Option(name: .long)
    var since: String?

    @Option(name: .long)
    var until: String?

    @Option(name: .long)
    var limit: Int = 20

    @Option(name: .long)
    var offset: Int = 0

    @Option(name: .long)
    var format: SearchOutputFormat = .table

    func validate() throws {
        guard (1...10_000).contains(limit) else {
            throw CommandLineError.numberOutOfRange(option: "--limit", minimum: 1, maximum: 10_000)
        }
        guard offset >= 0 else { throw CommandLineError.numberTooSmall(option: "--offset", minimum: 0) }
    }

    /// The query as typed: its words, without the `--` that ends the options (which the parser
    /// hands over with them).
    var typedQuery: String {
        var words = query
        if let terminator = words.firstIndex(of: "--") { words.remove(at: terminator) }
        return words.joined(separator: " ")
    }

    /// Runs the search for `kinds` and prints the hits.
    func run(kinds: [EntryKind], database: DatabaseOptions) throws {
        let knowledgeBase = try database.openForReading()
        let selection = EntrySelection(
            kinds: kinds, municipalities: municipality, topics: topic, province: province, since: since, until: until)
        let request = SearchRequest(
            query: typedQuery, filter: try selection.resolve(in: knowledgeBase, former: MunicipalityReference.report),
            limit: limit, offset: offset)
        let results = try knowledgeBase.search(request)
        try SearchPrinter().print(results, format: format)
    }
}

/// How `kb search` prints hits.
enum SearchOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown

    /// The format a person typed: its English name, or `tabel`.
    init?(argument: String) {
        self.init(rawValue: argument == "tabel" ? "table" : argument)
    }
}
