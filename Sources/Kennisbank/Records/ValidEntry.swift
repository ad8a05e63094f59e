import Foundation

/// A ``NewEntry`` whose text has been checked and normalised (``EntryValidation``), ready to
/// store: the one place where an entry's fields are validated, for `add` and for import alike.
struct ValidEntry: Sendable, Equatable {
    var kind: EntryKind
    var title: String
    var body: String
    var municipality: Municipality.ID?
    /// Topic labels and their folded identities, without repeats.
    var topics: [TopicLabel]
    var source: String?
    var date: Day?
    /// The status of an obstacle (`open` when none was given); nil for other kinds.
    var status: ObstacleStatus?
    var addresses: [Entry.ID]
    /// The UUIDs of the contact persons, in order, without repeats.
    var contacts: [UUID]
    var uuid: UUID?
    var createdAt: Date?
    var updatedAt: Date?

    /// Validates `new`: text normalised (NFC, trimmed), lengths and characters checked, a
    /// municipality present unless it is a tip, a status only on an obstacle, no links from one.
    init(_ new: NewEntry) throws {
        kind = new.kind
        title = try EntryValidation.title(new.title)
        body = try EntryValidation.body(new.body)
        topics = try EntryValidation.topics(new.topics)
        source = try EntryValidation.optionalText(new.source, field: .source)
        if new.kind != .obstacle, new.status != nil { throw KennisbankError.statusOnlyForObstacles }
        if new.kind != .tip, new.municipality == nil { throw KennisbankError.municipalityRequired(new.kind) }
        if new.kind == .obstacle, !new.addresses.isEmpty { throw KennisbankError.obstacleCannotAddress }
        municipality = new.municipality
        date = new.date
        status = new.kind == .obstacle ? (new.status ?? .open) : nil
        addresses = new.addresses
        var seen: Set<UUID> = []
        contacts = new.contacts.filter { seen.insert($0).inserted }
        uuid = new.uuid
        createdAt = new.createdAt
        updatedAt = new.updatedAt
    }
}

/// A topic label as written (NFC, single spaces) and its folded identity.
struct TopicLabel: Sendable, Hashable {
    var label: String
    var key: String
}
