import GRDB
import KennisbankText

extension KnowledgeBase {
    /// How many entries `request`'s search finds with each kind, topic, municipality and
    /// province (see ``SearchFacets``): over the entries the search matches (``search(_:)``: the
    /// same query), each facet with every filter but its own. Options without hits are left out;
    /// each facet lists the most first, then by name.
    ///
    /// The request's `limit` and `offset` play no part: the counts are of every page.
    ///
    /// Which entries those are (the query as typed or corrected for spelling, all its words or
    /// most) is the search's own decision: this asks it for the first hit and its facets
    /// (``searchWithFacets(_:)``).
    public func searchFacets(_ request: SearchRequest) throws -> SearchFacets {
        var first = request
        first.limit = 1
        first.offset = 0
        return try searchWithFacets(first).facets
    }

    /// ``search(_:)`` and ``searchFacets(_:of:)`` of `request` in one: the query is expanded
    /// once, its matches are read once, in one read, and the facets' count of the matches that
    /// pass the whole filter is the search's total (which a full page would otherwise count
    /// again). What a search page shows beside its hits.
    public func searchWithFacets(_ request: SearchRequest) throws -> (results: SearchResults, facets: SearchFacets) {
        let (results, counts) = try searchCorrectingSpelling(request, analyzer: .standard, countingFacets: true)
        return (results, SearchFacets(query: request.query, isRelaxed: results.isRelaxed, counts: counts))
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
                ? MatchedEntries(anyWordOf: compiled)
                : try MatchedEntries(query, compiled: compiled, analyzer: analyzer, in: db)
            let counts = try FacetCounts(matched, request.filter, columns: facetColumnsCache.columns(in: db), in: db)
            return SearchFacets(query: request.query, isRelaxed: results.isRelaxed, counts: counts)
        }
    }

    /// Reads what the search facets count by (every entry's kind, municipality, status, date and
    /// topics) into memory now, where they stay until the entries change: a server does it before
    /// it answers, so that its first searches do not wait for it.
    public func prepareSearchFacets() throws {
        _ = try read { db in try facetColumnsCache.columns(in: db) }
    }
}
