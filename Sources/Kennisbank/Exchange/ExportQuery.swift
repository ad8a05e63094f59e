import GRDB

/// What an export reads: the municipalities that must travel with the entries, and the
/// entries themselves in id order, a page at a time so that memory does not grow with them.
enum ExportQuery {
    /// Entries are read this many at a time.
    static let pageSize = 500

    /// The municipalities that a new knowledge base would not know from its bundled CBS registry,
    /// by code or by name (added by hand, samples, new ones from a newer CBS list), that the export
    /// must carry: all of them for a full export, else those of the selected entries. By name.
    static func municipalities(_ filter: EntryFilter, in db: Database) throws -> [Municipality] {
        let outsideRegistry = { (municipality: Municipality) in !MunicipalityRegistry.bundledKnows(municipality) }
        if filter == EntryFilter() {
            return try Row.fetchAll(db, sql: """
                SELECT m.id, m.name, m.code, m.province, m.attribution FROM municipality m
                ORDER BY m.name
                """).map(MunicipalityLookup.municipality(from:)).filter(outsideRegistry)
        }
        let conditions = try EntryConditions(filter, in: db)
        return try Row.fetchAll(db, sql: """
            SELECT DISTINCT m.id, m.name, m.code, m.province, m.attribution FROM \(EntryStore.joins)
            \(where_(conditions.clauses + ["m.id IS NOT NULL"]))
            ORDER BY m.name
            """, arguments: conditions.arguments).map(MunicipalityLookup.municipality(from:)).filter(outsideRegistry)
    }

    /// The largest entry id in the knowledge base (0 when it is empty).
    static func largestID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0
    }

    /// Calls `body` with each entry that `filter` selects, by id.
    static func forEachEntry(_ filter: EntryFilter, in db: Database, _ body: (Entry) throws -> Void) throws {
        let conditions = try EntryConditions(filter, in: db)
        var lastID: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(EntryStore.selection) FROM \(EntryStore.joins)
                    \(where_(conditions.clauses + ["e.id > ?"])) ORDER BY e.id LIMIT \(pageSize)
                    """,
                arguments: conditions.arguments + [lastID])
            guard let last = rows.last else { return }
            lastID = last["id"]
            for entry in try EntryStore.entries(from: rows, in: db) {
                try body(entry)
            }
        }
    }

    private static func where_(_ clauses: [String]) -> String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }
}
