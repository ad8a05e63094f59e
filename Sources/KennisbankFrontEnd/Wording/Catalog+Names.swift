import Kennisbank

extension Catalog {
    /// The name a person reads for `kind`: `praktijkvoorbeeld` in Dutch, `example` in English.
    /// (Exports and JSON keep the English value, the machine contract.)
    public func name(of kind: EntryKind) -> String {
        text("name.kind." + kind.rawValue)
    }

    /// The name a person reads for `status`: `opgelost` in Dutch, `resolved` in English.
    public func name(of status: ObstacleStatus) -> String {
        text("name.status." + status.rawValue)
    }
}
