import Foundation
import GRDB

/// The result of ``KnowledgeBase/check()``.
public struct IntegrityReport: Sendable, Equatable, Codable {
    /// What the checks found; empty when all is well.
    public var problems: [IntegrityProblem]
    /// The number of entries.
    public var entries: Int
    /// The number of municipalities.
    public var municipalities: Int

    /// A report of what the checks found in a file holding `entries` and `municipalities`.
    public init(problems: [IntegrityProblem], entries: Int, municipalities: Int) {
        self.problems = problems
        self.entries = entries
        self.municipalities = municipalities
    }

    /// True when every check passed.
    public var isHealthy: Bool { problems.isEmpty }
}

extension KnowledgeBase {
    /// Runs SQLite's integrity check, the foreign-key check, the checks of the history and the
    /// trash, and FTS5's check that the search index agrees with the entries.
    ///
    /// A damaged file is reported, not thrown: how much SQLite's integrity check found, with its
    /// first finding in SQLite's words; the counts are then those that could still be read (0
    /// otherwise).
    public func check() throws -> IntegrityReport {
        // SQLite reports problems one a line, after a heading.
        let integrity = try read {
            try String.fetchAll($0, sql: "PRAGMA integrity_check(\(IntegrityProblem.countLimit))")
        }
        .flatMap { $0.split(separator: "\n").map(String.init) }
        .filter { $0 != "*** in database main ***" }
        if integrity != ["ok"] {
            // Each count in its own transaction: on a damaged file one may fail (and fail its commit).
            return IntegrityReport(
                problems: [.damagedFile(count: integrity.count, example: integrity[0])],
                entries: (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry") }) ?? 0,
                municipalities: (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM municipality") }) ?? 0)
        }
        var report = try read { db in
            var problems: [IntegrityProblem] = []
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !orphans.isEmpty {
                problems.append(.danglingReferences(count: orphans.count))
            }
            problems += try Self.historyAndTrashProblems(in: db)
            return IntegrityReport(
                problems: problems,
                entries: try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0,
                municipalities: try Int.fetchOne(db, sql: "SELECT count(*) FROM municipality") ?? 0)
        }
        do {
            // FTS5 checks itself with an INSERT, which a read-only file refuses and which fails at
            // once with SQLITE_BUSY when another kb writes meanwhile: check a copy in memory (a
            // consistent snapshot, taken without blocking anyone).
            let copy = try DatabaseQueue(configuration: Self.configuration())
            try writer.backup(to: copy)
            do {
                try SearchIndex.checkIntegrity(copy)
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_CORRUPT_VTAB
            {
                let indexed = try copy.write { try SearchIndex.trashedEntriesIndexed(in: $0) }
                report.problems.append(indexed > 0 ? .trashedEntryIndexed(count: indexed) : .searchIndexDisagrees)
            }
        } catch {
            throw mapped(error)
        }
        return report
    }

    /// What is wrong in the history and the trash: versions of no entry, trashed entries whose
    /// id or UUID a stored entry holds, attached files of no entry.
    static func historyAndTrashProblems(in db: Database) throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        let orphans =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM entry_revision r
                    WHERE NOT EXISTS (SELECT 1 FROM entry WHERE id = r.entry_id)
                      AND NOT EXISTS (SELECT 1 FROM entry_trash WHERE id = r.entry_id)
                    """) ?? 0
        if orphans > 0 { problems.append(.orphanedHistory(count: orphans)) }
        let conflicts =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM entry_trash t
                    WHERE EXISTS (SELECT 1 FROM entry WHERE id = t.id) OR EXISTS (SELECT 1 FROM entry WHERE uuid = t.uuid)
                    """) ?? 0
        if conflicts > 0 { problems.append(.trashConflict(count: conflicts)) }
        let attachments = try AttachmentStore.orphanCount(in: db)
        if attachments > 0 { problems.append(.orphanedAttachments(count: attachments)) }
        return problems
    }

    /// Writes a consistent copy of the knowledge base to `path` (a new file), even while others
    /// write; `progress` hears when the copy starts and ends (one step: SQLite's `VACUUM INTO`).
    public func backup(to path: String, progress: ProgressReporter? = nil) throws {
        let state = try DatabaseFile.inspect(path)
        guard state == .missing else {
            throw KennisbankError.backupExists(path)
        }
        do {
            progress?(WorkProgress(.backingUp, done: 0, total: 1))
            try writer.vacuum(into: path)
            progress?(WorkProgress(.backingUp, done: 1, total: 1))
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw mapped(error)
        }
    }
}
