import GRDB

extension Municipality: FetchableRecord {
    /// The columns a municipality is read from, on `municipality` (or an alias of it).
    static func columns(_ table: String = "municipality") -> SQL {
        let t = SQL(sql: table)
        return "\(t).id, \(t).name, \(t).code, \(t).province, \(t).attribution"
    }

    /// Reads a row of `Municipality.columns(_:)`.
    public init(row: Row) throws {
        self.init(
            id: try row.decoded("id", table: "municipality"),
            name: try row.decoded("name", table: "municipality"),
            code: row["code"],
            province: try row.decodedIfPresent("province", table: "municipality"),
            attribution: row["attribution"])
    }
}

extension Topic: FetchableRecord {
    /// Reads `id`, `label`, `key` and `entry_count` (0 when absent).
    public init(row: Row) throws {
        self.init(
            id: try row.decoded("id", table: "topic"),
            label: try row.decoded("label", table: "topic"),
            key: try row.decoded("key", table: "topic"),
            entryCount: row["entry_count"] ?? 0)
    }
}
