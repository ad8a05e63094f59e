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
        let query = SearchQuery(request.query)
        let compiled = query.compiled(using: analyzer)
        let terms = compiled.positiveTerms.filter { !$0.hasPrefix(DutchAnalyzer.surfaceFormMarker) }
        let limit = max(0, request.limit), offset = max(0, request.offset)
        return try read { db in
            guard let expression = compiled.match?.combined else {
                let hits = try listing(request.filter, exclude: compiled.match?.exclude, limit: limit, offset: offset, in: db)
                return SearchResults(hits: hits, isRelaxed: false, searchedTerms: terms)
            }
            let hits = try ranked(expression, request.filter, limit: limit, offset: offset, in: db)
            if hits.isEmpty, offset == 0, let relaxed = compiled.match?.relaxedCombined {
                let most = try mostWords(relaxed, items: compiled.requiredItems, request.filter, limit: limit, in: db)
                return SearchResults(hits: most, isRelaxed: !most.isEmpty, searchedTerms: terms)
            }
            return SearchResults(hits: hits, isRelaxed: false, searchedTerms: terms)
        }
    }

    /// The terms the search index stores for `text`, in order (what `kb analyze` prints).
    public static func analyze(_ text: String) -> [String] {
        DutchAnalyzer.standard.terms(in: text)
    }

    /// Rebuilds the full-text index from the entries, checks it, and returns how many entries it holds.
    @discardableResult
    public func rebuildSearchIndex() throws -> Int {
        try write { db in
            try SearchIndex.rebuild(in: db)
            try SearchIndex.checkIntegrity(in: db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
        }
    }

    // MARK: - Queries

    /// The hits by BM25 with ``columnWeights``, best first (ties by id).
    ///
    /// FTS5 ranks through its own `rank` column (`rank MATCH 'bm25(…)'`, `ORDER BY rank`): it
    /// sorts the matching row ids alone and hands them over in order, so the joins, the columns
    /// and the snippet are computed only for the rows returned. FTS5's sort keeps row id order
    /// among equal scores.
    private func ranked(_ expression: String, _ filter: EntryFilter, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        try hits(
            """
            SELECT \(Entry.columns),
                   snippet(entry_fts, -1, char(57344), char(57345), '…', 24) AS snippet,
                   entry_fts.rank AS rank
            FROM entry_fts
            JOIN entry e ON e.id = entry_fts.rowid
            LEFT JOIN municipality m ON m.id = e.municipality_id
            LEFT JOIN source s ON s.id = e.source_id
            WHERE entry_fts MATCH \(expression) AND entry_fts.rank MATCH \(Self.rankFunction) AND \(filter.condition)
            ORDER BY entry_fts.rank
            LIMIT \(limit) OFFSET \(offset)
            """, in: db)
    }

    /// What the filters select, minus what `exclude` matches, newest first.
    private func listing(_ filter: EntryFilter, exclude: String?, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        let excluded: SQL = exclude.map { "e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \($0))" } ?? "1"
        return try hits(
            """
            SELECT \(Entry.columns), substr(e.body, 1, 200) AS snippet, 0.0 AS rank
            FROM \(Entry.joins) WHERE \(filter.condition) AND \(excluded)
            ORDER BY e.date IS NULL, e.date DESC, e.id
            LIMIT \(limit) OFFSET \(offset)
            """, in: db)
    }

    /// Hits for the OR of all words, ranked by how many of the query's `items` they hold, then BM25.
    private func mostWords(_ relaxed: String, items: [String], _ filter: EntryFilter, limit: Int, in db: Database) throws -> [SearchHit] {
        let candidates = try ranked(relaxed, filter, limit: Self.relaxedCandidateLimit, offset: 0, in: db)
        guard candidates.count > 1 else { return Array(candidates.prefix(limit)) }
        let ids = candidates.map(\.entry.id)
        var matched: [Entry.ID: Int] = [:]
        for item in items {
            for id in try Entry.ID.fetchAll(db, literal: "SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(item) AND rowid IN \(ids)") {
                matched[id, default: 0] += 1
            }
        }
        return Array(
            candidates.enumerated()
                .sorted { (matched[$0.element.entry.id] ?? 0, -$0.offset) > (matched[$1.element.entry.id] ?? 0, -$1.offset) }
                .map(\.element)
                .prefix(limit))
    }

    /// The hits `request` selects: ``Entry/columns`` with `snippet` and `rank`.
    private func hits(_ request: SQL, in db: Database) throws -> [SearchHit] {
        let rows = try Row.fetchAll(db, literal: request)
        let entries = try EntryStore.withLinks(try rows.map(Entry.init(row:)), in: db)
        return zip(entries, rows).map { entry, row in
            SearchHit(entry: entry, snippet: row["snippet"] ?? "", score: -(row["rank"] as Double? ?? 0))
        }
    }
}
