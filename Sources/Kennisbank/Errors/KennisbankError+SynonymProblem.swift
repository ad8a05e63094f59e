extension KennisbankError {
    /// What is wrong with a change to the thesaurus (``KennisbankError/synonyms(_:)``).
    public enum SynonymProblem: Equatable, Sendable, Codable {
        /// Fewer than two different words to make synonyms of.
        case tooFewWords
        /// A word that is empty, not one line, or longer than `limit` characters.
        case invalidWord(String, limit: Int)
        /// A word a search cannot use: no letters or digits, or only stopwords (`de`, `het`).
        case unsearchableWord(String)
        /// The words are synonyms of each other already.
        case alreadySynonyms([String])
        /// The word is in no group of the thesaurus: there is nothing to remove.
        case noSynonyms(String)
    }
}
