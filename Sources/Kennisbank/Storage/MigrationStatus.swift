/// Which migrations a database has and which this `kb` would still apply.
public struct MigrationStatus: Sendable, Equatable, Codable {
    /// Migrations already applied, in order.
    public var applied: [String]
    /// Migrations this binary knows and has not applied yet, in order.
    public var pending: [String]

    /// Creates a status value.
    public init(applied: [String], pending: [String]) {
        self.applied = applied
        self.pending = pending
    }
}
