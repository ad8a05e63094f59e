import KennisbankText

/// The three kinds of knowledge the network keeps.
public enum EntryKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// A practice example (*praktijkvoorbeeld*): what a municipality did.
    case example
    /// An obstacle (*struikelblok*) a municipality ran into.
    case obstacle
    /// A tip or condition for success; may belong to the whole network.
    case tip

    /// Reads a kind from what a person types: `example`, `examples`, `voorbeeld`, `obstacle`, `struikelblok`, `tip`, `tips`…
    public init?(userText: String) {
        switch TextFolding.lookupKey(userText) {
        case "example", "examples", "voorbeeld", "voorbeelden", "praktijkvoorbeeld", "praktijkvoorbeelden":
            self = .example
        case "obstacle", "obstacles", "struikelblok", "struikelblokken":
            self = .obstacle
        case "tip", "tips":
            self = .tip
        default:
            return nil
        }
    }

    public static func < (lhs: EntryKind, rhs: EntryKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
