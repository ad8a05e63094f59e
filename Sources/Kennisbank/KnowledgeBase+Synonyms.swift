import GRDB
import KennisbankText

extension KnowledgeBase {
    // MARK: Synonyms

    /// The thesaurus the search uses: the groups in force (built-in first, then those added, in
    /// order), followed by the removals, oldest first.
    ///
    /// A search word also finds the other words of its groups, ranked below the entries that hold
    /// the word as typed; the words are compared by their index terms, so `bewoner` finds what
    /// `bewoners` finds.
    public func synonyms() throws -> [SynonymGroup] {
        try read { db in
            let thesaurus = try SynonymStore.thesaurus(analyzer: .standard, in: db)
            return thesaurus.groups + thesaurus.removals
        }
    }

    /// Makes `words` (words or phrases, at least two different ones) synonyms of each other, as a
    /// group of their own, and returns it. The change is kept with `author` and the time.
    ///
    /// Throws ``KennisbankError/synonyms(_:)``: fewer than two different words, a word that is
    /// empty, too long or only stopwords, or words that are synonyms already.
    @discardableResult
    public func addSynonyms(_ words: [String], author: Author?) throws -> SynonymGroup {
        let analyzer = DutchAnalyzer.standard
        let valid = try SynonymStore.validWords(words, analyzer: analyzer)
        guard valid.count >= 2 else { throw KennisbankError.synonyms(.tooFewWords) }
        return try write { db in
            let index = try SynonymStore.index(analyzer: analyzer, in: db)
            let known = valid.allSatisfy { word in
                let synonyms = Set((index[word.key] ?? []).map { Thesaurus.key($0, analyzer: analyzer) })
                return valid.allSatisfy { $0.key == word.key || synonyms.contains($0.key) }
            }
            if known { throw KennisbankError.synonyms(.alreadySynonyms(valid.map(\.word))) }
            return try SynonymStore.record(.added, words: valid.map(\.word), author: author, in: db)
        }
    }

    /// Takes each of `words` out of every group of the thesaurus (built-in or added), so that it
    /// no longer finds other words nor is found by them, and returns the removal. The change is
    /// kept with `author` and the time; adding the words again undoes it.
    ///
    /// Throws ``KennisbankError/synonyms(_:)`` when a word is in no group (nothing is changed).
    @discardableResult
    public func removeSynonyms(_ words: [String], author: Author?) throws -> SynonymGroup {
        let analyzer = DutchAnalyzer.standard
        let valid = try SynonymStore.validWords(words, analyzer: analyzer)
        guard !valid.isEmpty else { throw KennisbankError.synonyms(.tooFewWords) }
        return try write { db in
            let index = try SynonymStore.index(analyzer: analyzer, in: db)
            if let unknown = valid.first(where: { index[$0.key] == nil }) {
                throw KennisbankError.synonyms(.noSynonyms(unknown.word))
            }
            return try SynonymStore.record(.removed, words: valid.map(\.word), author: author, in: db)
        }
    }
}
