import Foundation

extension ObstacleComparison: Codable {
    /// The `JSONEncoder.userInfo` key for the `topic` of the row without a topic: a `String` in
    /// the front end's words. Without it that row's `topic` is null; its `key` is null either way.
    public static let noTopicLabelKey = CodingUserInfoKey(rawValue: "kennisbank.noTopicLabel")!

    enum CodingKeys: String, CodingKey {
        case municipalities, totals, topics, shared, unique
    }

    enum RowKeys: String, CodingKey {
        case topic, key, counts, resolved, total
        case totalResolved = "total_resolved"
    }

    /// Encodes `municipalities` (the names, in column order), `totals` (each
    /// ``ComparedMunicipality``), `topics` (per row: `topic`, `key`, `counts` and `resolved` by
    /// municipality name, `total`, `total_resolved`), `shared` and `unique`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let names = municipalities.map(\.name)
        try container.encode(names, forKey: .municipalities)
        try container.encode(municipalities, forKey: .totals)
        var topics = container.nestedUnkeyedContainer(forKey: .topics)
        for row in rows {
            var topic = topics.nestedContainer(keyedBy: RowKeys.self)
            try topic.encode(row.label ?? encoder.userInfo[Self.noTopicLabelKey] as? String, forKey: .topic)
            try topic.encode(row.key, forKey: .key)
            try topic.encode(Dictionary(uniqueKeysWithValues: zip(names, row.cells.map(\.obstacles))), forKey: .counts)
            try topic.encode(Dictionary(uniqueKeysWithValues: zip(names, row.cells.map(\.resolved))), forKey: .resolved)
            try topic.encode(row.total.obstacles, forKey: .total)
            try topic.encode(row.total.resolved, forKey: .totalResolved)
        }
        try container.encode(shared, forKey: .shared)
        try container.encode(unique, forKey: .unique)
    }

    /// Decodes what ``encode(to:)`` writes; the row whose `key` is null is the row without a topic.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let municipalities = try container.decode([ComparedMunicipality].self, forKey: .totals)
        var topics = try container.nestedUnkeyedContainer(forKey: .topics)
        var rows: [TopicRow] = []
        while !topics.isAtEnd {
            let topic = try topics.nestedContainer(keyedBy: RowKeys.self)
            let key = try topic.decodeIfPresent(String.self, forKey: .key)
            let counts = try topic.decode([String: Int].self, forKey: .counts)
            let resolved = try topic.decode([String: Int].self, forKey: .resolved)
            rows.append(
                TopicRow(
                    label: key == nil ? nil : try topic.decode(String.self, forKey: .topic), key: key,
                    cells: municipalities.map {
                        ComparisonCell(obstacles: counts[$0.name] ?? 0, resolved: resolved[$0.name] ?? 0)
                    }))
        }
        self.init(
            municipalities: municipalities, rows: rows, shared: try container.decode([String].self, forKey: .shared),
            unique: try container.decode([String: [String]].self, forKey: .unique))
    }
}
