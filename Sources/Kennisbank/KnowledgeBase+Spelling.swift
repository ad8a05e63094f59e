import GRDB
import KennisbankText

extension KnowledgeBase {
    /// A search, corrected when the query as typed matched nothing and some of its words are
    /// not in the index: the corrected query (see ``SpellingSuggester``) is searched instead,
    /// and the results say so (``SearchResults/suggestion``, ``SearchResults/isCorrected``).
    ///
    /// A query with an `OF`/`OR` group can find entries through one alternative while another
    /// is misspelled: its results keep the hits of the query as typed and carry the corrected
    /// query as a suggestion only. The corrected query replaces the query as typed only when it
    /// finds something. A query that finds entries holding all its words is never looked at, so
    /// a search that finds what was typed costs nothing more.
    ///
    /// With `countingFacets`, the facets of the search whose results are returned come with them.
    func searchCorrectingSpelling(_ request: SearchRequest, analyzer: DutchAnalyzer, countingFacets: Bool = false)
        throws -> (results: SearchResults, facets: FacetCounts?)
    {
        let query = SearchQuery(request.query)
        let typed = try searchAsTyped(request, analyzer: analyzer, countingFacets: countingFacets)
        var results = typed.results
        let facets = typed.facets
        results.searchedWords = query.searchedWords(using: analyzer)
        let hasAlternatives = query.clauses.contains {
            if case .anyOf = $0 { return true }
            return false
        }
        let foundNothing = results.isRelaxed || results.total == 0
        guard foundNothing || hasAlternatives else { return (results, facets) }
        let suggester = SpellingSuggester(analyzer: analyzer)
        guard
            let suggestion = try read({ db in
                try suggester.suggestion(for: request.query, cache: vocabularyCache, in: db)
            })
        else { return (results, facets) }
        if foundNothing {
            var correctedRequest = request
            correctedRequest.query = suggestion
            let correctedOutcome = try searchAsTyped(
                correctedRequest, analyzer: analyzer, countingFacets: countingFacets)
            var corrected = correctedOutcome.results
            if corrected.total > 0 {
                corrected.query = request.query
                corrected.suggestion = suggestion
                corrected.isCorrected = true
                corrected.searchedWords = SearchQuery(suggestion).searchedWords(using: analyzer)
                return (corrected, correctedOutcome.facets)
            }
            // The correction finds nothing either: it is no use as a suggestion.
            return (results, facets)
        }
        results.suggestion = suggestion
        return (results, facets)
    }

    /// The corrections a search would apply to the words of `text` that the index does not hold
    /// (what `kb analyze` shows): for each such word with a near enough word in the index, that
    /// word. Empty when every word is in the index.
    public func spellingCorrections(in text: String) throws -> [SpellingCorrection] {
        let suggester = SpellingSuggester(analyzer: .standard)
        return try read { db in try suggester.corrections(for: text, cache: vocabularyCache, in: db) }
    }
}
