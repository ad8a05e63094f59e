import Kennisbank

/// `kb compare --format json` and `GET /api/v1/compare`: the library's ``ComparisonResults`` as
/// they encode themselves, with two keys in the front end's words — `selection`, and with
/// `similar` the `similarity` definition.
public struct ComparisonJSON: Encodable, Sendable {
    /// The matrix, who can help and who is most alike, as the library returned them.
    public var results: ComparisonResults
    /// What was selected, in words (``EntrySelection/comparisonTitle(_:_:)``).
    public var selection: String

    /// The JSON of `results`, titled `selection`.
    public init(results: ComparisonResults, selection: String) {
        self.results = results
        self.selection = selection
    }

    /// The label of the matrix row for obstacles without a topic in JSON and CSV (the machine
    /// contract, unchanged in every language).
    public static let noTopic = "(geen onderwerp)"

    /// What the similarity score means, in one sentence, in JSON (English, the machine contract).
    public static let similarityDefinition =
        "Cosine similarity of the municipalities' obstacle counts per topic: 1 means the same mix of topics, 0 no topic in common."

    /// The encoder's `userInfo`: the words for the row without a topic.
    public static let userInfo: [CodingUserInfoKey: any Sendable] = [
        ObstacleComparison.noTopicLabelKey: noTopic
    ]

    enum CodingKeys: String, CodingKey {
        case selection, similarity
    }

    /// The results' own keys, then `selection` and, with `similar`, `similarity`.
    public func encode(to encoder: any Encoder) throws {
        try results.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(selection, forKey: .selection)
        if results.similar != nil {
            try container.encode(Self.similarityDefinition, forKey: .similarity)
        }
    }
}
