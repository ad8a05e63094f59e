import Kennisbank

/// The words `kb compare` gives what the library returns as values: the row without a topic,
/// the reasons of the ranking, the similarity score.
enum ComparisonWording {
    /// The label of the matrix row for obstacles without a topic (in every format, JSON too).
    static let noTopic = "(geen onderwerp)"

    /// A matrix row's label: its topic's, or ``noTopic``.
    static func label(_ row: TopicRow) -> String {
        row.label ?? noTopic
    }

    /// What a reason of the ranking means, for legends.
    static func explanation(_ reason: HelpReason) -> String {
        switch reason {
        case .linked: "linked to this obstacle"
        case .resolvedObstacle: "resolved an obstacle of this kind"
        case .sameTopic: "on the same topic"
        case .similarText: "similar title"
        }
    }

    /// What the similarity score means, in one sentence.
    static let similarityDefinition =
        "Cosine similarity of the municipalities' obstacle counts per topic: 1 means the same mix of topics, 0 no topic in common."
}
