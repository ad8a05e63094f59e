import Foundation

extension Entry {
    enum CodingKeys: String, CodingKey {
        case id, uuid, kind, title, body, municipality, topics, source, date, status, addresses, contacts
        case municipalityCode = "municipality_code"
        case province
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every field, absent ones as `null`, times as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid.uuidString.lowercased(), forKey: .uuid)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(municipalityCode, forKey: .municipalityCode)
        try container.encode(province, forKey: .province)
        try container.encode(topics, forKey: .topics)
        try container.encode(source, forKey: .source)
        try container.encode(date, forKey: .date)
        try container.encode(status, forKey: .status)
        try container.encode(addresses.map { $0.uuidString.lowercased() }, forKey: .addresses)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(Timestamp.string(createdAt), forKey: .createdAt)
        try container.encode(Timestamp.string(updatedAt), forKey: .updatedAt)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let uuidText = try container.decode(String.self, forKey: .uuid)
        guard let uuid = UUID(uuidString: uuidText) else {
            throw DecodingError.dataCorruptedError(forKey: .uuid, in: container, debugDescription: "not a UUID")
        }
        func time(_ key: CodingKeys) throws -> Date {
            let text = try container.decode(String.self, forKey: key)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "not an ISO 8601 time")
            }
            return date
        }
        self.init(
            id: try container.decode(Entry.ID.self, forKey: .id),
            uuid: uuid,
            kind: try container.decode(EntryKind.self, forKey: .kind),
            title: try container.decode(String.self, forKey: .title),
            body: try container.decode(String.self, forKey: .body),
            municipality: try container.decodeIfPresent(String.self, forKey: .municipality),
            municipalityCode: try container.decodeIfPresent(String.self, forKey: .municipalityCode),
            province: try container.decodeIfPresent(Province.self, forKey: .province),
            topics: try container.decode([String].self, forKey: .topics),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            date: try container.decodeIfPresent(Day.self, forKey: .date),
            status: try container.decodeIfPresent(ObstacleStatus.self, forKey: .status),
            addresses: try container.decode([String].self, forKey: .addresses).compactMap(UUID.init(uuidString:)),
            createdAt: try time(.createdAt),
            updatedAt: try time(.updatedAt),
            // Versions kept before contacts existed have none.
            contacts: try container.decodeIfPresent([EntryContact].self, forKey: .contacts) ?? [])
    }
}

/// The JSON settings shared by every JSON output: sorted keys, readable, no escaped slashes.
public enum KennisbankJSON {
    /// A fresh encoder with the shared settings.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
