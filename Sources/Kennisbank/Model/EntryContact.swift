import Foundation

/// A contact person of an entry, as the entry shows them: who to call, never how (no e-mail
/// address or phone number, which only `kb people show` gives).
///
/// JSON keys: `id` (the person's UUID), `name`, `municipality`, `role` (null when absent).
public struct EntryContact: Sendable, Hashable, Codable {
    /// The person's UUID.
    public var id: UUID
    /// The person's name.
    public var name: String
    /// The name of the person's municipality.
    public var municipality: String
    /// The person's role, if recorded.
    public var role: String?

    /// Creates a contact value.
    public init(id: UUID, name: String, municipality: String, role: String?) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.role = role
    }

    /// The contact that `person` is.
    public init(_ person: Person) {
        self.init(id: person.id, name: person.name, municipality: person.municipality, role: person.role)
    }

    /// The name with the municipality: `Anna de Vries (Zwolle)`, a reference that tells namesakes apart.
    public var qualifiedName: String {
        "\(name) (\(municipality))"
    }

    enum CodingKeys: String, CodingKey {
        case id, name, municipality, role
    }

    /// Encodes every field, an absent role as `null`, the UUID in lowercase.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(role, forKey: .role)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let id = UUID(uuidString: try container.decode(String.self, forKey: .id)) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "not a UUID")
        }
        self.init(
            id: id, name: try container.decode(String.self, forKey: .name),
            municipality: try container.decode(String.self, forKey: .municipality),
            role: try container.decodeIfPresent(String.self, forKey: .role))
    }
}
