import GRDB

/// The identity of a row in this knowledge base: an entry's, a municipality's or a topic's.
///
/// A row id names a record in one file only; the UUID of an entry is what travels between
/// files. The phantom `Record` keeps the kinds apart: an `Entry.ID` is never a `Topic.ID`.
/// In JSON a row id is a plain integer.
public struct RowID<Record>: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The SQLite row id.
    public let rawValue: Int64

    /// The identity of row `rawValue`.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// The identity of row `rawValue`.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Decodes a plain integer.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes a plain integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The row id in decimal, as `kb list` shows it.
    public var description: String { String(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension RowID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        Int64.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
    }
}
