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
    /// most) is the search's own decision: this asks it for the first hit, then counts as
    /// ``searchFacets(_:of:)``.
    public func searchFacets(_ request: SearchRequest) throws -> SearchFacets {
        var first = request
        first.limit = 1
        first.offset = 0
        return try searchFacets(request, of: search(first))
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
