import Foundation

/// What a person supplies to add an entry; the knowledge base validates and resolves it.
public struct NewEntry: Sendable, Hashable {
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// The title; must not be empty.
    public var title: String
    /// The body, in Markdown.
    public var body: String
    /// A municipality reference (name, alias or CBS code); required except for tips.
    public var municipality: String?
    /// Topic labels; labels that fold alike are one topic.
    public var topics: [String]
    /// Where the knowledge comes from.
    public var source: String?
    /// The date the knowledge refers to, `YYYY-MM-DD`.
    public var date: String?
    /// The status of an obstacle (default `open`); must be nil for other kinds.
    public var status: ObstacleStatus?
    /// References (id, UUID or UUID prefix) of obstacles that this tip or example addresses.
    public var addresses: [String]
    /// A UUID to keep (when knowledge moves between files); a new one when nil.
    public var uuid: UUID?
    /// The creation time to keep (imports); now when nil.
    public var createdAt: Date?
    /// The update time to keep (imports); the creation time when nil.
    public var updatedAt: Date?

    /// Creates the description of a new entry.
    public init(
        kind: EntryKind, title: String, body: String = "", municipality: String? = nil,
        topics: [String] = [], source: String? = nil, date: String? = nil,
        status: ObstacleStatus? = nil, addresses: [String] = [], uuid: UUID? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil
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
        self.uuid = uuid
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
