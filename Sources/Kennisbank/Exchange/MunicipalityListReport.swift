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
    /// Which kind of list was loaded.
    public var list: Kind

    /// The kinds of list `kb municipalities import` loads.
    public enum Kind: String, Sendable, Codable {
        /// A CBS list of municipalities: the counts are of municipalities.
        case municipalities
        /// A list of reorganisations: the counts are of (former municipality, successor) rows;
        /// `renamed` is 0 and `missing` empty.
        case reorganisations
    }

    /// Creates a report.
    public init(
        added: Int, renamed: Int, unchanged: Int, missing: [String], dryRun: Bool, list: Kind = .municipalities
    ) {
        self.list = list
        self.added = added
        self.renamed = renamed
        self.unchanged = unchanged
        self.missing = missing
        self.dryRun = dryRun
    }
}
