import KennisbankText

/// How far a municipality got with an obstacle.
public enum ObstacleStatus: String, Codable, CaseIterable, Sendable {
    /// Still in the way.
    case open
    /// Being worked on.
    case addressed
    /// Overcome: this municipality is worth a visit for others who face it.
    case resolved

    /// Reads a status from what a person types, in English or Dutch (`opgelost`, `open`, `aangepakt`).
    public init?(userText: String) {
        switch TextFolding.lookupKey(userText) {
        case "open": self = .open
        case "addressed", "aangepakt", "inbehandeling": self = .addressed
        case "resolved", "opgelost": self = .resolved
        default: return nil
        }
    }
}
