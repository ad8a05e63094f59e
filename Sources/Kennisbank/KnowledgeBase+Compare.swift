import GRDB

extension KnowledgeBase {
    /// Compares the obstacles of municipalities: a matrix of obstacle topics (rows) against
    /// municipalities (columns), with what they all share and what is unique to each.
    ///
    /// With no municipality named, it compares every municipality (of ``ComparisonFilter/province``,
    /// if given) that reported an obstacle the filter keeps. The work is done by GROUP BY queries.
    ///
    /// Throws the municipality lookup's errors for an unknown or ambiguous name, an unknown
    /// province or topic error, and ``KennisbankError/invalidInput(_:)`` when the selection
    /// holds no obstacles.
    public func compare(_ filter: ComparisonFilter = ComparisonFilter()) throws -> ObstacleComparison {
        try read { db in
            try ComparisonQuery.comparison(try ComparisonSelection(filter, in: db), in: db)
        }
    }

    /// Who can help `municipality`: for each of its obstacles (those with one of `topics` and one
    /// of `statuses`, when given), the other municipalities that face the same — a shared topic or
    /// a clearly similar title — and those that can help, ranked by the weights of ``HelpReason``,
    /// each with the entries that show why; and the network's tips that help.
    ///
    /// `province` limits the other municipalities to that province (network tips still count).
    /// Throws like ``compare(_:)``, and when the municipality has no such obstacles.
    public func whoCanHelp(
        _ municipality: String, topics: [String] = [], statuses: [ObstacleStatus] = [], province: String? = nil,
        limits: HelpLimits = HelpLimits()
    ) throws -> HelpReport {
        try read { db in
            let selection = try ComparisonSelection(
                ComparisonFilter(municipalities: [municipality], province: province, topics: topics, statuses: statuses), in: db)
            return try HelpFinder(db: db, selection: selection, limits: limits).report()
        }
    }

    /// The municipalities most alike by their obstacles (see ``MunicipalitySimilarity``).
    ///
    /// For a filter that names one municipality: its `limit` nearest among all others (of the
    /// province, when given). Otherwise: the `limit` most alike pairs among the municipalities
    /// ``compare(_:)`` would compare. Pairs with no topic in common are left out.
    public func similarMunicipalities(_ filter: ComparisonFilter = ComparisonFilter(), limit: Int = 5) throws -> [MunicipalitySimilarity] {
        try read { db in
            try SimilarityQuery.similar(try ComparisonSelection(filter, in: db), limit: limit, in: db)
        }
    }
}
