import GRDB
import KennisbankText

extension KnowledgeBase {
    /// How many entries `request`'s search finds with each kind, topic, municipality and
    /// province (see ``SearchFacets``): one grouped query per facet, over the entries the search
    /// matches (``search(_:)``: the same query, every filter but the facet's own). Options
    /// without hits are left out; each facet lists the most first, then by name.
    ///
    /// The request's `limit` and `offset` play no part: the counts are of every page.
    public func searchFacets(_ request: SearchRequest) throws -> SearchFacets {
        try searchFacets(request, analyzer: .standard)
    }

    /// ``searchFacets(_:)`` with the query parsed by `analyzer` (which must be the index's).
    ///
    /// The entries counted are those the search lists: the words as typed and what they expand to
    /// (synonyms, places); when no entry holds all of them, the corrected query's when a spelling
    /// correction finds some; else those holding any of the words as typed.
    func searchFacets(_ request: SearchRequest, analyzer: DutchAnalyzer) throws -> SearchFacets {
        let query = SearchQuery(request.query)
        let compiled = query.compiled(using: analyzer)
        return try read { db in
            var matched = try MatchedEntries(query, compiled: compiled, analyzer: analyzer, in: db)
            var isRelaxed = false
            if matched.expression != nil, try !matched.exists(request.filter, in: db) {
                let suggestion = try SpellingSuggester(analyzer: analyzer).suggestion(
                    for: request.query, cache: vocabularyCache, in: db)
                let corrected = try suggestion.map { suggestion in
                    let query = SearchQuery(suggestion)
                    return try MatchedEntries(
                        query, compiled: query.compiled(using: analyzer), analyzer: analyzer, in: db)
                }
                if let corrected, try corrected.exists(request.filter, in: db) {
                    matched = corrected
                } else if let relaxed = compiled.match?.relaxedCombined {
                    matched = MatchedEntries(expression: relaxed, exclude: nil)
                    isRelaxed = true
                }
            }
            var filter = request.filter
            filter.kinds = []
            let kinds = try matched.options(
                "e.kind AS value, e.kind AS name", join: "", group: "e.kind", filter, in: db)
            filter = request.filter
            filter.topics = []
            let topics = try matched.options(
                "t.label AS value, t.label AS name",
                join: "JOIN entry_topic et ON et.entry_id = e.id JOIN topic t ON t.id = et.topic_id",
                group: "t.id", filter, in: db)
            filter = request.filter
            filter.municipalities = []
            let municipalities = try matched.options(
                "coalesce(m.code, m.name) AS value, m.name AS name", join: "", group: "m.id", filter,
                extra: "e.municipality_id IS NOT NULL", in: db)
            filter = request.filter
            filter.province = nil
            let provinces = try matched.options(
                "m.province AS value, m.province AS name", join: "", group: "m.province", filter,
                extra: "m.province IS NOT NULL", in: db)
            return SearchFacets(
                query: request.query, isRelaxed: isRelaxed, kinds: kinds, topics: topics,
                municipalities: municipalities, provinces: provinces)
        }
    }
}

/// The entries a search matches, as the search reads them: those the full-text `expression`
/// matches, or, without one, every entry but those `exclude` matches.
private struct MatchedEntries {
    var expression: String?
    var exclude: String?

    init(expression: String?, exclude: String?) {
        self.expression = expression
        self.exclude = exclude
    }

    /// The entries the search of `query` (compiled as `compiled`) finds: the words as typed and
    /// their expansions, in every column (``SearchExpansionOutcome/fullMatch``).
    init(_ query: SearchQuery, compiled: SearchQueryCompiler.Output, analyzer: DutchAnalyzer, in db: Database) throws {
        guard compiled.match?.combined != nil else {
            self.init(expression: nil, exclude: compiled.match?.exclude)
            return
        }
        let outcome = try SearchExpansionOutcome(query, compiled: compiled, analyzer: analyzer, in: db)
        self.init(expression: outcome.fullMatch, exclude: compiled.match?.exclude)
    }

    /// `FROM … WHERE …` of the matched entries `e` (left-joined to their municipality `m`, and
    /// to what `join` adds) that `filter` selects and `extra` holds for.
    func source(_ filter: EntryFilter, join: SQL = "", extra: SQL = "1") -> SQL {
        if let expression {
            return """
                FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
                LEFT JOIN municipality m ON m.id = e.municipality_id \(join)
                WHERE entry_fts MATCH \(expression) AND \(filter.condition) AND \(extra)
                """
        }
        let excluded: SQL =
            exclude.map { "e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \($0))" } ?? "1"
        return """
            FROM entry e LEFT JOIN municipality m ON m.id = e.municipality_id \(join)
            WHERE \(filter.condition) AND \(excluded) AND \(extra)
            """
    }

    /// Whether any matched entry is one `filter` selects.
    func exists(_ filter: EntryFilter, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, literal: "SELECT EXISTS (SELECT 1 \(source(filter)))") ?? false
    }

    /// One facet: `columns` (its `value` and `name`) and how many matched entries `filter`
    /// selects per `group`, most first.
    func options(
        _ columns: SQL, join: SQL, group: SQL, _ filter: EntryFilter, extra: SQL = "1", in db: Database
    ) throws -> [FacetOption] {
        try Row.fetchAll(
            db,
            literal: """
                SELECT \(columns), count(*) AS count \(source(filter, join: join, extra: extra))
                GROUP BY \(group) ORDER BY count DESC, name
                """
        ).map(FacetOption.init(row:))
    }
}
