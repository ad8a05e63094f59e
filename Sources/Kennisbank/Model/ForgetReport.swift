import Foundation

/// What ``KnowledgeBase/forgetPerson(_:waiting:)`` changed, and what it could not.
public struct ForgetReport: Sendable, Equatable {
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
}
