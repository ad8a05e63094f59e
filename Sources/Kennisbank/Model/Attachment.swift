import Foundation

/// A file kept with an entry (a budget sheet, council minutes, a photo), stored inside the
/// knowledge base's own file: what `kb attachments` lists. The bytes are not part of this value
/// (see ``KnowledgeBase/attachment(_:of:)``).
///
/// Its JSON: `{"name": "begroting.xlsx", "type": "application/vnd.openxmlformats-…", "size": 18234,
/// "sha256": "9f86d0…", "added_at": "2026-11-30T15:50:00.000Z", "added_by": "anna"}`, and, for a
/// detached one, `"detached_at"` and `"detached_by"` (both `null` while it is attached).
public struct Attachment: Sendable, Hashable, Codable {
    /// The row id of the attachment.
    public typealias ID = RowID<Attachment>

    /// The largest file kept: 25 MiB, 25 × 1024 × 1024 = 26,214,400 bytes.
    public static let maximumSize = 25 * 1024 * 1024

    /// The row id (not in JSON: attachments are named by their entry and file name).
    public var id: ID
    /// The entry it belongs to.
    public var entry: Entry.ID
    /// The file name as given: a base name only, never a path (see ``AttachmentName``).
    public var name: String
    /// Its media type, from the name's extension (`application/pdf`), else `application/octet-stream`.
    public var mediaType: String
    /// Its size in bytes.
    public var size: Int
    /// The SHA-256 of its bytes, in lower-case hex.
    public var sha256: String
    /// When it was attached.
    public var addedAt: Date
    /// Who attached it, when known.
    public var addedBy: String?
    /// When it was detached (`kb detach`), nil while it is attached.
    public var detachedAt: Date?
    /// Who detached it, when known.
    public var detachedBy: String?

    /// Creates an attachment value.
    public init(
        id: ID, entry: Entry.ID, name: String, mediaType: String, size: Int, sha256: String, addedAt: Date,
        addedBy: String?, detachedAt: Date? = nil, detachedBy: String? = nil
    ) {
        self.id = id
        self.entry = entry
        self.name = name
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.addedAt = addedAt
        self.addedBy = addedBy
        self.detachedAt = detachedAt
        self.detachedBy = detachedBy
    }

    enum CodingKeys: String, CodingKey {
        case name, size, sha256
        case mediaType = "type"
        case addedAt = "added_at"
        case addedBy = "added_by"
        case detachedAt = "detached_at"
        case detachedBy = "detached_by"
    }

    /// Decodes the JSON this type encodes (the row ids are 0: they name nothing outside a file).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: ID(0), entry: Entry.ID(0), name: try container.decode(String.self, forKey: .name),
            mediaType: try container.decode(String.self, forKey: .mediaType),
            size: try container.decode(Int.self, forKey: .size),
            sha256: try container.decode(String.self, forKey: .sha256),
            addedAt: Timestamp.date(try container.decodeIfPresent(String.self, forKey: .addedAt) ?? ""),
            addedBy: try container.decodeIfPresent(String.self, forKey: .addedBy),
            detachedAt: try container.decodeIfPresent(String.self, forKey: .detachedAt).flatMap(Timestamp.parse),
            detachedBy: try container.decodeIfPresent(String.self, forKey: .detachedBy))
    }

    /// Encodes every field; an absent author or time as `null`, a time as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(mediaType, forKey: .mediaType)
        try container.encode(size, forKey: .size)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(Timestamp.string(addedAt), forKey: .addedAt)
        try container.encode(addedBy, forKey: .addedBy)
        try container.encode(detachedAt.map(Timestamp.string), forKey: .detachedAt)
        try container.encode(detachedBy, forKey: .detachedBy)
    }
}
