import Kennisbank

/// `kb compare --format json`: the library's ``ComparisonResults`` as they encode themselves,
/// with two keys in the CLI's words — `selection`, and with `similar` the `similarity` definition.
struct ComparisonJSON: Encodable {
    let report: ComparisonReport

    /// The encoder's `userInfo`: the words for the row without a topic.
    static let userInfo: [CodingUserInfoKey: any Sendable] = [
        ObstacleComparison.noTopicLabelKey: ComparisonWording.noTopic
    ]

    enum CodingKeys: String, CodingKey {
        case selection, similarity
    }

    func encode(to encoder: any Encoder) throws {
        try report.results.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.selection, forKey: .selection)
        if report.results.similar != nil {
            try container.encode(ComparisonWording.similarityDefinition, forKey: .similarity)
        }
    }
}
