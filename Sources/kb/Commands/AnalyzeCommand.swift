import ArgumentParser
import Kennisbank

/// `kb analyze TEXT`: the terms the index stores for a text.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show the terms the search index stores for a text: why a search finds it, or not.")

    @Argument(parsing: .allUnrecognized, help: "The text to analyze.")
    var text: [String] = []

    @OptionGroup var output: FormatOptions

    func run() throws {
        let terms = KnowledgeBase.analyze(text.joined(separator: " "))
        switch output.format {
        case .json: try Terminal.printJSON(terms)
        case .table: if !terms.isEmpty { Terminal.say(terms.joined(separator: "\n")) }
        }
    }
}
