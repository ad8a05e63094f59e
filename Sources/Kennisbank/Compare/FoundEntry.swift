import GRDB

/// What an entry elsewhere is, for the ranking of who can help.
enum EntryClass: Int, CaseIterable {
    /// An obstacle not (yet) resolved: its municipality faces the same.
    case unresolvedObstacle
    /// A resolved obstacle: its municipality faces the same and can help.
    case resolvedObstacle
    /// A tip or practice example: its municipality can help.
    case advice

    /// The SQL expression that classifies `e`.
    static let sql: SQL = "CASE WHEN e.kind <> 'obstacle' THEN 2 WHEN e.status = 'resolved' THEN 1 ELSE 0 END"

    /// Reads the `class` column that ``sql`` computes.
    init(row: Row) throws {
        guard let value = Self(rawValue: try row.decoded("class", table: "entry")) else {
            throw KennisbankError.damagedRow(table: "entry", id: row["id"])
        }
        self = value
    }
}

/// An entry elsewhere — of another municipality or the whole network — with what the ranking needs.
struct FoundEntry: FetchableRecord {
    /// The entry, to show.
    var summary: EntrySummary
    /// Its municipality; nil for a tip of the whole network.
    var municipalityID: Municipality.ID?
    /// What it is, for the ranking.
    var entryClass: EntryClass

    /// The columns a found entry is read from, on ``EntrySummary/joins``: ``EntrySummary/columns``
    /// with its municipality's id and class.
    static let columns: SQL = "\(EntrySummary.columns), e.municipality_id AS mid, \(EntryClass.sql) AS class"

    /// Reads a row of ``columns``.
    init(row: Row) throws {
        summary = try EntrySummary(row: row)
        municipalityID = row["mid"]
        entryClass = try EntryClass(row: row)
    }
}

extension FoundEntry {
    /// The entries with these ids, by id, read in batches of 500 ids.
    static func fetchByID(_ ids: some Collection<Entry.ID>, in db: Database) throws -> [Entry.ID: FoundEntry] {
        let sorted = ids.sorted()
        var result: [Entry.ID: FoundEntry] = [:]
        for start in stride(from: 0, to: sorted.count, by: 500) {
            for found in try fetchAll(
                db,
                literal:
                    "SELECT \(columns) FROM \(EntrySummary.joins) WHERE e.id IN \(sorted[start..<min(start + 500, sorted.count)])"
            ) {
                result[found.summary.id] = found
            }
        }
        return result
    }
}
