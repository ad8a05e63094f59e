import Foundation

/// An entry, short: enough to show it and to find it again (`kb show ID`).
///
/// JSON: `id`, `uuid` (lowercase), `kind`, `title`, `municipality`, `status`, `date` (`YYYY-MM-DD`);
/// absent values as null.
public struct EntrySummary: Codable, Sendable, Hashable, Identifiable {
    /// The short reference `kb show` accepts.
    public var id: Entry.ID
    /// The stable identity.
    public var uuid: UUID
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// The title.
    public var title: String
    /// The municipality's name; nil for a tip of the whole network.
    public var municipality: String?
    /// The status, for an obstacle.
    public var status: ObstacleStatus?
    /// The day the knowledge refers to, if recorded.
    public var date: Day?

    /// Creates an entry summary.
    public init(
        id: Entry.ID, uuid: UUID, kind: EntryKind, title: String, municipality: String?, status: ObstacleStatus?,
        date: Day?
    ) {
        self.id = id
        self.uuid = uuid
        self.kind = kind
        self.title = title
        self.municipality = municipality
        self.status = status
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case id, uuid, kind, title, municipality, status, date
    }

    /// Encodes every field, the UUID in lowercase, absent values as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid.uuidString.lowercased(), forKey: .uuid)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(status, forKey: .status)
        try container.encode(date, forKey: .date)
    }
}
