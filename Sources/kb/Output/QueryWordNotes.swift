import Kennisbank
import KennisbankFrontEnd

/// What `kb analyze` says about the words of a text read as a query: the synonyms and
/// municipalities a search also looks for, and the question words it does not rank by.
enum QueryWordNotes {
    /// One line per expansion and per question word, worded from the catalog; `knowledgeBase`
    /// gives the coordinator's synonyms and the municipalities.
    static func lines(for text: String, in knowledgeBase: KnowledgeBase) throws -> [String] {
        let catalog = Interface.catalog
        let expansions = try knowledgeBase.expansions(of: text)
        var lines: [String] = []
        for expansion in expansions {
            if !expansion.synonyms.isEmpty {
                lines.append(
                    catalog.text(
                        "analyze.expansion.synonyms",
                        ["words": expansion.words, "synonyms": expansion.synonyms.joined(separator: ", ")]))
            }
            if !expansion.municipalities.isEmpty {
                lines.append(
                    catalog.text(
                        "analyze.expansion.place",
                        ["words": expansion.words, "municipalities": expansion.municipalities.joined(separator: ", ")]))
            }
        }
        for word in KnowledgeBase.questionWords(in: text) {
            lines.append(catalog.text("analyze.expansion.question", ["words": word]))
        }
        return lines
    }
}
