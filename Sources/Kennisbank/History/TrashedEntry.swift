import Foundation

/// An entry in the trash (``KnowledgeBase/trash()``): removed with `kb rm`, kept with its id and
/// UUID until it is restored or the trash is emptied.
public struct TrashedEntry: Codable, Sendable, Equatable {
    /// The entry's row id, which no other entry takes while it is in the trash.
    public var id: Entry.ID
    /// The entry's UUID.
    public var uuid: UUID
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// Its title when it was removed.
    public var title: String
    /// Its municipality's name when it was removed; nil for a tip of the whole network.
    public var municipality: String?
    /// When it was moved to the trash.
    public var trashedAt: Date
    /// Who moved it there; nil when not known.
    public var trashedBy: Author?

    /// Creates a value.
    public init(
        id: Entry.ID, uuid: UUID, kind: EntryKind, title: String, municipality: String?, trashedAt: Date,
        trashedBy: Author?
    ) {
        self.id = id
        self.uuid = uuid
        self.kind = kind
        self.title = title
        self.municipality = municipality
        self.trashedAt = trashedAt
        self.trashedBy = trashedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, uuid, kind, title, municipality
        case trashedAt = "trashed_at"
        case trashedBy = "trashed_by"
    }

    /// Writes the JSON object: UUID in lower case, time as ISO 8601 text, the author's name or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid.uuidString.lowercased(), forKey: .uuid)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(Timestamp.string(trashedAt), forKey: .trashedAt)
        try container.encode(trashedBy?.name, forKey: .trashedBy)
    }

    /// Reads what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Entry.ID.self, forKey: .id)
        guard let uuid = UUID(uuidString: try container.decode(String.self, forKey: .uuid)) else {
            throw DecodingError.dataCorruptedError(forKey: .uuid, in: container, debugDescription: "not a UUID")
        }
        self.uuid = uuid
        kind = try container.decode(EntryKind.self, forKey: .kind)
        title = try container.decode(String.self, forKey: .title)
        municipality = try container.decodeIfPresent(String.self, forKey: .municipality)
        trashedAt = Timestamp.date(try container.decode(String.self, forKey: .trashedAt))
        trashedBy = try container.decodeIfPresent(String.self, forKey: .trashedBy).flatMap(Author.init)
    }
}
