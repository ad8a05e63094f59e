import Foundation

/// A practice example, obstacle or tip, as stored.
public struct Entry: Codable, Sendable, Hashable, Identifiable {
    /// An entry's row id: the short reference that `show`, `edit` and `rm` accept, in this file.
    public typealias ID = RowID<Entry>

    /// The short reference that `show`, `edit` and `rm` accept (the row id in this file).
    public var id: ID
    /// The stable identity that travels with the entry between knowledge bases.
    public var uuid: UUID
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// The title, never empty.
    public var title: String
    /// The body, in Markdown; may be empty.
    public var body: String
    /// The municipality's name, or nil for a tip of the whole network.
    public var municipality: String?
    /// The municipality's CBS code, if it has one.
    public var municipalityCode: String?
    /// The municipality's province, if known.
    public var province: Province?
    /// Topic labels, sorted by their folded identity.
    public var topics: [String]
    /// Where the knowledge comes from (a meeting and its date), if recorded.
    public var source: String?
    /// The day the knowledge refers to.
    public var date: Day?
    /// The status of an obstacle; nil for examples and tips.
    public var status: ObstacleStatus?
    /// The UUIDs of the obstacles this tip or example addresses.
    public var addresses: [UUID]
    /// The people to call about the entry, in the order they were named.
    public var contacts: [EntryContact]
    /// When the entry was first stored.
    public var createdAt: Date
    /// When the entry last changed.
    public var updatedAt: Date

    /// Creates an entry value.
    public init(
        id: ID, uuid: UUID, kind: EntryKind, title: String, body: String,
        municipality: String?, municipalityCode: String?, province: Province?,
        topics: [String], source: String?, date: Day?, status: ObstacleStatus?,
        addresses: [UUID], createdAt: Date, updatedAt: Date, contacts: [EntryContact] = []
    ) {
        self.id = id
        self.uuid = uuid
        self.kind = kind
        self.title = title
        self.body = body
        self.municipality = municipality
        self.municipalityCode = municipalityCode
        self.province = province
        self.topics = topics
        self.source = source
        self.date = date
        self.status = status
        self.addresses = addresses
        self.contacts = contacts
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
