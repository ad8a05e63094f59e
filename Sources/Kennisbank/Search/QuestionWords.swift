import KennisbankText

/// Question words, pronouns and light verbs: the words of how a person asks (`hoe krijg ik
/// bewoners mee?`, `hoe ga ik om met wantrouwen`), which say nothing about what they look for.
///
/// Outside a phrase such a word is treated like a stopword: it does not decide which entries
/// match or how they rank, unless the query has nothing else (then it is searched). Many of
/// them are Snowball stopwords already (`hoe`, `wat`, `ik`, `kan`, `moet`); this list adds the
/// rest. Words that carry meaning in this field stay out (`zorg`, `werk`, `maak`, `help`).
enum QuestionWords {
    /// The words, folded.
    static let words: Set<String> = [
        // question words
        "hoe", "wat", "waarom", "wanneer", "wie", "welke", "welk", "waar", "waarmee", "waardoor", "waarover",
        "hoeveel", "hoezo",
        // pronouns
        "ik", "je", "jij", "jullie", "we", "wij", "u", "mijn", "onze", "ons",
        // light verbs and their forms
        "ga", "gaan", "gaat", "krijg", "krijgen", "krijgt", "kan", "kun", "kunt", "kunnen", "moet", "moeten",
        "wil", "wilt", "willen", "doe", "doet", "doen", "mag", "mogen", "zou", "zouden", "kom", "komt", "komen",
        "heb", "hebt", "heeft", "hebben", "ben", "bent", "is", "zijn", "word", "wordt", "worden",
        // particles of separable verbs (`krijg … mee`, `ga … om`)
        "mee", "om", "aan", "op", "toe",
    ]

    /// The particles of separable verbs that are nothing else: `mee` (the preposition is `met`)
    /// says what the question is about (`hoe krijg ik bewoners mee?`: they should join in), so in a
    /// question an entry that holds it ranks higher, while it decides no match. `om`, `aan`, `op`
    /// and `toe` are prepositions too (`hoe ga ik om met wantrouwen`): they stay set aside.
    static let particles: Set<String> = ["mee"]

    /// Whether every word of `text` (one chunk of a query) is a question word or a stopword,
    /// and at least one is a question word.
    static func isQuestion(_ text: String, analyzer: DutchAnalyzer) -> Bool {
        let utf8 = Array(text.utf8)
        var found = false
        for token in analyzer.tokens(in: text, forQuery: true) where !token.isSurfaceForm && !token.isColocated {
            let word = TextFolding.fold(SearchQueryCompiler.source(utf8, token.byteRange))
            if words.contains(word) {
                found = true
            } else if !token.isStopword {
                return false
            }
        }
        return found
    }

    /// `leaves` (of the words chunk `text`) as stopwords when the chunk is a question word.
    static func demoting(_ leaves: [SearchQueryCompiler.Leaf], of text: String, analyzer: DutchAnalyzer)
        -> [SearchQueryCompiler.Leaf]
    {
        guard leaves.contains(where: { $0.kind == .content }), isQuestion(text, analyzer: analyzer) else {
            return leaves
        }
        let words = analyzer.tokens(in: text, forQuery: true).filter { !$0.isSurfaceForm && !$0.isColocated }
        let utf8 = Array(text.utf8)
        let isParticle =
            leaves.count == 1 && words.count == 1
            && particles.contains(TextFolding.fold(SearchQueryCompiler.source(utf8, words[0].byteRange)))
        return leaves.map { leaf in
            var leaf = leaf
            if leaf.kind == .content { leaf.kind = isParticle ? .rankingOnly : .stopword }
            return leaf
        }
    }
}
