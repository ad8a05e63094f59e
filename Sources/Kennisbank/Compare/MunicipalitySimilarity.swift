/// How alike two municipalities are by their obstacles.
///
/// The score is the cosine similarity of their obstacle counts per topic: two municipalities
/// are alike when their obstacles fall under the same topics in the same proportions
/// (1 = the same mix, 0 = no topic in common). Obstacles without a topic do not count.
///
/// JSON: `municipalities` (the two names, the selected one first), `score`, `shared_topics`.
public struct MunicipalitySimilarity: Codable, Sendable, Hashable {
    /// One municipality's name (the selected one, when one was asked about).
    public var first: String
    /// The other municipality's name.
    public var second: String
    /// The cosine similarity of their topic counts, in 0...1.
    public var score: Double
    /// The labels of the topics both have obstacles under, by topic.
    public var sharedTopics: [String]

    /// Creates a similarity value.
    public init(first: String, second: String, score: Double, sharedTopics: [String]) {
        self.first = first
        self.second = second
        self.score = score
        self.sharedTopics = sharedTopics
    }

    enum CodingKeys: String, CodingKey {
        case municipalities, score
        case sharedTopics = "shared_topics"
    }

    /// Encodes the two names as `municipalities`, the score and the shared topics.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode([first, second], forKey: .municipalities)
        try container.encode(score, forKey: .score)
        try container.encode(sharedTopics, forKey: .sharedTopics)
    }

    /// Decodes what ``encode(to:)`` writes; `municipalities` must hold two names.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let names = try container.decode([String].self, forKey: .municipalities)
        guard names.count == 2 else {
            throw DecodingError.dataCorruptedError(
                forKey: .municipalities, in: container, debugDescription: "not two municipalities")
        }
        self.init(
            first: names[0], second: names[1], score: try container.decode(Double.self, forKey: .score),
            sharedTopics: try container.decode([String].self, forKey: .sharedTopics))
    }
}
