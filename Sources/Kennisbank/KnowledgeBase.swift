import Foundation
import GRDB

/// A knowledge base of Dutch municipalities' practice examples, obstacles and tips, kept in
/// one SQLite file (or in memory).
///
/// Opening one applies the schema migrations embedded in this binary; a new knowledge base
/// knows the 342 CBS municipalities. Every change is one transaction.
public struct KnowledgeBase: Sendable {
    /// The connection: one per process, in WAL mode for a file — or, opened with
    /// `concurrentReads`, a pool of one writer and several readers.
    let writer: any DatabaseWriter
    /// The database file, or nil in memory.
    public let path: String?
    /// Where a backup was written before this open migrated an existing database, if it did.
    public let migrationBackup: String?

    /// Where kb's writers line up for the write lock (nil in memory and for a read-only file).
    let entrance: WriteEntrance?

    /// The index's vocabulary for spelling suggestions, kept until the index changes (issue 15).
    private(set) var vocabularyCache = SearchVocabularyCache()
    /// Every entry's kind, municipality, status, date and topics for the search facets, kept
    /// until the index changes (``FacetColumnsCache``).
    private(set) var facetColumnsCache = FacetColumnsCache()

    /// Kennisbank's SQLite `application_id`: ASCII “KNBK” (0x4B4E424B), in bytes 68-71 of the
    /// file's header, where tools such as `file(1)` look. A new knowledge base gets it from
    /// migration 0004; a file that carries another is another program's, and is refused.
    public static let applicationID: Int32 = 0x4B4E_424B

    /// How long a write waits for the kb processes ahead of it, and SQLite's busy timeout.
    static let busyTimeout: TimeInterval = 15

    /// How long opening a file waits for another kb that is migrating or creating it.
    static let migrationWait: TimeInterval = 120

    /// How to treat a database file that does not exist yet.
    public enum Creation: Sendable {
        /// Create the file (its folder must exist).
        case create
        /// Create the file and any missing folders (the default location).
        case createWithFolders
        /// Do not create anything: work on an empty in-memory knowledge base instead
        /// (for commands that only read).
        case inMemoryIfMissing
        /// Do not create anything: a missing file is ``KennisbankError/noKnowledgeBase(_:)``
        /// (for commands that only read, pointed at a file someone named).
        case mustExist
    }

