/// Changes to an existing entry. A nil field is left as it is.
public struct EntryChanges: Sendable, Hashable {
    /// A new title.
    public var title: String?
    /// A new body.
    public var body: String?
    /// A new municipality reference; `.some(nil)` makes a tip network-wide.
    public var municipality: String??
    /// A new source; `.some(nil)` removes it.
    public var source: String??
    /// A new date; `.some(nil)` removes it.
    public var date: String??
    /// A new obstacle status.
    public var status: ObstacleStatus?
    /// Replaces all topics when set (applied before `addTopics` and `removeTopics`).
    public var topics: [String]?
    /// Topics to add.
    public var addTopics: [String]
    /// Topics to remove; each must be on the entry.
    public var removeTopics: [String]
    /// Obstacles (references) to add to what this entry addresses.
    public var addAddresses: [String]
    /// Obstacles (references) to remove from what this entry addresses.
    public var removeAddresses: [String]

    /// Creates a set of changes; by default nothing changes.
    public init(
        title: String? = nil, body: String? = nil, municipality: String?? = nil,
        source: String?? = nil, date: String?? = nil, status: ObstacleStatus? = nil,
        topics: [String]? = nil, addTopics: [String] = [], removeTopics: [String] = [],
        addAddresses: [String] = [], removeAddresses: [String] = []
    ) {
        self.title = title
        self.body = body
        self.municipality = municipality
        self.source = source
        self.date = date
        self.status = status
        self.topics = topics
        self.addTopics = addTopics
        self.removeTopics = removeTopics
        self.addAddresses = addAddresses
        self.removeAddresses = removeAddresses
    }

    /// True when nothing would change.
    public var isEmpty: Bool {
        self == EntryChanges()
    }
}
