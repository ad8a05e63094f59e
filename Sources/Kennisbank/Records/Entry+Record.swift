import Foundation
import GRDB

extension Entry: FetchableRecord {
    /// The columns an entry is read from: `entry e` with ``joins``.
    static let columns: SQL = """
        e.id, e.uuid, e.kind, e.title, e.body, e.status, e.date, e.created_at, e.updated_at,
        m.name AS municipality, m.code AS municipality_code, m.province, s.title AS source
        """

    /// The tables ``columns`` reads, aliased `e`, `m` and `s`.
    static let joins: SQL = """
        entry e LEFT JOIN municipality m ON m.id = e.municipality_id LEFT JOIN source s ON s.id = e.source_id
        """

    /// Reads a row of `Entry.columns`; its topics and addresses are filled in by `EntryStore`.
    public init(row: Row) throws {
        let table = "entry"
        guard let uuid = UUID(uuidString: try row.decoded("uuid", table: table) as String),
            let created = Timestamp.parse(try row.decoded("created_at", table: table)),
            let updated = Timestamp.parse(try row.decoded("updated_at", table: table))
        else { throw KennisbankError.damagedRow(table: table, id: row["id"]) }
        self.init(
            id: try row.decoded("id", table: table),
            uuid: uuid,
            kind: try row.decoded("kind", table: table),
            title: try row.decoded("title", table: table),
            body: try row.decoded("body", table: table),
            municipality: row["municipality"],
            municipalityCode: row["municipality_code"],
            province: try row.decodedIfPresent("province", table: table),
            topics: [],
            source: row["source"],
            date: try row.decodedIfPresent("date", table: table),
            status: try row.decodedIfPresent("status", table: table),
            addresses: [],
            createdAt: created,
            updatedAt: updated)
    }
}
