import Foundation
import GRDB

/// The databases in memory that ``SearchSnippets`` makes snippets in, each with the FTS5 table
/// `hit_text` (the indexed columns, the `dutch` tokenizer as ``SnippetTokenizer``, which analyses
/// each text once), always empty between uses.
///
/// One per search running at that moment, kept for the next: a server answering several
/// searches at once makes their snippets side by side, not one after the other on a single
/// connection. Made on first use; as many as searches ever ran at once.
final class SnippetScratch: @unchecked Sendable {
    private let lock = NSLock()
    /// The databases not in use now.
    private var idle: [DatabaseQueue] = []

    /// Runs `work` on a database no other search uses meanwhile.
    func withDatabase<T>(_ work: (DatabaseQueue) throws -> T) throws -> T {
        let database = try take()
        defer { give(database) }
        return try work(database)
    }

    /// Runs `work` outside a transaction on a database no other search uses meanwhile.
    func writeWithoutTransaction<T>(_ work: (Database) throws -> T) throws -> T {
        try withDatabase { try $0.writeWithoutTransaction(work) }
    }

    private func take() throws -> DatabaseQueue {
        lock.lock()
        let idle = self.idle.popLast()
        lock.unlock()
        return try idle ?? Self.makeDatabase()
    }

    private func give(_ database: DatabaseQueue) {
        lock.lock()
        idle.append(database)
        lock.unlock()
    }

    private static func makeDatabase() throws -> DatabaseQueue {
        SQLiteLibrary.prepare()
        var configuration = Configuration()
        configuration.label = "Kennisbank snippets"
        configuration.prepareDatabase { db in db.add(tokenizer: SnippetTokenizer.self) }
        let queue = try DatabaseQueue(configuration: configuration)
        try queue.write { db in
            try db.execute(
                sql:
                    "CREATE VIRTUAL TABLE hit_text USING fts5(title, body, topics, municipality, tokenize = 'dutch_snippet')"
            )
        }
        return queue
    }
}
