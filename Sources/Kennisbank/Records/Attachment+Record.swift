import Foundation
import GRDB

extension Attachment: FetchableRecord {
    /// The columns an attachment is read from (never its bytes).
    static let columns: SQL = """
        id, entry_id, name, media_type, size, sha256, added_at, added_by, detached_at, detached_by
        """

    /// Reads a row of the attachment columns (its bytes are read apart).
    public init(row: Row) throws {
        let added: String = try row.decoded("added_at", table: "attachment")
        let detached: String? = try row.decodedIfPresent("detached_at", table: "attachment")
        self.init(
            id: try row.decoded("id", table: "attachment"), entry: try row.decoded("entry_id", table: "attachment"),
            name: try row.decoded("name", table: "attachment"),
            mediaType: try row.decoded("media_type", table: "attachment"),
            size: try row.decoded("size", table: "attachment"), sha256: try row.decoded("sha256", table: "attachment"),
            addedAt: Timestamp.date(added), addedBy: row["added_by"], detachedAt: detached.map(Timestamp.date),
            detachedBy: row["detached_by"])
    }
}
