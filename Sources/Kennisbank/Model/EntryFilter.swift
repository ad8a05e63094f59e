/// Which entries a listing, search, export or comparison selects: resolved values, never text a
/// person typed (the front end resolves names once, with
/// ``KnowledgeBase/municipality(_:)-(String)``, ``KnowledgeBase/topic(_:)`` and
/// ``Province/init(resolving:)``). Empty lists select everything.
///
/// A comparison (``KnowledgeBase/compare(_:)``) reads the same filter a little differently: it
/// looks at obstacles only (``kinds`` is ignored), ``municipalities`` are its columns in the
/// order given, and a ``province`` given together with municipalities limits the *others* they
/// are set against, not the municipalities themselves.
public struct EntryFilter: Sendable, Hashable {
    /// Kinds to include.
    public var kinds: [EntryKind]
    /// Municipalities; an entry of any of them matches.
    public var municipalities: [Municipality.ID]
    /// Topics; an entry with any of them matches.
    public var topics: [Topic.ID]
    /// A province; entries of municipalities in it match.
    public var province: Province?
    /// Obstacle statuses to include.
    public var statuses: [ObstacleStatus]
    /// The earliest day, inclusive.
    public var since: Day?
    /// The latest day, inclusive.
    public var until: Day?

    /// Creates a filter; by default it selects everything.
    public init(
        kinds: [EntryKind] = [], municipalities: [Municipality.ID] = [], topics: [Topic.ID] = [],
        province: Province? = nil, statuses: [ObstacleStatus] = [], since: Day? = nil, until: Day? = nil
    ) {
        self.kinds = kinds
        self.municipalities = municipalities
        self.topics = topics
        self.province = province
        self.statuses = statuses
        self.since = since
        self.until = until
    }

    /// True when the filter selects every entry.
    public var selectsEverything: Bool { self == EntryFilter() }
}
