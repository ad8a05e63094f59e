import Foundation
import GRDB

/// A knowledge base of Dutch municipalities' practice examples, obstacles and tips, kept in
/// one SQLite file (or in memory).
///
/// Opening one applies the schema migrations embedded in this binary; a new knowledge base
/// knows the 342 CBS municipalities. Every change is one transaction.
public struct KnowledgeBase: Sendable {
    /// The connection: one per process, in WAL mode for a file.
    let writer: any DatabaseWriter
    /// The database file, or nil in memory.
    public let path: String?
    /// Where a backup was written before this open migrated an existing database, if it did.
    public let migrationBackup: String?

    /// How to treat a database file that does not exist yet.
    public enum Creation: Sendable {
        /// Create the file (its folder must exist).
        case create
        /// Create the file and any missing folders (the default location).
        case createWithFolders
        /// Do not create anything: work on an empty in-memory knowledge base instead
        /// (for commands that only read).
        case inMemoryIfMissing
    }

    /// Opens (and if needed creates and migrates) the knowledge base at `path`.
    ///
    /// Refuses, without changing the file, a folder, a file that is not a SQLite database,
    /// a damaged file, and a database made by a newer `kb`.
    public init(path: String, creation: Creation = .create) throws {
        if creation == .createWithFolders {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw KennisbankError.cannotOpen(path: path, reason: "the folder \(folder) cannot be created")
                }
            }
        }
        let state = try DatabaseFile.inspect(path)
        if state == .missing, creation == .inMemoryIfMissing {
            self = try KnowledgeBase.inMemory()
            return
        }
        let writable = DatabaseFile.isWritable(path, state: state)
        if state == .missing, !writable {
            throw KennisbankError.readOnlyDatabase(path)
        }
        let migrator = SchemaMigrations.migrator()
        var needsMigration = true
        if state == .sqlite {
            needsMigration = try Self.checkExisting(path: path, migrator: migrator)
        }
        if !writable {
            // A read-only file can still be read, as long as it needs no migration.
            if needsMigration { throw KennisbankError.readOnlyDatabase(path) }
            var configuration = Self.configuration()
            configuration.readonly = true
            do {
                writer = try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                throw Self.openError(error, path: path)
            }
            self.path = path
            self.migrationBackup = nil
            return
        }
        // One connection per process: a CLI run needs no more, and unlike a pool it writes
        // nothing on open, so a failed or read-only command leaves the file as it was.
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration())
            if state != .sqlite {
                // WAL lets readers in other processes go on while one writes; it is stored in the file.
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        } catch {
            throw Self.openError(error, path: path)
        }
        if state == .sqlite, creation != .inMemoryIfMissing || needsMigration {
            // SQLite finds damage only on the pages it reads: a change could succeed on a damaged
            // file and damage it further. Before anything may change it, check every page.
            try Self.refuseDamaged(queue, path: path)
        }
        var backup: String?
        if needsMigration, state == .sqlite {
            backup = try Self.backupBeforeMigrating(queue, path: path)
        }
        do {
            try migrator.migrate(queue)
            if try queue.read(SearchIndex.isStale) {
                try queue.write(SearchIndex.rebuild)
            }
        } catch let error as KennisbankError {
            throw error
        } catch {
            throw Self.openError(error, path: path)
        }
        self.writer = queue
        self.path = path
        self.migrationBackup = backup
    }

    private init(writer: any DatabaseWriter) {
        self.writer = writer
        self.path = nil
        self.migrationBackup = nil
    }

    /// A new, empty knowledge base in memory (it knows the CBS municipalities).
    public static func inMemory() throws -> KnowledgeBase {
        let queue = try DatabaseQueue(configuration: configuration())
        try SchemaMigrations.migrator().migrate(queue)
        return KnowledgeBase(writer: queue)
    }

    /// A knowledge base in memory migrated by `migrator` (for tests of migrations).
    static func inMemory(migrator: DatabaseMigrator) throws -> KnowledgeBase {
        let queue = try DatabaseQueue(configuration: configuration())
        try migrator.migrate(queue)
        return KnowledgeBase(writer: queue)
    }

    /// The connection settings: foreign keys on, waits for other writers, immediate write transactions.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(15)
        configuration.label = "Kennisbank"
        configuration.prepareDatabase { db in
            try KnowledgeBase.prepare(db)
        }
        return configuration
    }

    /// Per-connection setup shared by every connection.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "PRAGMA trusted_schema = OFF")
        db.add(tokenizer: DutchTokenizer.self)
        try db.execute(sql: "PRAGMA synchronous = FULL")
    }

    /// Reads an existing file read-only: refuses a newer or damaged database; says whether migrations are pending.
    private static func checkExisting(path: String, migrator: DatabaseMigrator) throws -> Bool {
        var configuration = configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                let applied = try migrator.appliedIdentifiers(db)
                let known = Set(migrator.migrations)
                let unknown = applied.subtracting(known)
                if !unknown.isEmpty {
                    throw KennisbankError.newerDatabase(path: path, unknownMigrations: unknown.sorted())
                }
                // A kb killed after GRDB made its migrations table, before the first migration
                // committed, leaves that table alone: a Kennisbank still to be migrated.
                if applied.isEmpty, try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM sqlite_master WHERE name NOT IN ('grdb_migrations', 'sqlite_autoindex_grdb_migrations_1')
                    """) ?? 0 > 0 {
                    throw KennisbankError.invalidInput("\(path) is a SQLite database of another program, not a Kennisbank: give another --db path.")
                }
                return !known.isSubset(of: applied)
            }
        } catch let error as KennisbankError {
            throw error
        } catch {
            throw openError(error, path: path)
        }
    }

    /// Throws ``KennisbankError/damagedDatabase(path:detail:)`` unless SQLite's quick check
    /// (every page and every b-tree, not the index contents) passes.
    private static func refuseDamaged(_ queue: DatabaseQueue, path: String) throws {
        let result: [String]
        do {
            result = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check(1)") }
        } catch {
            throw openError(error, path: path)
        }
        if result != ["ok"] {
            throw KennisbankError.damagedDatabase(path: path, detail: "SQLite's quick check finds damaged pages; `kb check` says more")
        }
    }

    /// Copies the database beside itself before a migration changes it; returns the copy's path.
    ///
    /// The copy is written under a temporary name and renamed when complete, so that a
    /// `.backup` file is always whole, even when kb is killed while writing it; a name already
    /// taken (by a backup in the same second) gets a number.
    private static func backupBeforeMigrating(_ queue: DatabaseQueue, path: String) throws -> String {
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withYear, .withMonth, .withDay, .withTime])
        var backup = "\(path).\(stamp).backup"
        var number = 1
        while FileManager.default.fileExists(atPath: backup) {
            number += 1
            backup = "\(path).\(stamp)-\(number).backup"
        }
        let partial = "\(backup).\(UUID().uuidString.prefix(8)).partial"
        do {
            try queue.vacuum(into: partial)
            guard rename(partial, backup) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw KennisbankError.cannotOpen(path: path, reason: "a backup before migrating could not be written to \(backup)")
        }
        return backup
    }

    /// Turns a SQLite error on opening into a message for a person.
    static func openError(_ error: any Error, path: String) -> KennisbankError {
        guard let error = error as? DatabaseError else {
            return .cannotOpen(path: path, reason: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path)
        case .SQLITE_CORRUPT: return .damagedDatabase(path: path, detail: "SQLite reports it as malformed")
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnlyDatabase(path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: "SQLite cannot open the file; check the path and its permissions")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .cannotOpen(path: path, reason: "another program keeps it locked; try again in a moment")
        case .SQLITE_FULL: return .cannotOpen(path: path, reason: "the disk is full")
        default: return .cannotOpen(path: path, reason: "SQLite error \(error.resultCode.rawValue)")
        }
    }
}
