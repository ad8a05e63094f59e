import GRDB
import KennisbankText

/// Keeps the full-text index `entry_fts` in step with the entries, inside the caller's transaction.
///
/// The index reads its text from the view `entry_search_text` (title, body, topic labels,
/// municipality name). FTS5 removes a row from an external-content index only when given the
/// text it indexed, so a change first removes the entry with its old text, then adds it anew.
enum SearchIndex {
    /// Removes entry `id` from the index, with the text it has now. Call before changing it.
    static func remove(_ id: Entry.ID, in db: Database) throws {
        guard let text = try indexedText(id, in: db) else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO entry_fts (entry_fts, rowid, title, body, topics, municipality) VALUES ('delete', ?, ?, ?, ?, ?)
                """
        ).execute(arguments: StatementArguments([id.databaseValue] + text))
    }

    /// Adds entry `id` to the index with the text it has now. Call after changing it.
    static func add(_ id: Entry.ID, in db: Database) throws {
        guard let text = try indexedText(id, in: db) else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO entry_fts (rowid, title, body, topics, municipality) VALUES (?, ?, ?, ?, ?)
                """
        ).execute(arguments: StatementArguments([id.databaseValue] + text))
    }

    /// The indexed columns of entry `id` (title, body, topics, municipality), or nil.
    ///
    /// ``add(_:in:)`` and ``remove(_:in:)`` read the text with this first and then write one row
    /// with `VALUES`, not with `INSERT … SELECT`: SQLite runs an `INSERT … SELECT` in a statement
    /// transaction, and FTS5 answers the savepoint by flushing its pending terms to a new segment,
    /// one per entry, which it then merges again and again. With `VALUES` the terms of a whole
    /// transaction are flushed together.
    private static func indexedText(_ id: Entry.ID, in db: Database) throws -> [DatabaseValue]? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT title, body, topics, municipality FROM entry_search_text WHERE id = ?"),
            arguments: [id]
        ).map { Array($0.databaseValues) }
    }

    /// Removes and re-adds every entry of municipality `municipalityID` (after a rename).
    ///
    /// The index holds the old name, which the view no longer gives: each entry is removed with an
    /// `INSERT … SELECT` that puts `oldName` in the view's place, so (unlike ``add(_:in:)``) FTS5
    /// flushes a segment per entry here. A rename is rare and touches one municipality's entries.
    static func reindexEntries(ofMunicipality municipalityID: Municipality.ID, oldName: String, in db: Database) throws
    {
        let ids = try Entry.ID.fetchAll(
            db, sql: "SELECT id FROM entry WHERE municipality_id = ?", arguments: [municipalityID])
        for id in ids {
            try db.execute(
                sql: """
                    INSERT INTO entry_fts (entry_fts, rowid, title, body, topics, municipality)
                    SELECT 'delete', id, title, body, topics, ? FROM entry_search_text WHERE id = ?
                    """, arguments: [oldName, id])
            try add(id, in: db)
        }
    }

    /// Rebuilds the whole index from the entries and records which analyzer built it.
    static func rebuild(in db: Database) throws {
        try db.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")
        try recordAnalyzer(in: db)
    }

    /// True when the index was built by another analyzer than this binary's and must be rebuilt.
    static func isStale(in db: Database) throws -> Bool {
        guard try db.tableExists("search_index_state") else { return false }
        return try String.fetchOne(db, sql: "SELECT analyzer FROM search_index_state WHERE id = 1")
            != DutchAnalyzer.standard.signature
    }

    /// The number of entries in the trash that the index still holds terms of (read from the
    /// index itself through an `fts5vocab` table: a full scan, for `kb check` when the index
    /// disagrees with the entries).
    static func trashedEntriesIndexed(in db: Database) throws -> Int {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_trash") ?? 0 > 0 else { return 0 }
        try db.execute(
            sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kb_index_instances USING fts5vocab(main, entry_fts, instance)"
        )
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.kb_index_instances") }
        return try Int.fetchOne(
            db,
            sql: "SELECT count(DISTINCT doc) FROM temp.kb_index_instances WHERE doc IN (SELECT id FROM entry_trash)")
            ?? 0
    }

    /// FTS5's own check that the index agrees with the entries; throws when it does not.
    /// (An FTS5 command is an INSERT: run it in a write or deferred transaction.)
    static func checkIntegrity(in db: Database) throws {
        try db.execute(sql: "INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    }

    /// ``checkIntegrity(in:)`` in a transaction that is rolled back: it changes nothing.
    static func checkIntegrity(_ writer: any DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.deferred) {
                try checkIntegrity(in: db)
                return .rollback
            }
        }
    }

    /// Records that this binary's analyzer built the index (after a rebuild).
    static func recordAnalyzer(in db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO search_index_state (id, analyzer) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET analyzer = excluded.analyzer",
            arguments: [DutchAnalyzer.standard.signature])
    }
}
