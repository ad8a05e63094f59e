import Foundation

/// One version of an entry, as the history and the trash keep it: the entry's fields and topics,
/// the obstacles it addresses, and the entries that addressed it (for an obstacle).
public struct EntryVersion: Codable, Sendable, Equatable {
    /// The entry as it was (its `municipality` is the name it had then).
    public var entry: Entry
    /// The row id of its municipality then, to restore it even after a rename.
    public var municipalityID: Municipality.ID?
    /// The UUIDs of the tips and examples that addressed this obstacle.
    public var addressedBy: [UUID]

    /// Creates a version.
    public init(entry: Entry, municipalityID: Municipality.ID?, addressedBy: [UUID]) {
        self.entry = entry
        self.municipalityID = municipalityID
        self.addressedBy = addressedBy
    }

    enum CodingKeys: String, CodingKey {
        case entry
        case municipalityID = "municipality_id"
        case addressedBy = "addressed_by"
    }

    /// The fields in which `other` differs from this version, in a fixed order.
    public func changedFields(to other: EntryVersion) -> [EntryField] {
        let old = entry
        let new = other.entry
        var fields: [EntryField] = []
        if old.title != new.title { fields.append(.title) }
        if old.body != new.body { fields.append(.body) }
        if municipalityID != other.municipalityID { fields.append(.municipality) }
        if old.topics != new.topics { fields.append(.topics) }
        if old.source != new.source { fields.append(.source) }
        if old.date != new.date { fields.append(.date) }
        if old.status != new.status { fields.append(.status) }
        if Set(old.addresses) != Set(new.addresses) { fields.append(.addresses) }
        if old.contacts.map(\.id) != new.contacts.map(\.id) { fields.append(.contacts) }
        return fields
    }

    /// The version as JSON text, as the database stores it.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The version stored as `json`.
    static func decoded(_ json: String) throws -> EntryVersion {
        try JSONDecoder().decode(EntryVersion.self, from: Data(json.utf8))
    }
}

/// A field of an entry that a change can touch, as ``Revision/changed`` lists them.
public enum EntryField: String, Codable, Sendable, CaseIterable {
    /// The title.
    case title
    /// The body.
    case body
    /// The municipality.
    case municipality
    /// The topics.
    case topics
    /// The source.
    case source
    /// The date.
    case date
    /// The status of an obstacle.
    case status
    /// The obstacles a tip or example addresses.
    case addresses
    /// The contact persons.
    case contacts
}
