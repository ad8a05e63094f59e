import KennisbankText

/// What an account may do: read, keep entries, or everything.
public enum AccountRole: String, Codable, CaseIterable, Sendable, Comparable {
    /// Reads everything, changes nothing (*lezer*).
    case reader
    /// Adds, changes and trashes the entries of their own municipality and network tips (*redacteur*).
    case editor
    /// Does everything, accounts included (*coördinator*).
    case coordinator

    /// Reads a role from what a person types, in English or Dutch: `reader`/`lezer`,
    /// `editor`/`redacteur`, `coordinator`/`coördinator`.
    public init?(userText: String) {
        switch TextFolding.lookupKey(userText) {
        case "reader", "lezer": self = .reader
        case "editor", "redacteur": self = .editor
        case "coordinator": self = .coordinator
        default: return nil
        }
    }

    public static func < (lhs: AccountRole, rhs: AccountRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
