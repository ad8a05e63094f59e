import Foundation
import GRDB

extension ImportSession {
    /// Links entries to the obstacles they address, settles update times, and counts.
    func finish(dryRun: Bool, sources: [String]) throws -> ImportReport {
        var lastRow: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, entry_id, outcome, record_updated_at, previous_updated_at FROM temp.kb_import_entry
                    WHERE rowid > ? AND (outcome IN ('updated', 'skipped')
                        OR (outcome = 'added' AND entry_id IN (SELECT entry_id FROM temp.kb_import_link)))
                    ORDER BY rowid LIMIT 1000
                    """, arguments: [lastRow])
            guard let last = rows.last else { break }
            lastRow = last["rowid"]
            for row in rows {
                try settle(row)
            }
        }
        try recordHistory()
        var report = ImportReport(
            municipalitiesAdded: municipalitiesAdded, municipalitiesKnown: municipalitiesKnown, dryRun: dryRun,
            sources: sources)
        report.skippedRecords = skippedRecords
        // Counted in one pass: a GROUP BY sorts the import's rows first, and SQLite's sorter holds as
        // much in memory as the import's page cache (a 1,000,000-entry import's memory peaked there).
        let counts = try Row.fetchOne(
            db,
            literal: """
                SELECT count(*) FILTER (WHERE outcome = \(Outcome.added.rawValue)) AS added,
                    count(*) FILTER (WHERE outcome = \(Outcome.updated.rawValue)) AS updated,
                    count(*) FILTER (WHERE outcome IN (\(Outcome.skipped.rawValue), \(Outcome.kept.rawValue))) AS skipped
                FROM temp.kb_import_entry
                """)
        report.added = counts?["added"] ?? 0
        report.updated = counts?["updated"] ?? 0
        report.skipped += counts?["skipped"] ?? 0
        try db.execute(sql: "DROP TABLE temp.kb_import_link; DROP TABLE temp.kb_import_entry")
        return report
    }

    /// Records the version of every entry the import added or updated, by the import's author.
    private func recordHistory() throws {
        var lastRow: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, entry_id, outcome FROM temp.kb_import_entry
                    WHERE rowid > ? AND outcome IN ('added', 'updated') ORDER BY rowid LIMIT 1000
                    """, arguments: [lastRow])
            guard let last = rows.last else { break }
            lastRow = last["rowid"]
            try HistoryStore.recordAll(
                try rows.map { row in
                    (try row.decoded("entry_id", table: "entry"), row["outcome"] == "added" ? .add : .import)
                }, author: options.author, now: now, in: db)
        }
    }

    /// Links one entry and, when it changed, sets its update time.
    private func settle(_ row: Row) throws {
        let entryID: Entry.ID = try row.decoded("entry_id", table: "entry")
        var outcome = Outcome(rawValue: row["outcome"]) ?? .added
        let kind =
            try EntryKind.fetchOne(db.cachedStatement(sql: "SELECT kind FROM entry WHERE id = ?"), arguments: [entryID])
            ?? .tip
        var targets: [Entry.ID] = []
        for link in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT reference, source, line FROM temp.kb_import_link WHERE entry_id = ? ORDER BY position"),
            arguments: [entryID])
        {
            let location = RecordLocation(source: link["source"], line: link["line"])
            let reference: String = link["reference"]
            // A link to a record this import did not apply (and reported) is left out with it.
            if try String.fetchOne(
                db.cachedStatement(sql: "SELECT outcome FROM temp.kb_import_entry WHERE uuid = ?"),
                arguments: [reference.trimmingCharacters(in: .whitespaces).lowercased()]) == Outcome.held.rawValue,
                (try? EntryStore.resolve(reference, in: db)) == nil
            {
                continue
            }
            let obstacle = try checked(location, field: .addresses) {
                try EntryStore.resolve(reference, in: db)
            }
            if !targets.contains(obstacle) { targets.append(obstacle) }
            if outcome == .added {
                try checked(location, field: .addresses) {
                    try EntryStore.addAddress(obstacle, from: entryID, kind: kind, in: db)
                }
            }
        }
        if outcome != .added {
            let current = try Entry.ID.fetchAll(
                db.cachedStatement(sql: "SELECT obstacle_id FROM entry_obstacle WHERE entry_id = ?"),
                arguments: [entryID])
            if Set(current) != Set(targets) {
                let stored = try Row.fetchOne(
                    db, sql: "SELECT source, line FROM temp.kb_import_entry WHERE entry_id = ?", arguments: [entryID])
                let location = RecordLocation(source: stored?["source"] ?? "", line: stored?["line"])
                let changes = EntryChanges(
                    addAddresses: targets.filter { !current.contains($0) },
                    removeAddresses: current.filter { !targets.contains($0) })
                try HistoryStore.keepCurrent(entryID, in: db)
                try checked(location, field: .addresses) {
                    try EntryStore.update(entryID, with: changes, in: db, now: now)
                }
                outcome = .updated
                try db.execute(
                    sql: "UPDATE temp.kb_import_entry SET outcome = 'updated' WHERE entry_id = ?", arguments: [entryID])
            }
        }
        if outcome == .updated {
            // The file's update time when it is newer than the stored one (the entry changed
            // elsewhere), else now (the file was edited by hand).
            let recordTime: String? = row["record_updated_at"]
            let previous: String? = row["previous_updated_at"]
            let time = recordTime.map { $0 > (previous ?? "") ? $0 : Timestamp.string(now) } ?? Timestamp.string(now)
            try db.execute(
                sql: "UPDATE entry SET updated_at = max(created_at, ?) WHERE id = ?", arguments: [time, entryID])
        }
    }
}
