import Kennisbank
import KennisbankFrontEnd

extension SearchPrinter {
    /// The note saying which synonyms and municipalities a search looked for besides the words
    /// as typed; nil when it looked for nothing else.
    func expansionNote(_ results: SearchResults) -> String? {
        var parts: [String] = []
        for expansion in results.expansions {
            let typed = expansion.words.lowercased()
            for other in expansion.synonyms + expansion.municipalities where other.lowercased() != typed {
                parts.append(catalog.text("search.expansion.synonym", ["synonym": other, "words": expansion.words]))
            }
        }
        guard !parts.isEmpty else { return nil }
        return catalog.text("search.expansion.note", ["expansions": parts.joined(separator: ", ")])
    }
}
