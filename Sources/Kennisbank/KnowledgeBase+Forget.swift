import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Forgetting a person (AVG/GDPR)

    /// Erases the person `reference` names — known, or removed with ``removePerson(_:by:)`` —
    /// everywhere: the person, their versions, their place among every entry's contacts, every
    /// version of an entry in the history and the trash that names them (rewritten without
    /// them), and the search index (rebuilt). The one deliberate exception to “nothing is lost”.
    ///
    /// The deletes run with `secure_delete` on; then the file is rebuilt (VACUUM) and its WAL
    /// checkpointed and truncated, so that no byte of the name, e-mail address or phone number
    /// remains in the file or its WAL (``clearFreeSpace(waiting:)``). When another process keeps
    /// the file busy for longer than `waiting` seconds, the rows are gone all the same and the
    /// report says ``ForgetReport/FreeSpace/busy``.
    ///
    /// Prose is not rewritten: the report lists the entries whose text mentions the person, and
    /// the backups beside the file, which still hold them.
    public func forgetPerson(_ reference: String, waiting: TimeInterval = 15) throws
        -> ForgetReport
    {
        var report = try write { db -> ForgetReport in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            do {
                let id = try PersonLookup.id(of: reference, in: db)
                return try PersonErasure.erase(try PersonStore.fetch(id, in: db), id: id, wasRemoved: false, in: db)
            } catch let error as KennisbankError {
                guard case .people(.unknownPerson) = error else { throw error }
                // A removed person is forgotten too; one nobody knows is the lookup's error.
                let matches = try PersonTrash.matching(reference, in: db)
                guard let match = matches.first else { throw error }
                if matches.count > 1 {
                    throw KennisbankError.people(
                        .ambiguousPerson(reference, candidates: matches.map(\.removed.person.qualifiedName).sorted()))
                }
                return try PersonErasure.erase(match.removed.person, id: nil, wasRemoved: true, in: db)
            }
        }
        report.backups = backupsBeside()
        report.freeSpace = try clearFreeSpace(waiting: waiting) ? (path == nil ? .noFile : .cleared) : .busy
        return report
    }

    /// The person `reference` names among the known people and, when none is, among the
    /// removed ones: whom ``forgetPerson(_:waiting:)`` would erase.
    public func personToForget(_ reference: String) throws -> Person {
        try read { db in
            do {
                return try PersonStore.fetch(try PersonLookup.id(of: reference, in: db), in: db)
            } catch let error as KennisbankError {
                guard case .people(.unknownPerson) = error else { throw error }
                let matches = try PersonTrash.matching(reference, in: db)
                guard let match = matches.first else { throw error }
                if matches.count > 1 {
                    throw KennisbankError.people(
                        .ambiguousPerson(reference, candidates: matches.map(\.removed.person.qualifiedName).sorted()))
                }
                return match.removed.person
            }
        }
    }

    /// Rebuilds the database file (VACUUM) and checkpoints and truncates its WAL, so that no
    /// deleted byte remains in either; waits at most `waiting` seconds for other processes.
    /// Returns false when another process kept the file busy (nothing is lost: run it again).
    @discardableResult
    public func clearFreeSpace(waiting: TimeInterval = 15) throws -> Bool {
        guard let path else { return true }
        do {
            let pass = try entrance?.enter(waiting: waiting)
            defer { pass?.leave() }
            var configuration = Self.configuration()
            configuration.busyMode = .timeout(waiting)
            let queue = try DatabaseQueue(path: try DatabaseFile(path).target, configuration: configuration)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                try db.execute(sql: "VACUUM")
                try db.checkpoint(.truncate)
            }
            return true
        } catch KennisbankError.cannotOpen(_, .busy) {
            return false
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        {
            return false
        } catch {
            throw mapped(error)
        }
    }

    /// The backups kb wrote beside the database file before migrating it (`<file>.<time>.backup`).
    func backupsBeside() -> [String] {
        guard let path, let target = try? DatabaseFile(path).target else { return [] }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return files.filter { $0.hasPrefix(name + ".") && $0.hasSuffix(".backup") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }
}
