import GRDB
import KennisbankText

extension KnowledgeBase {
    /// How many entries `request`'s search finds with each kind, topic, municipality and
    /// province (see ``SearchFacets``): over the entries the search matches (``search(_:)``: the
    /// same query), each facet with every filter but its own. Options without hits are left out;
    /// each facet lists the most first, then by name.
    ///
    /// The request's `limit` and `offset` play no part: the counts are of every page.
    public func searchFacets(_ request: SearchRequest) throws -> SearchFacets {
        try searchFacets(request, analyzer: .standard)
    }

    /// ``searchFacets(_:)`` beside `results`, the search of the same request: the entries counted
    /// are those `results` were taken from (the query as typed or corrected, all words or most),
    /// so nothing is searched twice to find out which.
    public func searchFacets(_ request: SearchRequest, of results: SearchResults) throws -> SearchFacets {
        let analyzer = DutchAnalyzer.standard
        let query = SearchQuery(results.isCorrected ? results.suggestion ?? request.query : request.query)
        let compiled = query.compiled(using: analyzer)
        return try read { db in
            let matched =
                results.isRelaxed
                ? MatchedEntries(expression: compiled.match?.relaxedCombined, exclude: nil)
                : try MatchedEntries(query, compiled: compiled, analyzer: analyzer, in: db)
            return try facets(request, matched: matched, isRelaxed: results.isRelaxed, in: db)
        }
    }

    /// Reads what the search facets count by (every entry's kind, municipality, status, date and
    /// topics) into memory now, where they stay until the entries change: a server does it before
    /// it answers, so that its first searches do not wait for it.
    public func prepareSearchFacets() throws {
        _ = try read { db in try facetColumnsCache.columns(in: db) }
    }

    /// ``searchFacets(_:)`` with the query parsed by `analyzer` (which must be the index's).
    ///
    /// The entries counted are those the search lists: the words as typed and what they expand to
    /// (synonyms, places); when no entry holds all of them, the corrected query's when a spelling
    /// correction finds some (all its words, else any); else those holding any of the words as typed.
    func searchFacets(_ request: SearchRequest, analyzer: DutchAnalyzer) throws -> SearchFacets {
        let query = SearchQuery(request.query)
        let compiled = query.compiled(using: analyzer)
        return try read { db in
            var matched = try MatchedEntries(query, compiled: compiled, analyzer: analyzer, in: db)
            var isRelaxed = false
            var relaxed = compiled.match?.relaxedCombined.map { MatchedEntries(expression: $0, exclude: nil) }
            if matched.expression != nil, try !matched.exists(request.filter, in: db) {
                // As the search: the corrected query, all its words or else most of them, when it
                // finds any; else most of the words as typed.
                if let suggestion = try SpellingSuggester(analyzer: analyzer).suggestion(
                    for: request.query, cache: vocabularyCache, in: db)
                {
                    let query = SearchQuery(suggestion)
                    let compiled = query.compiled(using: analyzer)
                    let corrected = try MatchedEntries(query, compiled: compiled, analyzer: analyzer, in: db)
                    let correctedRelaxed = compiled.match?.relaxedCombined.map {
                        MatchedEntries(expression: $0, exclude: nil)
                    }
                    if try corrected.exists(request.filter, in: db) {
                        matched = corrected
                        relaxed = nil
                    } else if let correctedRelaxed, try correctedRelaxed.exists(request.filter, in: db) {
                        relaxed = correctedRelaxed
                    }
                }
                if let relaxed {
                    matched = relaxed
                    isRelaxed = true
                }
            }
            return try facets(request, matched: matched, isRelaxed: isRelaxed, in: db)
        }
    }

    /// The facets of the `matched` entries.
    private func facets(_ request: SearchRequest, matched: MatchedEntries, isRelaxed: Bool, in db: Database) throws
        -> SearchFacets
    {
        let counts = try FacetCounts(matched, request.filter, columns: facetColumnsCache.columns(in: db), in: db)
        return SearchFacets(
            query: request.query, isRelaxed: isRelaxed, kinds: counts.kinds, topics: counts.topics,
            municipalities: counts.municipalities, provinces: counts.provinces)
    }
}
