import Foundation
import GRDB

extension Visit {
    /// The columns a visit is read from, on ``joins``.
    static let columns: SQL = """
        v.id, v.uuid, f.name AS from_name, t.name AS to_name, v.date, v.status, v.notes, v.created_at,
        v.updated_at, v.author
        """

    /// The tables ``columns`` reads: `visit v` with its municipalities `f` (from) and `t` (to).
    static let joins: SQL = """
        visit v JOIN municipality f ON f.id = v.from_municipality_id
        JOIN municipality t ON t.id = v.to_municipality_id
        """

    /// Reads a row of ``columns``, with the people and entries given.
    init(row: Row, people: [Person], entries: [EntrySummary]) throws {
        let table = "visit"
        guard let uuid = UUID(uuidString: try row.decoded("uuid", table: table) as String),
            let date = Day(iso: try row.decoded("date", table: table) as String),
            let status = VisitStatus(rawValue: try row.decoded("status", table: table))
        else { throw KennisbankError.damagedRow(table: table, id: row["id"]) }
        self.init(
            id: try row.decoded("id", table: table), uuid: uuid, from: try row.decoded("from_name", table: table),
            to: try row.decoded("to_name", table: table), date: date, status: status, notes: row["notes"],
            people: people, entries: entries,
            createdAt: Timestamp.date(try row.decoded("created_at", table: table)),
            updatedAt: Timestamp.date(try row.decoded("updated_at", table: table)), author: row["author"])
    }
}
