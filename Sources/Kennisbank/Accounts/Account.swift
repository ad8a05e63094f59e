import Foundation

/// A person who signs in to the web site (`kb serve`) or uses its API with a token.
///
/// The password is kept only as a bcrypt hash and API tokens only as SHA-256 hashes; neither is
/// part of this value.
public struct Account: Codable, Sendable, Hashable, Identifiable {
    /// An account's row id in this knowledge base.
    public typealias ID = RowID<Account>

    /// The row id.
    public var id: ID
    /// The name the person signs in with; unique, compared without regard to case.
    public var name: String
    /// What the account may do.
    public var role: AccountRole
    /// The municipality whose entries an editor keeps, by its name; nil for none.
    public var municipality: String?
    /// When the account was made.
    public var createdAt: Date

    /// Creates an account value.
    public init(id: ID, name: String, role: AccountRole, municipality: String?, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.municipality = municipality
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, municipality
        case createdAt = "created_at"
    }

    /// Encodes every field, an absent municipality as `null`, the time as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(Timestamp.string(createdAt), forKey: .createdAt)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let created = try container.decode(String.self, forKey: .createdAt)
        guard let createdAt = Timestamp.parse(created) else {
            throw DecodingError.dataCorruptedError(
                forKey: .createdAt, in: container, debugDescription: "not an ISO 8601 time")
        }
        self.init(
            id: try container.decode(ID.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
            role: try container.decode(AccountRole.self, forKey: .role),
            municipality: try container.decodeIfPresent(String.self, forKey: .municipality), createdAt: createdAt)
    }

    /// The author recorded with the changes this account makes.
    public var author: Author? { Author(name) }
}
