import KennisbankText

/// A topic label with its folded identity, and how many entries carry it.
public struct Topic: Codable, Sendable, Hashable, Identifiable {
    /// A topic's row id in this knowledge base.
    public typealias ID = RowID<Topic>

    /// The row id in this knowledge base.
    public var id: ID
    /// The label as first written (`Co-creatie`).
    public var label: String
    /// The folded identity: case, diacritics and separators removed (`cocreatie`).
    public var key: String
    /// The number of entries with this topic.
    public var entryCount: Int

    /// Creates a topic value.
    public init(id: ID, label: String, key: String, entryCount: Int) {
        self.id = id
        self.label = label
        self.key = key
        self.entryCount = entryCount
    }

    /// The identity of a topic label: nil when the label folds to nothing (`--`, `!!`).
    public static func key(for label: String) -> String? {
        let key = TextFolding.lookupKey(label)
        return key.isEmpty ? nil : key
    }

    enum CodingKeys: String, CodingKey {
        case label, key, entryCount
    }

    /// Encodes the label, key and entry count (the row id belongs to this file only).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(key, forKey: .key)
        try container.encode(entryCount, forKey: .entryCount)
    }

    /// Decodes what ``encode(to:)`` writes; the row id is 0, unknown in this file.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: ID(0), label: try container.decode(String.self, forKey: .label),
            key: try container.decode(String.self, forKey: .key),
            entryCount: try container.decode(Int.self, forKey: .entryCount))
    }
}
