import Foundation

/// What ``KnowledgeBase/forgetPerson(_:waiting:)`` changed, and what it could not.
///
/// Its JSON (`kb people forget --format json`): `{"person": {"id", "name", "municipality"},
/// "was_removed", "contact_of", "versions_rewritten", "trash_rewritten", "person_versions_erased",
/// "mentions": [{"id", "title"}], "earlier_mentions", "backups": ["…"], "free_space":
/// "cleared" | "no_file" | "busy"}`. The person's role, e-mail address and phone number are not in it.
public struct ForgetReport: Sendable, Equatable, Encodable {
    /// Whether the file's free space was cleared of the erased bytes.
    public enum FreeSpace: String, Sendable, Equatable, Codable {
        /// The file was rebuilt (VACUUM) and its WAL emptied: no erased byte remains in either.
        case cleared
        /// A knowledge base in memory: there is no file.
        case noFile
        /// Another process kept the file busy for longer than forgetting waits: the rows are
        /// gone, but the erased bytes may still be in the file's free pages or its WAL until
        /// ``KnowledgeBase/clearFreeSpace(waiting:)`` succeeds.
        case busy
    }

    /// An entry whose current text (title or body) mentions the person: for a person to edit.
    public struct Mention: Sendable, Equatable, Codable {
        /// The entry's id.
        public var id: Entry.ID
        /// Its title.
        public var title: String
    }

    /// The person as they were.
    public var person: Person
    /// Whether they had been removed (`kb people rm`) before.
    public var wasRemoved: Bool
    /// How many entries named them as a contact person.
    public var contactOf: Int
    /// How many versions in the entries' history were rewritten without them.
    public var versionsRewritten: Int
    /// How many entries in the trash were rewritten without them.
    public var trashRewritten: Int
    /// How many earlier versions of the person were erased.
    public var personVersionsErased: Int
    /// The entries whose current title or body mentions the name, e-mail address or phone number.
    public var mentions: [Mention]
    /// How many earlier versions of entries (history and trash) mention them in their text; kept.
    public var earlierMentions: Int
    /// The backups beside the database file (written before a migration), which still hold the person.
    public var backups: [String]
    /// Whether the file's free space was cleared.
    public var freeSpace: FreeSpace

    enum CodingKeys: String, CodingKey {
        case person, mentions, backups
        case wasRemoved = "was_removed"
        case contactOf = "contact_of"
        case versionsRewritten = "versions_rewritten"
        case trashRewritten = "trash_rewritten"
        case personVersionsErased = "person_versions_erased"
        case earlierMentions = "earlier_mentions"
        case freeSpace = "free_space"
    }

    enum PersonKeys: String, CodingKey {
        case id, name, municipality
    }

    /// Encodes the report; the person by UUID, name and municipality only.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var person = container.nestedContainer(keyedBy: PersonKeys.self, forKey: .person)
        try person.encode(self.person.id.uuidString.lowercased(), forKey: .id)
        try person.encode(self.person.name, forKey: .name)
        try person.encode(self.person.municipality, forKey: .municipality)
        try container.encode(wasRemoved, forKey: .wasRemoved)
        try container.encode(contactOf, forKey: .contactOf)
        try container.encode(versionsRewritten, forKey: .versionsRewritten)
        try container.encode(trashRewritten, forKey: .trashRewritten)
        try container.encode(personVersionsErased, forKey: .personVersionsErased)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(earlierMentions, forKey: .earlierMentions)
        try container.encode(backups, forKey: .backups)
        let freeSpace =
            switch freeSpace {
            case .cleared: "cleared"
            case .noFile: "no_file"
            case .busy: "busy"
            }
        try container.encode(freeSpace, forKey: .freeSpace)
    }
}
