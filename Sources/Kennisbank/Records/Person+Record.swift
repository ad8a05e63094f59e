import Foundation
import GRDB

extension Person: FetchableRecord {
    /// The columns a person is read from: `person p` with ``joins``.
    static let columns: SQL = "p.uuid, p.name, m.name AS municipality, p.role, p.email, p.phone"

    /// The tables ``columns`` reads, aliased `p` and `m`.
    static let joins: SQL = "person p JOIN municipality m ON m.id = p.municipality_id"

    /// Reads a row of `Person.columns`.
    public init(row: Row) throws {
        let table = "person"
        guard let id = UUID(uuidString: try row.decoded("uuid", table: table) as String) else {
            throw KennisbankError.damagedRow(table: table, id: row["id"])
        }
        self.init(
            id: id, name: try row.decoded("name", table: table),
            municipality: try row.decoded("municipality", table: table), role: row["role"], email: row["email"],
            phone: row["phone"])
    }
}
