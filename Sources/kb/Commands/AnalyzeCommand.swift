import ArgumentParser
import Kennisbank

/// `kb analyze TEXT`: the terms the index stores for a text, then one line per compound word
/// with the parts it is split into (`gemeenteraad: parts gemeente + raad`). The JSON output is
/// the list of terms (the parts among them, marked `~`).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", aliases: ["analyseer"])

    @Argument(parsing: .allUnrecognized)
    var text: [String] = []

    @OptionGroup var output: FormatOptions

    /// The knowledge base whose index says which words a search would correct (issue 15).
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let text = text.joined(separator: " ")
        let terms = KnowledgeBase.analyze(text)
        switch output.format {
        case .json: try Terminal.printJSON(terms)
        case .table:
            if !terms.isEmpty { Terminal.say(terms.joined(separator: "\n")) }
            // One line per compound word with its parts (the place for what a word expands to).
            for compound in KnowledgeBase.compoundParts(text) {
                Terminal.say(
                    Interface.catalog.text(
                        "analyze.parts", ["word": compound.word, "parts": compound.parts.joined(separator: " + ")]))
            }
            // Issue 15: synonyms, place names and question words, on standard error (QueryWordNotes.swift).
            for line in try QueryWordNotes.lines(for: text, database: database) {
                Terminal.note(line)
            }
            try printCorrections()
        }
    }
}

extension AnalyzeCommand {
    /// The corrections a search would apply to the words that the index does not hold, one line
    /// each (`correctie: finacieel → financieel`), after the terms (issue 15). A knowledge base
    /// that does not exist yet holds no words, and corrects nothing.
    func printCorrections() throws {
        let corrections = try database.openForReading(allowingMissing: true).spellingCorrections(
            in: text.joined(separator: " "))
        for correction in corrections {
            Terminal.say(
                Interface.catalog.text(
                    "output.spelling.correction", ["typed": correction.typed, "corrected": correction.corrected]))
        }
    }
}
