import ArgumentParser
import Foundation
import Kennisbank

/// The query, filters and output of `kb search` and `kb tips`.
struct SearchOptions: ParsableArguments {
    @Argument(parsing: .allUnrecognized, help: "What to look for; quotes are optional except around a phrase.")
    var query: [String] = []

    @Option(name: .long, help: "Only entries with this topic; repeat for several (any of them).")
    var topic: [String] = []

    @Option(name: .long, help: "Only entries of this municipality; repeat for several.")
    var municipality: [String] = []

    @Option(name: .long, help: "Only entries of municipalities in this province.")
    var province: String?

    @Option(name: .long, help: "Only entries dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "Only entries dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .long, help: "Show at most this many hits.")
    var limit: Int = 20

    @Option(name: .long, help: "Skip this many of the best hits (for the next page).")
    var offset: Int = 0

    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: SearchOutputFormat = .table

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit takes a number from 1 to 10000.") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more.") }
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
            query: typedQuery, filter: try selection.resolve(in: knowledgeBase), limit: limit, offset: offset)
        let results = try knowledgeBase.search(request)
        try SearchPrinter().print(results, format: format)
    }
}

/// How `kb search` prints hits.
enum SearchOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}
