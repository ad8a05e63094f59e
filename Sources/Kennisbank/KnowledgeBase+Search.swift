import GRDB
import KennisbankText

extension KnowledgeBase {
    /// Weights of the indexed columns for BM25: title, body, topics, municipality name.
    static let columnWeights = "10.0, 1.0, 4.0, 2.0"
    /// The ranking function FTS5 applies, with ``columnWeights``.
    static let rankFunction = "bm25(\(columnWeights))"
    /// How many candidates the "most of the words" fallback ranks.
    static let relaxedCandidateLimit = 500

    /// Searches the entries: Dutch words in any form, phrases, exclusions, OR and prefixes
    /// (see ``SearchQuery``), ranked by BM25 with the title above the body.
    ///
    /// Any text is a valid query. An empty one (or one of only punctuation) lists what the
    /// filters select. When no entry holds all words, the hits that hold most of them are
    /// returned with ``SearchResults/isRelaxed`` set.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        try search(request, analyzer: .standard)
    }

    /// ``search(_:)`` with the query parsed by `analyzer` (which must be the index's).
    func search(_ request: SearchRequest, analyzer: DutchAnalyzer) throws -> SearchResults {
        // Issue 15, spelling: a query that finds nothing is searched again corrected
        // (KnowledgeBase+Spelling.swift).
        try searchCorrectingSpelling(request, analyzer: analyzer).results
    }

    /// ``search(_:analyzer:)`` of the query exactly as typed, without spelling suggestions; with
    /// `countingFacets`, the facets of the entries it finds as well (``FacetCounts``), in the same
    /// read, whose count of the entries that pass the whole filter is the total.
    func searchAsTyped(_ request: SearchRequest, analyzer: DutchAnalyzer, countingFacets: Bool = false) throws
        -> (results: SearchResults, facets: FacetCounts?)
    {
        let query = SearchQuery(request.query)
        let compiled = query.compiled(using: analyzer)
        let match = compiled.match
        let terms = compiled.positiveTerms.filter { !$0.hasPrefix(DutchAnalyzer.surfaceFormMarker) }
        let limit = max(0, request.limit)
        let offset = max(0, request.offset)
        let (hits, isRelaxed, total, expansion, facets) = try read {
            db -> ([SearchHit], Bool, Int, SearchExpansionOutcome?, FacetCounts?) in
            let counts = { (matched: MatchedEntries) in
                countingFacets
                    ? try FacetCounts(matched, request.filter, columns: self.facetColumnsCache.columns(in: db), in: db)
                    : nil
            }
            guard match?.combined != nil else {
                let facets = try counts(MatchedEntries(expression: nil, exclude: match?.exclude))
                let hits = try listing(request.filter, exclude: match?.exclude, limit: limit, offset: offset, in: db)
                let total =
                    try pageTotal(hits, limit: limit, offset: offset) ?? facets?.total
                    ?? listingCount(request.filter, exclude: match?.exclude, in: db)
                return (hits, false, total, nil, facets)
            }
            // Issue 15: the words as typed in the text first, then synonyms and place names
            // (KnowledgeBase+SearchTiers.swift).
            let expansion = try SearchExpansionOutcome(query, compiled: compiled, analyzer: analyzer, in: db)
            let facets = try counts(MatchedEntries(expansion))
            let (hits, isRelaxed, total) = try tieredSearch(
                expansion, request.filter, limit: limit, offset: offset, total: facets?.total, in: db)
            guard isRelaxed else { return (hits, false, total, expansion, facets) }
            let relaxed = try counts(MatchedEntries(anyWordOf: compiled))
            return (hits, true, total, expansion, relaxed)
        }
        let results = { (hits: [SearchHit]) in
            SearchResults(
                query: request.query, hits: hits, isRelaxed: isRelaxed, total: total, searchedTerms: terms,
                expansions: expansion?.applied ?? [])
        }
        guard !hits.isEmpty else { return (results([]), facets) }
        // Snippets are made for the hits returned only, outside the read, on a bounded window
        // of each (see SearchSnippets); a listing shows the opening of each body instead.
        let marked = isRelaxed ? compiled : expansion?.expanded ?? compiled
        guard let positive = isRelaxed ? marked.match?.relaxed : marked.match?.include else {
            return (results(hits), facets)
        }
        let snippets = try SearchSnippets(compiled: marked, analyzer: analyzer).snippets(
            for: hits.map(\.entry), matching: positive)
        return (
            results(
                zip(hits, snippets).map { hit, snippet in
                    SearchHit(entry: hit.entry, snippet: snippet, score: hit.score)
                }), facets
        )
    }

    /// The terms the search index stores for `text`, in order (what `kb analyze` prints).
    public static func analyze(_ text: String) -> [String] {
        DutchAnalyzer.standard.terms(in: text)
    }

    /// The words of `text` (folded) that the index also stores as compound parts, with their
    /// parts in order, each word once: `gemeenteraad` → `gemeente`, `raad`.
    public static func compoundParts(_ text: String) -> [(word: String, parts: [String])] {
        DutchAnalyzer.standard.compoundParts(in: text)
    }

    /// Rebuilds the full-text index from the entries, checks it, and returns how many entries it
    /// holds; `progress` hears when each phase (rebuild, check) starts and ends.
    @discardableResult
    public func rebuildSearchIndex(progress: ProgressReporter? = nil) throws -> Int {
        try write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
            progress?(WorkProgress(.reindexing, done: 0, total: count))
            try SearchIndex.rebuild(in: db)
            progress?(WorkProgress(.reindexing, done: count, total: count))
            progress?(WorkProgress(.checking, done: 0, total: count))
            try SearchIndex.checkIntegrity(in: db)
            progress?(WorkProgress(.checking, done: count, total: count))
            return count
        }
    }

    // MARK: - Queries

    /// The ids and BM25 scores of the best matches of `expression`, best first (ties by id); with
    /// `whole` (the expression with every word whole, see ``FTSMatch/whole``), its matches first,
    /// by their own BM25, then the others.
    ///
    /// Both parts are ranked by FTS5 (see ``rankedIDs(_:_:only:limit:offset:in:)``), and the
    /// others are read only when the matches of `whole` do not fill the page.
    func rankedIDs(
        _ expression: String, whole: String?, _ filter: EntryFilter, limit: Int, offset: Int, in db: Database
    ) throws
        -> [(id: Entry.ID, rank: Double)]
    {
        guard let whole else { return try rankedIDs(expression, filter, limit: limit, offset: offset, in: db) }
        let first = try rankedIDs(whole, filter, limit: limit, offset: offset, in: db)
        guard first.count < limit else { return first }
        // The page has room: how many matches `whole` has, and where the others start.
        let firstTotal = try offset == 0 || !first.isEmpty ? offset + first.count : matchCount(whole, filter, in: db)
        let notWhole: SQL = "+entry_fts.rowid NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(whole))"
        return try first
            + rankedIDs(
                expression, filter, only: notWhole, limit: limit - first.count, offset: max(0, offset - firstTotal),
                in: db)
    }

    /// The ids and BM25 scores of the best matches among those `filter` and `condition` select,
    /// best first (ties by id).
    ///
    /// FTS5 ranks through its own `rank` column (`rank MATCH 'bm25(…)'`, `ORDER BY rank`): it
    /// sorts the matching row ids alone and hands them over in order, so that only the rows
    /// returned (and those the filter passes over) are joined with their entries. FTS5's sort
    /// keeps row id order among equal scores. (Ordering by anything else has SQLite join and sort
    /// every match: at 100,000 entries, a common word read its entries' pages by the ten thousand.)
    /// A `condition` on `entry_fts.rowid` is written `+entry_fts.rowid` so that SQLite does not
    /// hand it to FTS5 as a row id lookup, which would take the sort away from it.
    func rankedIDs(
        _ expression: String, _ filter: EntryFilter, only condition: SQL = "1", limit: Int, offset: Int,
        in db: Database
    ) throws
        -> [(id: Entry.ID, rank: Double)]
    {
        try Row.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT e.id, entry_fts.rank AS rank
                    FROM entry_fts
                    JOIN entry e ON e.id = entry_fts.rowid
                    LEFT JOIN municipality m ON m.id = e.municipality_id
                    WHERE entry_fts MATCH \(expression) AND entry_fts.rank MATCH \(Self.rankFunction)
                    AND \(condition) AND \(filter.condition)
                    ORDER BY entry_fts.rank
                    LIMIT \(limit) OFFSET \(offset)
                    """, cached: true)
        ).map { (try $0.decoded("id", table: "entry"), $0["rank"]) }
    }

    /// What the filters select, minus what `exclude` matches, newest first, with the opening of each body.
    private func listing(_ filter: EntryFilter, exclude: String?, limit: Int, offset: Int, in db: Database) throws
        -> [SearchHit]
    {
        let excluded: SQL =
            exclude.map { "e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \($0))" } ?? "1"
        let rows = try Row.fetchAll(
            db,
            literal: """
                SELECT \(Entry.columns), substr(e.body, 1, \(SearchSnippets.openingLength)) AS snippet
                FROM \(Entry.joins) WHERE \(filter.condition) AND \(excluded)
                ORDER BY e.date IS NULL, e.date DESC, e.id
                LIMIT \(limit) OFFSET \(offset)
                """)
        let entries = try EntryStore.withLinks(try rows.map(Entry.init(row:)), in: db)
        return zip(entries, rows).map { entry, row in SearchHit(entry: entry, snippet: row["snippet"] ?? "", score: 0) }
    }

    /// Hits for the OR of all words, ranked by how many of the query's required `items` they
    /// hold, then BM25, and how many candidates there were. The candidates are ranked and counted
    /// by id; only the hits returned are read.
    ///
    /// Which items a candidate holds is read with one pass over each item's matches, kept when
    /// among the candidates (`+rowid IN …`: the `+` keeps SQLite from handing the list to FTS5 as
    /// row id lookups). As lookups, FTS5 parsed the item and sought its terms in the index once
    /// per candidate: 500 × items seeks, at 100,000 entries two thirds of a search that fell back.
    func mostWords(_ relaxed: String, items: [String], _ filter: EntryFilter, limit: Int, in db: Database)
        throws
        -> (hits: [SearchHit], candidates: Int)
    {
        let candidates = try rankedIDs(relaxed, filter, limit: Self.relaxedCandidateLimit, offset: 0, in: db)
        var matched: [Entry.ID: Int] = [:]
        if candidates.count > 1 {
            let ids = candidates.map(\.id)
            for item in items {
                for id in try Entry.ID.fetchAll(
                    db, literal: "SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(item) AND +rowid IN \(ids)")
                {
                    matched[id, default: 0] += 1
                }
            }
        }
        let best = candidates.enumerated()
            .sorted { (matched[$0.element.id] ?? 0, -$0.offset) > (matched[$1.element.id] ?? 0, -$1.offset) }
            .prefix(limit)
            .map(\.element)
        return (try hits(best, in: db), candidates.count)
    }

    /// The total a page gives away: a first page with room to spare holds every hit. Nil when
    /// it must be counted.
    func pageTotal(_ hits: [SearchHit], limit: Int, offset: Int) -> Int? {
        offset == 0 && hits.count < limit ? hits.count : nil
    }

    /// How many entries `expression` matches among those `filter` and `condition` select.
    ///
    /// With a filter, the matches are read once, as a list of row ids the filtered entries are
    /// looked up in: joined row by row, SQLite would look every entry the filter selects up in the
    /// index, one seek per word of the expression (at 100,000 entries, a second for a common word
    /// among the tips).
    func matchCount(_ expression: String, _ filter: EntryFilter, only condition: SQL = "1", in db: Database) throws
        -> Int
    {
        let matches: SQL = "SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(expression) AND \(condition)"
        let request: SQL =
            filter.selectsEverything
            ? "SELECT count(*) FROM (\(matches))"
            : """
            SELECT count(*) FROM entry e LEFT JOIN municipality m ON m.id = e.municipality_id
            WHERE e.id IN (\(matches)) AND \(filter.condition)
            """
        return try Int.fetchOne(db, SQLRequest(literal: request, cached: true)) ?? 0
    }

    /// How many entries a listing selects.
    private func listingCount(_ filter: EntryFilter, exclude: String?, in db: Database) throws -> Int {
        let excluded: SQL =
            exclude.map { "e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \($0))" } ?? "1"
        return try Int.fetchOne(
            db, literal: "SELECT count(*) FROM \(Entry.joins) WHERE \(filter.condition) AND \(excluded)") ?? 0
    }

    /// The entries of `ranked`, in its order, as hits without snippets.
    func hits(_ ranked: [(id: Entry.ID, rank: Double)], in db: Database) throws -> [SearchHit] {
        guard !ranked.isEmpty else { return [] }
        let entries = try EntryStore.fetchAll(
            "SELECT \(Entry.columns) FROM \(Entry.joins) WHERE e.id IN \(ranked.map(\.id))", in: db)
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        return ranked.compactMap { hit in byID[hit.id].map { SearchHit(entry: $0, snippet: "", score: -hit.rank) } }
    }
}
