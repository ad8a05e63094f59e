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
            // Issue 15: the spelling corrections; on standard error the synonyms, place names and
            // question words (QueryWordNotes.swift). A knowledge base that does not exist yet holds
            // no words, corrects nothing and adds no synonyms or municipalities of its own.
            let knowledgeBase = try database.openForReading(allowingMissing: true)
            for line in try QueryWordNotes.lines(for: text, in: knowledgeBase) {
                Terminal.note(line)
            }
            try printCorrections(of: text, in: knowledgeBase)
        }
    }
}

extension AnalyzeCommand {
    /// The corrections a search would apply to the words of `text` that the index does not hold,
    /// one line each (`correctie: finacieel → financieel`), after the terms (issue 15).
    func printCorrections(of text: String, in knowledgeBase: KnowledgeBase) throws {
        for correction in try knowledgeBase.spellingCorrections(in: text) {
            Terminal.say(
                Interface.catalog.text(
                    "output.spelling.correction", ["typed": correction.typed, "corrected": correction.corrected]))
        }
    }
}
