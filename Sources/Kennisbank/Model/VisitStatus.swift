/// Whether a visit is still to come or has taken place.
///
/// In JSON and SQL its raw value: `planned`, `done`.
public enum VisitStatus: String, Codable, CaseIterable, Sendable, Hashable {
    /// Agreed, not yet made.
    case planned
    /// Made.
    case done
}
