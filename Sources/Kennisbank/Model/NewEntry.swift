import Foundation

/// What a person supplies to add an entry, resolved: the knowledge base validates the text
/// (``title``, ``body``, ``source``, topic labels) once, when it stores the entry.
public struct NewEntry: Sendable, Hashable {
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// The title; must not be empty.
    public var title: String
    /// The body, in Markdown.
    public var body: String
    /// The municipality; required except for tips.
    public var municipality: Municipality.ID?
    /// Topic labels; labels that fold alike are one topic, and a new label makes a new topic.
    public var topics: [String]
    /// Where the knowledge comes from.
    public var source: String?
    /// The day the knowledge refers to.
    public var date: Day?
    /// The status of an obstacle (default `open`); must be nil for other kinds.
    public var status: ObstacleStatus?
    /// The obstacles that this tip or example addresses.
    public var addresses: [Entry.ID]
    /// The UUIDs of the entry's contact persons, in order (``KnowledgeBase/person(_:)`` resolves a name).
    public var contacts: [UUID]
    /// A UUID to keep (when knowledge moves between files); a new one when nil.
    public var uuid: UUID?
    /// The creation time to keep (imports); now when nil.
    public var createdAt: Date?
    /// The update time to keep (imports); the creation time when nil.
    public var updatedAt: Date?
    /// The meetings the entry came out of (``KnowledgeBase/meetingID(_:)`` resolves a reference):
    /// ``KnowledgeBase/add(_:by:allowingDuplicate:allowingSimilarTopics:)`` links it to them in
    /// the same transaction.
    public var meetings: [Meeting.ID]

    /// Creates the description of a new entry.
    public init(
        kind: EntryKind, title: String, body: String = "", municipality: Municipality.ID? = nil,
        topics: [String] = [], source: String? = nil, date: Day? = nil,
        status: ObstacleStatus? = nil, addresses: [Entry.ID] = [], uuid: UUID? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil, contacts: [UUID] = [],
        meetings: [Meeting.ID] = []
    ) {
        self.kind = kind
        self.title = title
        self.body = body
        self.municipality = municipality
        self.topics = topics
        self.source = source
        self.date = date
        self.status = status
        self.addresses = addresses
        self.contacts = contacts
        self.uuid = uuid
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.meetings = meetings
    }
}
