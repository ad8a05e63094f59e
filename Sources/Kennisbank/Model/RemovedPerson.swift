import Foundation

/// A person removed with `kb people rm` (``KnowledgeBase/removePerson(_:by:)``): kept, with the
/// entries they were a contact of, until ``KnowledgeBase/restorePerson(_:by:)`` brings them back
/// or ``KnowledgeBase/forgetPerson(_:waiting:)`` erases them.
public struct RemovedPerson: Codable, Sendable, Equatable {
    /// The person as they were.
    public var person: Person
    /// The UUIDs of the entries they were a contact of.
    public var contactOf: [UUID]
    /// When they were removed.
    public var removedAt: Date
    /// Who removed them; nil when not known.
    public var removedBy: Author?

    /// Creates a value.
    public init(person: Person, contactOf: [UUID], removedAt: Date, removedBy: Author?) {
        self.person = person
        self.contactOf = contactOf
        self.removedAt = removedAt
        self.removedBy = removedBy
    }

    enum CodingKeys: String, CodingKey {
        case person
        case contactOf = "contact_of"
        case removedAt = "removed_at"
        case removedBy = "removed_by"
    }

    /// Encodes the person, the entries' UUIDs in lowercase, the time as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(contactOf.map { $0.uuidString.lowercased() }, forKey: .contactOf)
        try container.encode(Timestamp.string(removedAt), forKey: .removedAt)
        try container.encode(removedBy?.name, forKey: .removedBy)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            person: try container.decode(Person.self, forKey: .person),
            contactOf: try container.decode([String].self, forKey: .contactOf).compactMap(UUID.init(uuidString:)),
            removedAt: Timestamp.date(try container.decode(String.self, forKey: .removedAt)),
            removedBy: try container.decodeIfPresent(String.self, forKey: .removedBy).flatMap(Author.init))
    }
}
