import Foundation
import GRDB

extension Account: FetchableRecord {
    /// The columns an account is read from: `account a` joined with its municipality `m`.
    static let columns: SQL = "a.id, a.name, a.role, m.name AS municipality, a.created_at"

    /// The tables of ``columns``.
    static let joins: SQL = "account a LEFT JOIN municipality m ON m.id = a.municipality_id"

    /// Reads a row of the account columns (with the municipality's name joined in).
    public init(row: Row) throws {
        let created: String = try row.decoded("created_at", table: "account")
        self.init(
            id: try row.decoded("id", table: "account"),
            name: try row.decoded("name", table: "account"),
            role: try AccountRole(rawValue: row.decoded("role", table: "account") as String)
                .orThrow(KennisbankError.damagedRow(table: "account", id: row["id"])),
            municipality: row["municipality"],
            createdAt: Timestamp.date(created))
    }
}

extension Optional {
    /// The value, or `error` thrown when there is none.
    fileprivate func orThrow(_ error: @autoclosure () -> any Error) throws -> Wrapped {
        guard let self else { throw error() }
        return self
    }
}
