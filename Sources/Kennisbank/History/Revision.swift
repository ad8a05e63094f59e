import Foundation

/// One version in an entry's history (``KnowledgeBase/history(of:)``): numbered per entry from 1,
/// with when, by whom, what kind of change made it, and which fields it changed.
public struct Revision: Codable, Sendable, Equatable {
    /// The entry's row id.
    public var entryID: Entry.ID
    /// The number of this version: 1 is the first.
    public var number: Int
    /// What made this version.
    public var change: RevisionChange
    /// For ``RevisionChange/restore``: the version that was brought back.
    public var restoredFrom: Int?
    /// When the change was made.
    public var changedAt: Date
    /// Who made it; nil when not known (a version from before the history was kept).
    public var author: Author?
    /// The fields that differ from the version before (empty for the first version).
    public var changed: [EntryField]
    /// The entry as it was after the change.
    public var version: EntryVersion

    /// Creates a revision value.
    public init(
        entryID: Entry.ID, number: Int, change: RevisionChange, restoredFrom: Int?, changedAt: Date, author: Author?,
        changed: [EntryField], version: EntryVersion
    ) {
        self.entryID = entryID
        self.number = number
        self.change = change
        self.restoredFrom = restoredFrom
        self.changedAt = changedAt
        self.author = author
        self.changed = changed
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case number = "revision"
        case entryID = "entry_id"
        case change
        case restoredFrom = "restored_from"
        case changedAt = "changed_at"
        case author, changed
        case version = "entry"
    }

    /// Writes the JSON object of a revision; the entry is the version's entry as `kb show` prints it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entryID, forKey: .entryID)
        try container.encode(number, forKey: .number)
        try container.encode(change, forKey: .change)
        try container.encode(restoredFrom, forKey: .restoredFrom)
        try container.encode(Timestamp.string(changedAt), forKey: .changedAt)
        try container.encode(author?.name, forKey: .author)
        try container.encode(changed, forKey: .changed)
        try container.encode(version.entry, forKey: .version)
    }

    /// Reads what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entryID = try container.decode(Entry.ID.self, forKey: .entryID)
        number = try container.decode(Int.self, forKey: .number)
        change = try container.decode(RevisionChange.self, forKey: .change)
        restoredFrom = try container.decodeIfPresent(Int.self, forKey: .restoredFrom)
        changedAt = Timestamp.date(try container.decode(String.self, forKey: .changedAt))
        author = try container.decodeIfPresent(String.self, forKey: .author).flatMap(Author.init)
        changed = try container.decode([EntryField].self, forKey: .changed)
        let entry = try container.decode(Entry.self, forKey: .version)
        version = EntryVersion(entry: entry, municipalityID: nil, addressedBy: [])
    }
}

/// What made a version of an entry.
public enum RevisionChange: String, Codable, Sendable, CaseIterable {
    /// The entry as it was when the history began (stored before history was kept).
    case existing
    /// Added (`kb add`, or new in an import).
    case add
    /// Edited (`kb edit`).
    case edit
    /// Updated by an import.
    case `import`
    /// Moved to the trash (`kb rm`).
    case remove
    /// An earlier version made current again (`kb restore`).
    case restore
    /// Brought back from the trash (`kb trash restore`).
    case untrash
}
