import GRDB

// How the domain's values are stored: kinds, statuses and provinces as their raw text, days as
// `YYYY-MM-DD`. A stored value that does not read back is a damaged row (see `Row.decoded`).

extension EntryKind: DatabaseValueConvertible {}

extension ObstacleStatus: DatabaseValueConvertible {}

extension Province: DatabaseValueConvertible {}

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { Day(iso: $0) }
    }
}

extension Row {
    /// The value of `column`, which must be present and readable as `T`; otherwise the row is
    /// damaged, and ``KennisbankError/damagedRow(table:id:)`` says which.
    func decoded<T: DatabaseValueConvertible>(_ column: String, table: String) throws -> T {
        guard let value = T.fromDatabaseValue(self[column] as DatabaseValue) else {
            throw KennisbankError.damagedRow(table: table, id: self["id"])
        }
        return value
    }

    /// The value of `column` as `T`, or nil when it is NULL; a value that is not NULL and
    /// does not read as `T` means a damaged row.
    func decodedIfPresent<T: DatabaseValueConvertible>(_ column: String, table: String) throws -> T? {
        let value: DatabaseValue = self[column]
        if value.isNull { return nil }
        guard let decoded = T.fromDatabaseValue(value) else {
            throw KennisbankError.damagedRow(table: table, id: self["id"])
        }
        return decoded
    }
}
