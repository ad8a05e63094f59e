import Foundation
import GRDB

/// Looks into a database file with plain SQL, independently of `kb`: SQLite's own checks and
/// the rows as stored. Opens the file read-only and never changes it (run it only when no `kb`
/// has a WAL left to recover: after a finished run, such as `kb check`).
struct DatabaseInspector {
    let queue: DatabaseQueue

    init(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Closes the connection.
    func close() throws { try queue.close() }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    func integrityCheck() throws -> [String] {
        try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    /// Rows that point to rows that do not exist.
    func foreignKeyViolations() throws -> Int {
        try queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check").count }
    }

    /// Entries without a row in the full-text index, and index rows without an entry: both
    /// empty when the index agrees with the table (FTS5 keeps one `docsize` row per document).
    func indexDisagreement() throws -> (unindexed: [Int64], orphaned: [Int64]) {
        try queue.read { db in
            (
                try Int64.fetchAll(db, sql: "SELECT id FROM entry EXCEPT SELECT id FROM entry_fts_docsize ORDER BY 1"),
                try Int64.fetchAll(db, sql: "SELECT id FROM entry_fts_docsize EXCEPT SELECT id FROM entry ORDER BY 1")
            )
        }
    }

    /// Every entry's title by id.
    func titles() throws -> [Int64: String] {
        try queue.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, title FROM entry").map {
                    ($0["id"], $0["title"])
                })
        }
    }

    /// The number of entries.
    func entryCount() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry") ?? 0 }
    }

    /// How many of `uuids` are stored.
    func count(uuids: [String]) throws -> Int {
        let list = String(decoding: try JSONEncoder().encode(uuids), as: UTF8.self)
        return try queue.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM entry WHERE uuid IN (SELECT value FROM json_each(?))", arguments: [list])
                ?? 0
        }
    }

    /// One value by SQL.
    func value<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = StatementArguments())
        throws -> T?
    {
        try queue.read { try T.fetchOne($0, sql: sql, arguments: arguments) }
    }

    /// Values by SQL.
    func values<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = StatementArguments())
        throws -> [T]
    {
        try queue.read { try T.fetchAll($0, sql: sql, arguments: arguments) }
    }

    /// The names of the schema's tables, indexes, views and triggers.
    func schemaNames() throws -> [String] {
        try values("SELECT name FROM sqlite_master ORDER BY name")
    }
}
