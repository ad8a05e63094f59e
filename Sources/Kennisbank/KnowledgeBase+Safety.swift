import Foundation
import GRDB

/// The result of ``KnowledgeBase/check()``.
public struct IntegrityReport: Sendable, Equatable, Codable {
    /// What each check found, in plain words; empty when all is well.
    public var problems: [String]
    /// The number of entries.
    public var entries: Int
    /// The number of municipalities.
    public var municipalities: Int

    /// True when every check passed.
    public var isHealthy: Bool { problems.isEmpty }
}

extension KnowledgeBase {
    /// Runs SQLite's integrity check, the foreign-key check, and FTS5's check that the search
    /// index agrees with the entries.
    ///
    /// A damaged file is reported, not thrown: how much SQLite's integrity check found (with its
    /// first finding in SQLite's words) and what to do; the counts are then those that could
    /// still be read (0 otherwise).
    public func check() throws -> IntegrityReport {
        // SQLite reports problems one a line, after a heading.
        let integrity = try read { try String.fetchAll($0, sql: "PRAGMA integrity_check(20)") }
            .flatMap { $0.split(separator: "\n").map(String.init) }
            .filter { $0 != "*** in database main ***" }
        if integrity != ["ok"] {
            // Each count in its own transaction: on a damaged file one may fail (and fail its commit).
            let count = integrity.count >= 20 ? "20 or more problems" : integrity.count == 1 ? "a problem" : "\(integrity.count) problems"
            return IntegrityReport(
                problems: ["The file is damaged: SQLite's integrity check found \(count), such as “\(integrity[0])”.",
                           "Keep this file as it is and go on with a copy of a backup made with `kb backup`: kb cannot repair a damaged file."],
                entries: (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry") }) ?? 0,
                municipalities: (try? read { try Int.fetchOne($0, sql: "SELECT count(*) FROM municipality") }) ?? 0)
        }
        var report = try read { db in
            var problems: [String] = []
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !orphans.isEmpty {
                problems.append("\(orphans.count) rows point to rows that do not exist.")
            }
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
            try SearchIndex.checkIntegrity(copy)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_CORRUPT_VTAB {
            report.problems.append("The search index does not agree with the entries: run `kb reindex`.")
        } catch {
            throw mapped(error)
        }
        return report
    }

    /// Writes a consistent copy of the knowledge base to `path` (a new file), even while others write.
    public func backup(to path: String) throws {
        let state = try DatabaseFile.inspect(path)
        guard state == .missing else {
            throw KennisbankError.invalidInput("\(path) already exists: give the path of a new file for the backup.")
        }
        do {
            try writer.vacuum(into: path)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw mapped(error)
        }
    }
}
