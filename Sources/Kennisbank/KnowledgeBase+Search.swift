import GRDB
import KennisbankText

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
        return try read { db in
            let conditions = try EntryConditions(request.filter, in: db)
            guard let expression = match?.combined else {
                let hits = try listing(conditions, exclude: match?.exclude, limit: limit, offset: offset, in: db)
                return SearchResults(hits: hits, isRelaxed: false, searchedTerms: terms)
            }
            let hits = try ranked(expression, conditions, limit: limit, offset: offset, in: db)
            if hits.isEmpty, offset == 0, let relaxed = match?.relaxedCombined {
                let most = try mostWords(relaxed, query: query, analyzer: analyzer, conditions, limit: limit, in: db)
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
    /// and the snippet are computed only for the rows returned. (`ORDER BY bm25(…)` sorted every
    /// match with all its columns: 1.5 to 4 times slower on 10,000 entries.) FTS5's sort keeps
    /// row id order among equal scores.
    private func ranked(_ expression: String, _ conditions: EntryConditions, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        let filter = conditions.clauses.map { " AND " + $0 }.joined()
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(EntryStore.selection),
                   snippet(entry_fts, -1, char(57344), char(57345), '…', 24) AS snippet,
                   entry_fts.rank AS rank
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

    private func listing(_ conditions: EntryConditions, exclude: String?, limit: Int, offset: Int, in db: Database) throws -> [SearchHit] {
        var clauses = conditions.clauses
        var arguments = conditions.arguments
        if let exclude {
            clauses.append("e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
            arguments += [exclude]
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(EntryStore.selection), substr(e.body, 1, 200) AS snippet, 0.0 AS rank
            FROM \(EntryStore.joins) \(whereClause)
            ORDER BY e.date IS NULL, e.date DESC, e.id
            LIMIT ? OFFSET ?
            """, arguments: arguments + [limit, offset])
        return try hits(from: rows, in: db)
    }

    /// Hits for the OR of all words, ranked by how many of the query's items they hold, then BM25.
    private func mostWords(_ relaxed: String, query: SearchQuery, analyzer: DutchAnalyzer, _ conditions: EntryConditions, limit: Int, in db: Database) throws -> [SearchHit] {
        let candidates = try ranked(relaxed, conditions, limit: Self.relaxedCandidateLimit, offset: 0, in: db)
        guard candidates.count > 1 else { return Array(candidates.prefix(limit)) }
        let ids = candidates.map { String($0.entry.id) }.joined(separator: ",")
        var matched: [Int64: Int] = [:]
        for clause in query.clauses {
            guard case .required = clause, let item = SearchQuery(clauses: [clause]).matchExpression(using: analyzer)?.include else { continue }
            for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? AND rowid IN (\(ids))", arguments: [item]) {
                matched[id, default: 0] += 1
            }
        }
        return Array(candidates.enumerated()
            .sorted { (matched[$0.element.entry.id] ?? 0, -$0.offset) > (matched[$1.element.entry.id] ?? 0, -$1.offset) }
            .map(\.element)
            .prefix(limit))
    }

    private func hits(from rows: [Row], in db: Database) throws -> [SearchHit] {
        let entries = try EntryStore.entries(from: rows, in: db)
        return zip(entries, rows).map { entry, row in
            SearchHit(entry: entry, snippet: row["snippet"] ?? "", score: -(row["rank"] as Double? ?? 0))
        }
    }
}
