/// Something an account may or may not do.
public enum AccountAction: Sendable, Hashable, CaseIterable {
    /// Read entries, search, compare.
    case read
    /// Add an entry.
    case add
    /// Change an entry.
    case change
    /// Move an entry to the trash.
    case trash
    /// Add, list and remove accounts and their tokens.
    case manageAccounts
}

extension Account {
    /// Whether this account may do `action` on an entry of `municipality` (a municipality's
    /// name as ``Entry/municipality`` gives it; nil for a network tip).
    ///
    /// Readers read. Editors add, change and trash the entries of their own municipality and
    /// network tips; an editor without a municipality works on network tips only. Coordinators
    /// do everything, accounts included.
    public func may(_ action: AccountAction, municipality entryMunicipality: String?) -> Bool {
        switch (role, action) {
        case (_, .read), (.coordinator, _): true
        case (.reader, _), (.editor, .manageAccounts): false
        case (.editor, .add), (.editor, .change), (.editor, .trash):
            entryMunicipality == nil || (municipality != nil && entryMunicipality == municipality)
        }
    }

    /// Whether this account may do `action` on `entry` (see ``may(_:municipality:)``).
    public func may(_ action: AccountAction, entry: Entry) -> Bool {
        may(action, municipality: entry.municipality)
    }

    /// Whether this account may do `action` where no entry is concerned (reading, accounts).
    public func may(_ action: AccountAction) -> Bool {
        switch action {
        case .read: true
        case .manageAccounts: role == .coordinator
        case .add, .change, .trash: role != .reader
        }
    }
}
