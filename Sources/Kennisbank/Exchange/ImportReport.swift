/// What an import did — or, for a dry run, would do.
public struct ImportReport: Sendable, Equatable, Codable {
    /// Entries whose UUID was new: added.
    public var added: Int
    /// Entries with a known UUID whose content differed: updated to the file's version.
    public var updated: Int
    /// Entries with a known UUID and the same content: left as they were.
    public var skipped: Int
    /// Municipalities the knowledge base did not know: added.
    public var municipalitiesAdded: Int
    /// Municipality records for municipalities it already knew: left as they were.
    public var municipalitiesKnown: Int
    /// True when nothing was stored: the counts say what an import would do.
    public var dryRun: Bool
    /// The files read, as they were named.
    public var sources: [String]
    /// The former municipalities that records named, each resolved to the one that now covers it.
    public var formerMunicipalities: [FormerMunicipality] = []
    /// The records that were not applied, with where they were read and why, in file order.
    public var skippedRecords: [SkippedRecord]
    /// What the import noticed and did that the person should know (a file converted from
    /// Windows-1252, front matter left out).
    public var notes: [ImportNote] = []
    /// The records left out because they were invalid (with `skipInvalid`), each with where
    /// it was read and what is wrong, in the order read.
    public var invalid: [KennisbankError.ImportProblem] = []

    /// Creates a report.
    public init(
        added: Int = 0, updated: Int = 0, skipped: Int = 0, municipalitiesAdded: Int = 0,
        municipalitiesKnown: Int = 0, dryRun: Bool = false, sources: [String] = [],
        skippedRecords: [SkippedRecord] = [],
        notes: [ImportNote] = [], invalid: [KennisbankError.ImportProblem] = []
    ) {
        self.notes = notes
        self.invalid = invalid
        self.added = added
        self.updated = updated
        self.skipped = skipped
        self.municipalitiesAdded = municipalitiesAdded
        self.municipalitiesKnown = municipalitiesKnown
        self.dryRun = dryRun
        self.sources = sources
        self.skippedRecords = skippedRecords
    }

    /// The number of entry records read.
    public var entries: Int { added + updated + skipped + skippedRecords.count }

    enum CodingKeys: String, CodingKey {
        case added, updated, skipped, sources
        case municipalitiesAdded = "municipalities_added"
        case municipalitiesKnown = "municipalities_known"
        case dryRun = "dry_run"
        case formerMunicipalities = "former_municipalities"
        case skippedRecords = "skipped_records"
        case notes, invalid
    }
}
