/// Why an entry shows that its municipality (or the network) can help with an obstacle, from
/// the strongest reason to the weakest.
///
/// Who can help is ranked by the number of linked tips and examples, then of resolved obstacles
/// of the same kind, then of tips and examples on the same topic, then of tips and examples
/// with a similar title, then by name (each entry counts once, for its strongest reason): one
/// linked entry or resolved obstacle of the same kind outranks any number of same-topic matches.
/// "Of the same kind" is `SameKind`: topics overlapping for at least half of their union, or a
/// clearly similar title; a resolved obstacle that merely shares a topic does not count.
///
/// Each reason also has a weight, summed into a `score` that summarises (it does not order):
///
/// | reason | weight |
/// |---|---|
/// | ``linked``: a tip or example linked as addressing this very obstacle | 5 |
/// | ``resolvedObstacle``: it resolved an obstacle of the same kind | 4 |
/// | ``sameTopic``: a tip or example on one of the obstacle's topics | 2 |
/// | ``similarText``: a tip or example with a clearly similar title | 1 |
///
/// A municipality that only has the same obstacle (unresolved) counts nothing: it faces the
/// same, it cannot help yet.
///
/// In JSON a reason is its raw value, also as the key of a count (`{"linked": 1}`).
public enum HelpReason: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable, Hashable {
    /// A tip or example linked (`--addresses`) to the obstacle.
    case linked
    /// A resolved obstacle of the same kind (`SameKind`): topics that overlap for at least half
    /// of their union, or a clearly similar title.
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
