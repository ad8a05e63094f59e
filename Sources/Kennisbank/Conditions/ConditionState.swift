/// How far a condition for success is met in a municipality, by its own assessment. In JSON and
/// CSV the raw value: `present`, `partly` or `absent`.
public enum ConditionState: String, Sendable, Hashable, Codable, CaseIterable {
    /// The condition is met.
    case present
    /// The condition is partly met.
    case partly
    /// The condition is not met.
    case absent
}
