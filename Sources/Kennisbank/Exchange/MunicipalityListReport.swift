/// What loading a newer CBS municipality list did — or, for a dry run, would do.
public struct MunicipalityListReport: Sendable, Equatable, Codable {
    /// Municipalities with a code the knowledge base did not know: added.
    public var added: Int
    /// Known codes under a new name: renamed, the old name kept as an alias.
    public var renamed: Int
    /// Known codes whose name and province were the same (a changed province counts here too).
    public var unchanged: Int
    /// Registry municipalities the list no longer holds (merged away): kept, since entries may refer to them.
    public var missing: [String]
    /// True when nothing was stored.
    public var dryRun: Bool

    /// Creates a report.
    public init(added: Int, renamed: Int, unchanged: Int, missing: [String], dryRun: Bool) {
        self.added = added
        self.renamed = renamed
        self.unchanged = unchanged
        self.missing = missing
        self.dryRun = dryRun
    }
}
