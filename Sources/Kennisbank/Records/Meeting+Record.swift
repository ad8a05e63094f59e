import GRDB

extension Meeting: FetchableRecord {
    /// Reads a row of `MeetingStore.columns`.
    public init(row: Row) throws {
        self.init(
            id: try row.decoded("id", table: "meeting"), date: try row.decoded("date", table: "meeting"),
            title: try row.decoded("title", table: "meeting"), host: row["host"], theme: row["theme"],
            attendees: row["attendees"] ?? 0, entries: row["entries"] ?? 0)
    }
}
