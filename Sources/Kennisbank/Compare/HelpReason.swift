/// Why an entry shows that its municipality (or the network) can help with an obstacle,
/// and what that is worth in the ranking.
///
/// A municipality's score for an obstacle is the sum of the weights of its entries, each
/// entry counted once for its strongest reason:
///
/// | reason | weight |
/// |---|---|
/// | ``linked``: a tip or example linked as addressing this very obstacle | 5 |
/// | ``resolvedObstacle``: it resolved an obstacle of the same kind (a shared topic or a clearly similar title) | 4 |
/// | ``sameTopic``: a tip or example on one of the obstacle's topics | 2 |
/// | ``similarText``: a tip or example with a clearly similar title | 1 |
///
/// So one resolved obstacle or one linked tip outweighs a topic match, and a municipality that
/// only has the same obstacle (unresolved) scores nothing: it faces the same, it cannot help yet.
///
/// In JSON a reason is its raw value, also as the key of a count (`{"linked": 1}`).
public enum HelpReason: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable, Hashable {
    /// A tip or example linked (`--addresses`) to the obstacle.
    case linked
    /// A resolved obstacle of the same kind: a shared topic or a clearly similar title.
    case resolvedObstacle = "resolved_obstacle"
    /// A tip or example on one of the obstacle's topics.
    case sameTopic = "same_topic"
    /// A tip or example whose title is clearly similar to the obstacle's.
    case similarText = "similar_text"

    /// What this reason adds to a municipality's score.
    public var weight: Int {
        switch self {
        case .linked: 5
        case .resolvedObstacle: 4
        case .sameTopic: 2
        case .similarText: 1
        }
    }

    /// Every reason's weight.
    public static var weights: [HelpReason: Int] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.weight) })
    }
}

/// How an obstacle elsewhere is of the same kind as the one asked about.
public enum MatchKind: String, Codable, CaseIterable, Sendable, Hashable {
    /// It shares a topic.
    case sameTopic = "same_topic"
    /// Its title is clearly similar (and it shares no topic).
    case similarText = "similar_text"
}
