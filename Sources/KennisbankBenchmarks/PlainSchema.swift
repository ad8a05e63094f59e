/// The baseline's schema and queries: what a person would write by hand with the `sqlite3`
/// shell — one plain table, an external-content FTS5 index with `unicode61 remove_diacritics 2`
/// filled by triggers, `bm25()` with Kennisbank's column weights and `snippet()`.
enum PlainSchema {
    /// The schema, with Kennisbank's journal settings (WAL, synchronous FULL) so that both pay the same for durability.
    static let create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE entry (
            id           INTEGER PRIMARY KEY,
            uuid         TEXT NOT NULL UNIQUE,
            kind         TEXT NOT NULL CHECK (kind IN ('example', 'obstacle', 'tip')),
            title        TEXT NOT NULL,
            body         TEXT NOT NULL DEFAULT '',
            municipality TEXT,
            topics       TEXT NOT NULL DEFAULT '[]',
            source       TEXT,
            date         TEXT,
            status       TEXT,
            addresses    TEXT
        );
        CREATE INDEX entry_kind ON entry(kind);
        CREATE INDEX entry_municipality ON entry(municipality);
        CREATE INDEX entry_date ON entry(date);
        CREATE VIRTUAL TABLE entry_fts USING fts5(
            title, body, topics, municipality,
            content = 'entry', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER entry_ai AFTER INSERT ON entry BEGIN
            INSERT INTO entry_fts (rowid, title, body, topics, municipality)
            VALUES (new.id, new.title, new.body, new.topics, new.municipality);
        END;
        CREATE TRIGGER entry_ad AFTER DELETE ON entry BEGIN
            INSERT INTO entry_fts (entry_fts, rowid, title, body, topics, municipality)
            VALUES ('delete', old.id, old.title, old.body, old.topics, old.municipality);
        END;
        CREATE TRIGGER entry_au AFTER UPDATE ON entry BEGIN
            INSERT INTO entry_fts (entry_fts, rowid, title, body, topics, municipality)
            VALUES ('delete', old.id, old.title, old.body, old.topics, old.municipality);
            INSERT INTO entry_fts (rowid, title, body, topics, municipality)
            VALUES (new.id, new.title, new.body, new.topics, new.municipality);
        END;
        """

    /// The `sqlite3` shell script that imports the JSON Lines file `corpus`: each line read
    /// whole into a temporary table (`.import` in ASCII mode, with a unit separator that JSON
    /// text never holds), then one INSERT … SELECT with the JSON operators, in one transaction.
    static func importScript(corpus: String) -> String {
        """
        \(create)
        .mode ascii
        .separator "\\037" "\\n"
        CREATE TEMP TABLE raw_line (line TEXT);
        .import '\(corpus.replacingOccurrences(of: "'", with: "''"))' raw_line
        BEGIN;
        INSERT INTO entry (uuid, kind, title, body, municipality, topics, source, date, status, addresses)
        SELECT line ->> 'uuid', line ->> 'kind', line ->> 'title', coalesce(line ->> 'body', ''), line ->> 'municipality',
               coalesce(line -> 'topics', '[]'), line ->> 'source', line ->> 'date', line ->> 'status', line -> 'addresses'
        FROM raw_line;
        COMMIT;
        DROP TABLE raw_line;
        """
    }

    /// The search: the first `limit` hits by BM25 (title 10, body 1, topics 4, municipality 2,
    /// Kennisbank's weights), with a snippet, the whole row, and the query's filters; ordered by
    /// FTS5's own `rank`, as its documentation recommends. `?` placeholders: the query, then the
    /// filter values.
    static func searchSQL(_ query: BenchmarkQuery, limit: Int) -> String {
        let filters = query.plainConditions(alias: "e").map { " AND " + $0.sql }.joined()
        return """
            SELECT e.id, e.uuid, e.kind, e.title, e.body, e.municipality, e.topics, e.source, e.date, e.status,
                   snippet(entry_fts, -1, '[', ']', '…', 24) AS snippet, entry_fts.rank AS score
            FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
            WHERE entry_fts MATCH ? AND entry_fts.rank MATCH 'bm25(10.0, 1.0, 4.0, 2.0)'\(filters)
            ORDER BY entry_fts.rank
            LIMIT \(limit)
            """
    }

    /// The same query shape on Kennisbank's own schema (for the search breakdown): FTS5 `rank`
    /// with the library's weights, the entry's columns with its municipality and source, and
    /// `snippet()` when `snippet`. `?`: the analysed match expression, then the filter values.
    static func kennisbankSearchSQL(_ query: BenchmarkQuery, limit: Int, snippet: Bool) -> String {
        let filters = query.kennisbankConditions().map { " AND " + $0.sql }.joined()
        return """
            SELECT e.id, e.uuid, e.kind, e.title, e.body, e.status, e.date, e.created_at, e.updated_at,
                   m.name AS municipality, m.code, m.province, s.title AS source,
                   \(snippet ? "snippet(entry_fts, -1, char(57344), char(57345), '…', 24)" : "NULL") AS snippet, entry_fts.rank AS score
            FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
            LEFT JOIN municipality m ON m.id = e.municipality_id LEFT JOIN source s ON s.id = e.source_id
            WHERE entry_fts MATCH ? AND entry_fts.rank MATCH 'bm25(10.0, 1.0, 4.0, 2.0)'\(filters)
            ORDER BY entry_fts.rank
            LIMIT \(limit)
            """
    }

    /// ``searchSQL(_:limit:)`` without `snippet()` (for the search breakdown).
    static func searchSQLWithoutSnippet(_ query: BenchmarkQuery, limit: Int) -> String {
        searchSQL(query, limit: limit).replacingOccurrences(
            of: "snippet(entry_fts, -1, '[', ']', '…', 24)", with: "NULL")
    }

    /// ``searchSQL(_:limit:)`` with its values written in as SQL literals, for the shell.
    static func searchSQLWithLiterals(_ query: BenchmarkQuery, limit: Int) -> String {
        var parts = searchSQL(query, limit: limit).split(separator: "?", omittingEmptySubsequences: false).map(
            String.init)
        let values = [query.fts] + query.plainConditions(alias: "e").map(\.value)
        var sql = parts.removeFirst()
        for (index, part) in parts.enumerated() {
            sql += literal(values[index]) + part
        }
        return sql
    }

    /// The comparison: obstacles counted per municipality and topic, and the resolved among
    /// them (the cells of Kennisbank's matrix), topics from the JSON array.
    static func compareSQL(table: String) -> String {
        """
        SELECT e.municipality, t.value AS topic, count(*) AS obstacles, sum(e.status = 'resolved') AS resolved
        FROM \(table) e LEFT JOIN json_each(e.topics) t
        WHERE e.kind = 'obstacle'
        GROUP BY e.municipality, t.value
        ORDER BY e.municipality, t.value
        """
    }

    /// `text` as a SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
