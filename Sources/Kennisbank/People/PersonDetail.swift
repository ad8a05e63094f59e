import Foundation

/// A person with what ties them to the network: the entries that name them as a contact, the
/// meetings they attended and the visits they took part in.
///
/// Its JSON (`kb people show --format json`, `GET /api/v1/people/{id}`): the person's keys
/// (see ``Person``) and `"contact_of": [{"id", "uuid", "title"}]`, `"meetings": [meeting…]` (as
/// ``Meeting`` encodes it, oldest first) and `"visits": [visit…]` (as ``Visit`` encodes it,
/// newest first).
public struct PersonDetail: Sendable, Hashable, Encodable {
    /// The person.
    public var person: Person
    /// The entries that name them as a contact, by id.
    public var contactOf: [Entry]
    /// The meetings they attended, oldest first.
    public var meetings: [Meeting]
    /// The visits they took part in, newest first.
    public var visits: [Visit]

    /// Creates a detail value.
    public init(person: Person, contactOf: [Entry], meetings: [Meeting] = [], visits: [Visit] = []) {
        self.person = person
        self.contactOf = contactOf
        self.meetings = meetings
        self.visits = visits
    }

    /// An entry as `contact_of` names it.
    struct EntryReference: Encodable {
        var id: Entry.ID
        var uuid: String
        var title: String
    }

    enum CodingKeys: String, CodingKey {
        case contactOf = "contact_of"
        case meetings, visits
    }

    /// Encodes the person's keys, then `contact_of`, `meetings` and `visits`.
    public func encode(to encoder: any Encoder) throws {
        try person.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            contactOf.map { EntryReference(id: $0.id, uuid: $0.uuid.uuidString.lowercased(), title: $0.title) },
            forKey: .contactOf)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(visits, forKey: .visits)
    }
}
