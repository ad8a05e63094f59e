import Foundation

/// Changes to an existing entry, resolved. A nil field is left as it is.
public struct EntryChanges: Sendable, Hashable {
    /// A new title.
    public var title: String?
    /// A new body.
    public var body: String?
    /// A new municipality; `.some(nil)` makes a tip network-wide.
    public var municipality: Municipality.ID??
    /// A new source; `.some(nil)` removes it.
    public var source: String??
    /// A new day; `.some(nil)` removes it.
    public var date: Day??
    /// A new obstacle status.
    public var status: ObstacleStatus?
    /// Replaces all topics when set (applied before `addTopics` and `removeTopics`).
    public var topics: [String]?
    /// Topic labels to add; a new label makes a new topic.
    public var addTopics: [String]
    /// Topic labels to remove, matched by folded identity; each must be on the entry.
    public var removeTopics: [String]
    /// Obstacles to add to what this entry addresses.
    public var addAddresses: [Entry.ID]
    /// Obstacles to remove from what this entry addresses; each must be addressed now.
    public var removeAddresses: [Entry.ID]
    /// People (by UUID) to add to the entry's contact persons, after those it has.
    public var addContacts: [UUID]
    /// People (by UUID) to remove from the entry's contact persons; each must be one now.
    public var removeContacts: [UUID]

    /// Creates a set of changes; by default nothing changes.
    public init(
        title: String? = nil, body: String? = nil, municipality: Municipality.ID?? = nil,
        source: String?? = nil, date: Day?? = nil, status: ObstacleStatus? = nil,
        topics: [String]? = nil, addTopics: [String] = [], removeTopics: [String] = [],
        addAddresses: [Entry.ID] = [], removeAddresses: [Entry.ID] = [], addContacts: [UUID] = [],
        removeContacts: [UUID] = []
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
        self.addContacts = addContacts
        self.removeContacts = removeContacts
    }

    /// True when nothing would change.
    public var isEmpty: Bool {
        self == EntryChanges()
    }
}
