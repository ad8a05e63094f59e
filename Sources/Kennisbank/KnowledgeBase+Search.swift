import GRDB

extension KnowledgeBase {
    /// Weights of the indexed columns for BM25: title, body, topics, municipality name.
    static let columnWeights = "10.0, 1.0, 4.0, 2.0"
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
        let match = query.matchExpression(using: analyzer)
        let terms = query.positiveTerms(using: analyzer).filter { !$0.hasPrefix(DutchAnalyzer.surfaceFormMarker) }
        let limit = max(0, request.limit), offset = max(0, request.offset)
        let (hits, isRelaxed) = try read { db -> ([SearchHit], Bool) in
            let conditions = try EntryConditions(request.filter, in: db)
            guard let expression = match?.combined else {
                return (try listing(conditions, exclude: match?.exclude, limit: limit, offset: offset, in: db), false)
            }
            let hits = try ranked(expression, conditions, limit: limit, offset: offset, in: db)
            if hits.isEmpty, offset == 0, let relaxed = match?.relaxedCombined {
                return (try mostWords(relaxed, query: query, analyzer: analyzer, conditions, limit: limit, in: db), true)
            }
            return (hits, false)
        }
        guard !hits.isEmpty else { return SearchResults(hits: [], isRelaxed: false, searchedTerms: terms) }
        // Snippets are made for the hits returned only, outside the read, on a bounded window
        // of each (see SearchSnippets); a listing shows the opening of each body instead.
        guard let positive = isRelaxed ? match?.relaxed : match?.include else {
            return SearchResults(hits: hits, isRelaxed: false, searchedTerms: terms)
        }
        let snippets = try SearchSnippets(query: query, analyzer: analyzer).snippets(for: hits.map(\.entry), matching: positive)
        let withSnippets = zip(hits, snippets).map { hit, snippet in SearchHit(entry: hit.entry, snippet: snippet, score: hit.score) }
        return SearchResults(hits: withSnippets, isRelaxed: isRelaxed, searchedTerms: terms)
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

    /// The hits by BM25 with ``columnWeights``, best first (ties by id), without snippets.
    ///
    /// FTS5 ranks through its own `rank` column (`rank MATCH 'bm25(…)'`, `ORDER BY rank`): it
    /// sorts the matching row ids alone and hands them over in order, so the joins and the
    /// columns are computed only for the rows returned. (`ORDER BY bm25(…)` sorted every match
    /// with all its columns: 1.5 to 4 times slower on 10,000 entries.) FTS5's sort keeps row id
    /// order among equal scores.
    private func ranked(_ expression: String, _ conditions: EntryConditions, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        let filter = conditions.clauses.map { " AND " + $0 }.joined()
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(EntryStore.selection), '' AS snippet, entry_fts.rank AS rank
            FROM entry_fts
            JOIN entry e ON e.id = entry_fts.rowid
            LEFT JOIN municipality m ON m.id = e.municipality_id
            LEFT JOIN source s ON s.id = e.source_id
            WHERE entry_fts MATCH ? AND entry_fts.rank MATCH 'bm25(\(Self.columnWeights))'\(filter)
            ORDER BY entry_fts.rank
            LIMIT ? OFFSET ?
            """, arguments: [expression] + conditions.arguments + [limit, offset])
        return try hits(from: rows, in: db)
    }

    /// The ids and BM25 scores of the best `limit` matches, best first: ``ranked(_:_:limit:offset:in:)``
    /// without reading the entries.
    private func rankedIDs(_ expression: String, _ conditions: EntryConditions, limit: Int, in db: Database) throws -> [(id: Int64, rank: Double)] {
        let filter = conditions.clauses.map { " AND " + $0 }.joined()
        return try Row.fetchAll(db, sql: """
            SELECT e.id, entry_fts.rank AS rank
            FROM entry_fts
            JOIN entry e ON e.id = entry_fts.rowid
            LEFT JOIN municipality m ON m.id = e.municipality_id
            WHERE entry_fts MATCH ? AND entry_fts.rank MATCH 'bm25(\(Self.columnWeights))'\(filter)
            ORDER BY entry_fts.rank
            LIMIT ?
            """, arguments: [expression] + conditions.arguments + [limit]).map { ($0["id"], $0["rank"]) }
    }

    private func listing(_ conditions: EntryConditions, exclude: String?, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        var clauses = conditions.clauses
        var arguments = conditions.arguments
        if let exclude {
            clauses.append("e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
            arguments += [exclude]
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(EntryStore.selection), substr(e.body, 1, \(SearchSnippets.openingLength)) AS snippet, 0.0 AS rank
            FROM \(EntryStore.joins) \(whereClause)
            ORDER BY e.date IS NULL, e.date DESC, e.id
            LIMIT ? OFFSET ?
            """, arguments: arguments + [limit, offset])
        return try hits(from: rows, in: db)
    }

    /// Hits for the OR of all words, ranked by how many of the query's items they hold, then BM25.
    ///
    /// The candidates are ranked and counted by id; only the `limit` hits returned are read.
    private func mostWords(_ relaxed: String, query: SearchQuery, analyzer: DutchAnalyzer, _ conditions: EntryConditions, limit: Int, in db: Database) throws -> [SearchHit] {
        let candidates = try rankedIDs(relaxed, conditions, limit: Self.relaxedCandidateLimit, in: db)
        let ids = candidates.map(\.id)
        var matched: [Int64: Int] = [:]
        if candidates.count > 1 {
            for clause in query.clauses {
                guard case .required = clause, let item = SearchQuery(clauses: [clause]).matchExpression(using: analyzer)?.include else { continue }
                let request: SQLRequest<Int64> = "SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(item) AND rowid IN \(ids)"
                for id in try request.fetchAll(db) {
                    matched[id, default: 0] += 1
                }
            }
        }
        let best = candidates.enumerated()
            .sorted { (matched[$0.element.id] ?? 0, -$0.offset) > (matched[$1.element.id] ?? 0, -$1.offset) }
            .prefix(limit)
            .map(\.element)
        let rows = try Row.fetchAll(db, SQLRequest<Row>("SELECT \(sql: EntryStore.selection) FROM \(sql: EntryStore.joins) WHERE e.id IN \(best.map(\.id))"))
        let entries = Dictionary(uniqueKeysWithValues: zip(rows.map { $0["id"] as Int64 }, try EntryStore.entries(from: rows, in: db)))
        return best.compactMap { candidate in
            entries[candidate.id].map { SearchHit(entry: $0, snippet: "", score: -candidate.rank) }
        }
    }

    private func hits(from rows: [Row], in db: Database) throws -> [SearchHit] {
        let entries = try EntryStore.entries(from: rows, in: db)
        return zip(entries, rows).map { entry, row in
            SearchHit(entry: entry, snippet: row["snippet"] ?? "", score: -(row["rank"] as Double? ?? 0))
        }
    }
}
