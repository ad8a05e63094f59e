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
    public func check() throws -> IntegrityReport {
        var report = try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            if integrity != ["ok"] {
                problems += integrity.map { "The file is damaged: \($0)" }
            }
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
            try SearchIndex.checkIntegrity(writer)
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
