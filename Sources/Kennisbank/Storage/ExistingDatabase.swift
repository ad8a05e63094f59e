import GRDB

/// Whose an existing SQLite file is, and which of this kb's migrations it lacks — read
/// without changing it, except that a hot journal a killed writer left beside a file kb may
/// write is rolled back first, as SQLite does for any reader that may write.
///
/// A knowledge base carries Kennisbank's `application_id` (``KnowledgeBase/applicationID``,
/// set by migration 0004). One made before that carries 0 and Kennisbank's tables. A file
/// with neither tables nor migrations is a new knowledge base (a kb may have been killed
/// right after creating it). Anything else — another `application_id`, or tables that are
/// not Kennisbank's — is another program's database, and is refused.
enum ExistingDatabase {
    /// The tables the first migration creates, by which a knowledge base made before the
    /// `application_id` is recognised.
    static let kennisbankTables: Set<String> = ["entry", "municipality", "topic"]

    /// The migration status of `file` (which must hold a SQLite database) for `migrator`.
    ///
    /// Throws ``KennisbankError/newerDatabase(path:unknownMigrations:)`` for a knowledge base
    /// with migrations this kb does not know, and refuses another program's database.
    static func status(of file: DatabaseFile, migrator: DatabaseMigrator) throws -> MigrationStatus {
        var configuration = KnowledgeBase.configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: file.readOnlyLocation, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try status(db, path: file.path, migrator: migrator) }
        } catch let error as KennisbankError {
            throw error
        } catch let error as DatabaseError
            where error.extendedResultCode == .SQLITE_READONLY_ROLLBACK && file.isWritable
        {
            return try statusAfterRollingBack(file, migrator: migrator)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && !file.folderIsWritable {
            // A WAL that holds changes can only be read with its shared-memory file beside it.
            throw KennisbankError.cannotOpen(path: file.path, problem: .walNeedsWritableFolder)
        } catch {
            throw KnowledgeBase.openError(error, path: file.path)
        }
    }

    /// ``status(of:migrator:)`` of a file with a hot journal beside it, which a read-only
    /// connection may not roll back.
    ///
    /// A kb killed in the middle of a commit made with a rollback journal — the one that takes
    /// a new file over to WAL, or any write to a file without WAL, such as a copy of a backup —
    /// leaves the journal with the pages as they were before that commit. A connection that may
    /// write rolls it back on its first read, and then finds the file as it was before the
    /// killed commit: a new file is empty again, so the open that follows creates it afresh.
    private static func statusAfterRollingBack(_ file: DatabaseFile, migrator: DatabaseMigrator) throws
        -> MigrationStatus
    {
        do {
            let queue = try DatabaseQueue(path: file.target, configuration: KnowledgeBase.configuration())
            defer { try? queue.close() }
            return try queue.inDatabase { db in try status(db, path: file.path, migrator: migrator) }
        } catch let error as KennisbankError {
            throw error
        } catch {
            throw KnowledgeBase.openError(error, path: file.path)
        }
    }

    /// ``status(of:migrator:)`` on an open connection.
    static func status(_ db: Database, path: String, migrator: DatabaseMigrator) throws -> MigrationStatus {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let applied = try migrator.appliedIdentifiers(db)
        let known = migrator.migrations
        let status = MigrationStatus(
            applied: known.filter { applied.contains($0) } + applied.subtracting(known).sorted(),
            pending: known.filter { !applied.contains($0) })
        switch applicationID {
        case KnowledgeBase.applicationID:
            break
        case 0:
            // SQLite's own objects and GRDB's migrations table aside.
            let tables = try Set(
                String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'grdb_migrations'
                        """))
            if tables.isEmpty, applied.isEmpty {
                return status
            }
            guard let first = known.first, applied.contains(first), kennisbankTables.isSubset(of: tables) else {
                throw foreign(path)
            }
        default:
            throw foreign(path)
        }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw KennisbankError.newerDatabase(path: path, unknownMigrations: unknown.sorted())
        }
        return status
    }

    /// The refusal of another program's database.
    static func foreign(_ path: String) -> KennisbankError {
        .otherProgramsDatabase(path)
    }
}
