import GRDB

// Fetching with an `SQL` literal (GRDB's interpolation: `"… WHERE id IN \(ids)"`), the one way
// this library builds a dynamic query: every value is a bound argument.

extension FetchableRecord {
    /// The records `sql` selects.
    static func fetchAll(_ db: Database, literal sql: SQL) throws -> [Self] {
        try fetchAll(db, SQLRequest(literal: sql))
    }

    /// The first record `sql` selects, or nil.
    static func fetchOne(_ db: Database, literal sql: SQL) throws -> Self? {
        try fetchOne(db, SQLRequest(literal: sql))
    }
}

extension DatabaseValueConvertible {
    /// The values of the first column of the rows `sql` selects.
    static func fetchAll(_ db: Database, literal sql: SQL) throws -> [Self] {
        try fetchAll(db, SQLRequest(literal: sql))
    }

    /// The value of the first column of the first row `sql` selects, or nil.
    static func fetchOne(_ db: Database, literal sql: SQL) throws -> Self? {
        try fetchOne(db, SQLRequest(literal: sql))
    }
}

extension Row {
    /// The rows `sql` selects.
    static func fetchAll(_ db: Database, literal sql: SQL) throws -> [Row] {
        try fetchAll(db, SQLRequest(literal: sql))
    }

    /// The first row `sql` selects, or nil.
    static func fetchOne(_ db: Database, literal sql: SQL) throws -> Row? {
        try fetchOne(db, SQLRequest(literal: sql))
    }
}
