/// Which entries a listing selects. Empty lists select everything.
public struct EntryFilter: Sendable, Hashable {
    /// Kinds to include.
    public var kinds: [EntryKind]
    /// Municipality references; an entry of any of them matches.
    public var municipalities: [String]
    /// Topic labels; an entry with any of them matches.
    public var topics: [String]
    /// A province name; entries of municipalities in it match.
    public var province: String?
    /// Obstacle statuses to include.
    public var statuses: [ObstacleStatus]
    /// Earliest date (`YYYY-MM-DD`), inclusive.
    public var since: String?
    /// Latest date (`YYYY-MM-DD`), inclusive.
    public var until: String?

    /// Creates a filter; by default it selects everything.
    public init(
        kinds: [EntryKind] = [], municipalities: [String] = [], topics: [String] = [],
        province: String? = nil, statuses: [ObstacleStatus] = [], since: String? = nil, until: String? = nil
    ) {
        self.kinds = kinds
        self.municipalities = municipalities
        self.topics = topics
        self.province = province
        self.statuses = statuses
        self.since = since
        self.until = until
    }
}
