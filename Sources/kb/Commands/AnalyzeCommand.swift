import ArgumentParser
import Kennisbank

/// `kb analyze TEXT`: the terms the index stores for a text.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", aliases: ["analyseer"])

    @Argument(parsing: .allUnrecognized)
    var text: [String] = []

    @OptionGroup var output: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let terms = KnowledgeBase.analyze(text.joined(separator: " "))
        switch output.format {
        case .json: try Terminal.printJSON(terms)
        case .table:
            if !terms.isEmpty { Terminal.say(terms.joined(separator: "\n")) }
            // Issue 15: synonyms, place names and question words, on standard error (QueryWordNotes.swift).
            for line in try QueryWordNotes.lines(for: text.joined(separator: " "), database: database) {
                Terminal.note(line)
            }
        }
    }
}
