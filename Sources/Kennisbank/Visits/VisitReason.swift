/// Why a municipality is worth visiting, from the strongest reason to the weakest: the reasons
/// of ``HelpReason`` with, after resolved obstacles, the conditions for success.
///
/// Suggestions are ranked by the number of linked tips and examples, then of resolved obstacles
/// of the same kind, then of conditions for success they have present that the asking
/// municipality lacks (absent or partly), then of tips and examples on the same topic, then of
/// those with a similar title, then by name.
///
/// In JSON a reason is its raw value, also as the key of a count (`{"condition": 2}`).
public enum VisitReason: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable, Hashable {
    /// Tips and examples linked to one of the obstacles.
    case linked
    /// Resolved obstacles of the same kind as one of the obstacles.
    case resolvedObstacle = "resolved_obstacle"
    /// Conditions for success present there and absent or partly present at home.
    case condition
    /// Tips and examples on one of the obstacles' topics.
    case sameTopic = "same_topic"
    /// Tips and examples with a title clearly similar to one of the obstacles'.
    case similarText = "similar_text"

    /// The reason of a visit that a reason of help counts for.
    init(_ reason: HelpReason) {
        switch reason {
        case .linked: self = .linked
        case .resolvedObstacle: self = .resolvedObstacle
        case .sameTopic: self = .sameTopic
        case .similarText: self = .similarText
        }
    }
}
