import GRDB

/// The page cache an import gives its connection while it runs.
///
/// An import is one transaction (all or nothing): every page it changes stays in SQLite's page
/// cache or, when the cache is full, is written to the write-ahead log, and every page read after
/// that is looked up in the log's index and read back from the log file. With SQLite's default
/// cache (2 MiB) an import of 10,000 entries and more does that for almost every page of the
/// search index it reads (the duplicate check reads it once per entry) and of the `uuid` index it
/// writes (random UUIDs touch pages all over it). ``kibibytes`` keeps them in memory, within the
/// import's budget of 100 MB of resident memory however large the file.
enum ImportPageCache {
    /// The size of the page cache during an import, in KiB.
    static let kibibytes = 24_576

    /// Runs `work` with the page cache of `db` at ``kibibytes``, then sets it back.
    static func during<T>(_ db: Database, _ work: () throws -> T) throws -> T {
        let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        // PRAGMA takes no bound parameters: both values are integers.
        try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(previous)") }
        return try work()
    }
}
