import GRDB

extension KnowledgeBase {
    /// Compares the obstacles of municipalities: a matrix of obstacle topics (rows) against
    /// municipalities (columns), with what they all share and what is unique to each.
    ///
    /// The filter is read as a comparison (see ``EntryFilter``): with no municipality, it
    /// compares every municipality (of the province, if given) that reported an obstacle the
    /// filter keeps. The work is done by GROUP BY queries.
    ///
    /// Throws ``KennisbankError/noObstacles(municipalities:province:topics:statuses:)`` when the
    /// selection holds no obstacles.
    public func compare(_ filter: EntryFilter = EntryFilter()) throws -> ObstacleComparison {
        try read { db in
            try ComparisonQuery.comparison(try ComparisonSelection(filter, in: db), in: db)
        }
    }

    /// The comparison of ``compare(_:)`` with, in the same read, who can help
    /// (``whoCanHelp(_:filter:limits:)``, when `help` is given and the filter names one
    /// municipality) and the `similar` most alike municipalities (``similarMunicipalities(_:limit:)``,
    /// when given): everything a comparison page shows, with one JSON form.
    ///
    /// Throws like ``compare(_:)``.
    public func compare(_ filter: EntryFilter, help: HelpLimits?, similar: Int?) throws -> ComparisonResults {
        try read { db in
            let selection = try ComparisonSelection(filter, in: db)
            let comparison = try ComparisonQuery.comparison(selection, in: db)
            var results = ComparisonResults(comparison: comparison)
            if let help, selection.named.count == 1 {
                results.help = try HelpFinder(db: db, selection: selection, limits: help).report()
            }
            if let similar {
                results.similar = try SimilarityQuery.similar(selection, limit: similar, in: db)
            }
            return results
        }
    }

    /// Who can help `municipality`: for each of its obstacles (those with one of the filter's
    /// topics and statuses, when given), the other municipalities that face the same — a shared
    /// topic or a clearly similar title — and those that can help, ranked by the strongest
    /// evidence first (see ``HelpReason``), each with the entries that show why; and the
    /// network's tips that help.
    ///
    /// The filter's province limits the other municipalities to that province (network tips
    /// still count); its municipalities are ignored. Throws like ``compare(_:)``, and when the
    /// municipality has no such obstacles.
    public func whoCanHelp(
        _ municipality: Municipality.ID, filter: EntryFilter = EntryFilter(), limits: HelpLimits = HelpLimits()
    ) throws -> HelpReport {
        var filter = filter
        filter.municipalities = [municipality]
        return try read { db in
            try HelpFinder(db: db, selection: try ComparisonSelection(filter, in: db), limits: limits).report()
        }
    }

    /// The municipalities most alike by their obstacles (see ``MunicipalitySimilarity``).
    ///
    /// For a filter that names one municipality: its `limit` nearest among all others (of the
    /// province, when given). Otherwise: the `limit` most alike pairs among the municipalities
    /// ``compare(_:)`` would compare. Pairs with no topic in common are left out.
    public func similarMunicipalities(_ filter: EntryFilter = EntryFilter(), limit: Int = 5) throws
        -> [MunicipalitySimilarity]
    {
        try read { db in
            try SimilarityQuery.similar(try ComparisonSelection(filter, in: db), limit: limit, in: db)
        }
    }
}
