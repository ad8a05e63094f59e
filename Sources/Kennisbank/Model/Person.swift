import Foundation

/// A person of the network: someone of a municipality to call about an entry.
///
/// People are personal data (AVG/GDPR): their e-mail address and phone number are never shown
/// on public pages nor in an entry's JSON, and `forgetPerson` erases them everywhere.
/// JSON keys: `id`, `name`, `municipality`, `role`, `email`, `phone` (null when absent).
public struct Person: Sendable, Hashable, Codable {
    /// The stable identity of the person (a lowercase UUID in JSON).
    public var id: UUID
    /// The name as written.
    public var name: String
    /// The name of the person's municipality.
    public var municipality: String
    /// What the person does (`beleidsadviseur wonen`), if recorded.
    public var role: String?
    /// The e-mail address, if recorded.
    public var email: String?
    /// The phone number, if recorded.
    public var phone: String?

    /// Creates a person value.
    public init(
        id: UUID, name: String, municipality: String, role: String? = nil, email: String? = nil, phone: String? = nil
    ) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.role = role
        self.email = email
        self.phone = phone
    }

    enum CodingKeys: String, CodingKey {
        case id, name, municipality, role, email, phone
    }

    /// Encodes every field, absent ones as `null`, the UUID in lowercase.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(role, forKey: .role)
        try container.encode(email, forKey: .email)
        try container.encode(phone, forKey: .phone)
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
            role: try container.decodeIfPresent(String.self, forKey: .role),
            email: try container.decodeIfPresent(String.self, forKey: .email),
            phone: try container.decodeIfPresent(String.self, forKey: .phone))
    }

    /// The name with the municipality, as a reference that tells namesakes apart: `Anna de Vries (Zwolle)`.
    public var qualifiedName: String {
        "\(name) (\(municipality))"
    }
}