    /// Opens (and if needed creates and migrates) the knowledge base at `path`.
    ///
    /// Refuses, without changing the file, a folder, a special file (a device, a FIFO), a file
    /// that is not a SQLite database, another program's database, a damaged file, and a
    /// database made by a newer `kb`. A symbolic link is followed to the file it points to.
    ///
    /// Which migrations are pending is decided inside the `WriteEntrance`: of several kb
    /// processes opening a file that needs migrating, one backs it up and migrates it, and the
    /// others wait for it, then find nothing left to do.
    ///
    /// With `concurrentReads` (a server answering many requests at once), a writable file is
    /// opened, checked and migrated exactly as without, then served by a `DatabasePool`: reads
    /// run in parallel on several connections while one writes (WAL), and writes still line up
    /// in the `WriteEntrance` with every kb process. A read-only file keeps its one connection
    /// (a pool would need to write the WAL index).
    public init(path: String, creation: Creation = .create, concurrentReads: Bool = false) throws {
        if creation == .createWithFolders {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw KennisbankError.cannotOpen(path: path, problem: .folderCannotBeCreated(folder))
                }
            }
        }
        var file = try DatabaseFile(path)
        if file.state == .missing, creation == .inMemoryIfMissing {
            self = try KnowledgeBase.inMemory()
            return
        }
        if file.state == .missing, creation == .mustExist {
            throw KennisbankError.noKnowledgeBase(path)
        }
        let migrator = SchemaMigrations.migrator()
        guard file.isWritable else {
            // A read-only file can still be read, as long as it needs no migration.
            guard file.state == .sqlite, try ExistingDatabase.status(of: file, migrator: migrator).pending.isEmpty
            else {
                throw KennisbankError.readOnlyDatabase(path)
            }
            var configuration = Self.configuration()
            configuration.readonly = true
            do {
                writer = try DatabaseQueue(path: file.readOnlyLocation, configuration: configuration)
            } catch {
                throw Self.openError(error, path: path)
            }
            self.path = path
            self.migrationBackup = nil
            self.entrance = nil
            return
        }
        let entrance = WriteEntrance(lockPath: file.lockPath, databasePath: path)
        var pending =
            file.state == .sqlite
            ? try ExistingDatabase.status(of: file, migrator: migrator).pending : migrator.migrations
        var pass: WriteEntrancePass?
        defer { pass?.leave() }
        if !pending.isEmpty {
            // Another kb may be creating or migrating the file right now: decide again inside.
            pass = try entrance.enter(waiting: Self.migrationWait)
            file = try DatabaseFile(path)
            pending =
                file.state == .sqlite
                ? try ExistingDatabase.status(of: file, migrator: migrator).pending : migrator.migrations
        }
        // One connection per process: a CLI run needs no more, and unlike a pool it writes
        // nothing on open, so a failed or read-only command leaves the file as it was.
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: file.target, configuration: Self.configuration())
            if file.state != .sqlite {
                // WAL lets readers in other processes go on while one writes; it is stored in the file.
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        } catch {
            throw Self.openError(error, path: path)
        }
        if file.state == .sqlite, creation == .create || creation == .createWithFolders || !pending.isEmpty {
            // SQLite finds damage only on the pages it reads: a change could succeed on a damaged
            // file and damage it further. Before anything may change it, check every page.
            try Self.refuseDamaged(queue, path: path)
        }
        var backup: String?
        do {
            if !pending.isEmpty {
                if file.state == .sqlite {
                    backup = try Self.backupBeforeMigrating(queue, file: file)
                }
                try migrator.migrate(queue)
            }
            if try queue.read(SearchIndex.isStale) {
                if pass == nil { pass = try entrance.enter(waiting: Self.migrationWait) }
                if try queue.read(SearchIndex.isStale) {
                    try queue.write(SearchIndex.rebuild)
                }
            }
        } catch let error as KennisbankError {
            throw error
        } catch {
            throw Self.openError(error, path: path)
        }
        if concurrentReads {
            // Everything above ran on the one connection; the file is now WAL and migrated, so
            // the pool writes nothing on open.
            do {
                try queue.close()
                self.writer = try DatabasePool(path: file.target, configuration: Self.poolConfiguration())
            } catch {
                throw Self.openError(error, path: path)
            }
        } else {
            self.writer = queue
        }
        self.path = path
        self.migrationBackup = backup
        self.entrance = entrance
    }

    private init(writer: any DatabaseWriter) {
        self.writer = writer
        self.path = nil
        self.migrationBackup = nil
        self.entrance = nil
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
        SQLiteLibrary.prepare()
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "Kennisbank"
        configuration.prepareDatabase { db in
            try KnowledgeBase.prepare(db)
        }
        return configuration
    }

    /// The settings of a pool (``init(path:creation:concurrentReads:)``): ``configuration()``, and
    /// the file mapped into memory (`PRAGMA mmap_size`, up to ``mappedSize`` bytes), so that the
    /// connections of a server read the pages the system already caches instead of copying each
    /// into their own cache: under 16 connections at once, `kb-server` spent 14 % of its time in
    /// the kernel's copies of `pread`, and served 18 % more searches with the file mapped.
    static func poolConfiguration() -> Configuration {
        var configuration = configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = \(mappedSize)")
        }
        return configuration
    }

    /// How much of the file a pool maps (SQLite's default ceiling, 2 GB; beyond it, pages are read).
    static let mappedSize = 0x7FFF_0000

    /// Per-connection setup shared by every connection.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "PRAGMA trusted_schema = OFF")
        db.add(tokenizer: DutchTokenizer.self)
        try db.execute(sql: "PRAGMA synchronous = FULL")
        try SearchVocabulary.createTable(in: db)  // issue 15: spelling suggestions
    }

    /// Throws ``KennisbankError/damagedDatabase(path:damage:)`` unless SQLite's quick check
    /// (every page and every b-tree, not the index contents) passes.
    private static func refuseDamaged(_ queue: DatabaseQueue, path: String) throws {
        let result: [String]
        do {
            result = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check(1)") }
        } catch {
            throw openError(error, path: path)
        }
        if result != ["ok"] {
            throw KennisbankError.damagedDatabase(path: path, damage: .quickCheckFailed)
        }
    }

    /// Copies the database beside itself before a migration changes it; returns the copy's path.
    ///
    /// The copy is written under a temporary name and renamed when complete, so that a
    /// `.backup` file is always whole, even when kb is killed while writing it; a name already
    /// taken (by a backup in the same second) gets a number. Beside the file a link points to.
    private static func backupBeforeMigrating(_ queue: DatabaseQueue, file: DatabaseFile) throws -> String {
        let stamp = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!,
            formatOptions: [.withYear, .withMonth, .withDay, .withTime])
        var backup = "\(file.target).\(stamp).backup"
        var number = 1
        while FileManager.default.fileExists(atPath: backup) {
            number += 1
            backup = "\(file.target).\(stamp)-\(number).backup"
        }
        let partial = "\(backup).\(UUID().uuidString.prefix(8)).partial"
        do {
            try queue.vacuum(into: partial)
            guard rename(partial, backup) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw KennisbankError.cannotOpen(path: file.path, problem: .backupFailed(backup))
        }
        return backup
    }

    /// Turns a SQLite error on opening into a ``KennisbankError`` (never SQLite's own message).
    static func openError(_ error: any Error, path: String) -> KennisbankError {
        guard let error = error as? DatabaseError else {
            return .cannotOpen(path: path, problem: .unexpected(String(describing: error)))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path)
        case .SQLITE_CORRUPT: return .damagedDatabase(path: path, damage: .malformed)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnlyDatabase(path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, problem: .sqliteCannotOpen)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .cannotOpen(path: path, problem: .locked)
        case .SQLITE_FULL: return .cannotOpen(path: path, problem: .diskFull)
        default: return .cannotOpen(path: path, problem: .sqliteError(error.resultCode.rawValue))
        }
    }
}
