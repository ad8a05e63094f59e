import Foundation

/// A visit of people of one municipality to another ("met mensen uit de ene gemeente op bezoek
/// gaan bij de andere"): when, who went, and the entries it led to.
///
/// JSON: `id`, `uuid`, `from`, `to` (municipality names), `date` (`YYYY-MM-DD`), `status`
/// (`planned`, `done`), `notes` (null when none), `people` (``Person`` values), `entries` (the
/// entries it led to, as ``EntrySummary`` values), `created_at`, `updated_at`, `author` (null
/// when unknown).
public struct Visit: Codable, Sendable, Hashable, Identifiable {
    /// A visit's row id in this knowledge base.
    public typealias ID = RowID<Visit>

    /// The short reference `kb visits show` accepts.
    public var id: ID
    /// The stable identity.
    public var uuid: UUID
    /// The name of the municipality the visitors come from.
    public var from: String
    /// The name of the municipality visited.
    public var to: String
    /// The day of the visit.
    public var date: Day
    /// Planned or done.
    public var status: VisitStatus
    /// What was agreed or seen, if written down.
    public var notes: String?
    /// Who went (or goes), in the order named.
    public var people: [Person]
    /// The entries the visit led to, in the order linked (those linked together by id).
    public var entries: [EntrySummary]
    /// When it was recorded.
    public var createdAt: Date
    /// When it last changed (marked done, an entry linked).
    public var updatedAt: Date
    /// Who recorded it, when known.
    public var author: String?

    /// Creates a visit value.
    public init(
        id: ID, uuid: UUID, from: String, to: String, date: Day, status: VisitStatus, notes: String?,
        people: [Person], entries: [EntrySummary], createdAt: Date, updatedAt: Date, author: String?
    ) {
        self.id = id
        self.uuid = uuid
        self.from = from
        self.to = to
        self.date = date
        self.status = status
        self.notes = notes
        self.people = people
        self.entries = entries
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.author = author
    }

    enum CodingKeys: String, CodingKey {
        case id, uuid, from, to, date, status, notes, people, entries, author
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every field, absent ones as `null`, the UUID in lowercase, times as stored.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid.uuidString.lowercased(), forKey: .uuid)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(date, forKey: .date)
        try container.encode(status, forKey: .status)
        try container.encode(notes, forKey: .notes)
        try container.encode(people, forKey: .people)
        try container.encode(entries, forKey: .entries)
        try container.encode(Timestamp.string(createdAt), forKey: .createdAt)
        try container.encode(Timestamp.string(updatedAt), forKey: .updatedAt)
        try container.encode(author, forKey: .author)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func time(_ key: CodingKeys) throws -> Date {
            guard let date = Timestamp.parse(try container.decode(String.self, forKey: key)) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a time")
            }
            return date
        }
        guard let uuid = UUID(uuidString: try container.decode(String.self, forKey: .uuid)) else {
            throw DecodingError.dataCorruptedError(forKey: .uuid, in: container, debugDescription: "not a UUID")
        }
        self.init(
            id: try container.decode(ID.self, forKey: .id), uuid: uuid,
            from: try container.decode(String.self, forKey: .from), to: try container.decode(String.self, forKey: .to),
            date: try container.decode(Day.self, forKey: .date),
            status: try container.decode(VisitStatus.self, forKey: .status),
            notes: try container.decodeIfPresent(String.self, forKey: .notes),
            people: try container.decode([Person].self, forKey: .people),
            entries: try container.decode([EntrySummary].self, forKey: .entries), createdAt: try time(.createdAt),
            updatedAt: try time(.updatedAt), author: try container.decodeIfPresent(String.self, forKey: .author))
    }
}
