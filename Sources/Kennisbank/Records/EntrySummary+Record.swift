import Foundation
import GRDB

extension EntrySummary: FetchableRecord {
    /// The columns a summary is read from, on ``joins``.
    static let columns: SQL = "e.id, e.uuid, e.kind, e.title, e.status, e.date, m.name AS municipality"

    /// `entry e` left-joined to `municipality m`.
    static let joins: SQL = "entry e LEFT JOIN municipality m ON m.id = e.municipality_id"

    /// Reads a row of `EntrySummary.columns`.
    public init(row: Row) throws {
        guard let uuid = UUID(uuidString: try row.decoded("uuid", table: "entry") as String) else {
            throw KennisbankError.damagedRow(table: "entry", id: row["id"])
        }
        self.init(
            id: try row.decoded("id", table: "entry"), uuid: uuid, kind: try row.decoded("kind", table: "entry"),
            title: try row.decoded("title", table: "entry"), municipality: row["municipality"],
            status: try row.decodedIfPresent("status", table: "entry"),
            date: try row.decodedIfPresent("date", table: "entry"))
    }
}
