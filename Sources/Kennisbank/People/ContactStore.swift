import Foundation
import GRDB

/// The SQL behind an entry's contact persons (`entry_contact`), inside a caller's transaction.
enum ContactStore {
    /// Adds the people `uuids` to the contacts of entry `id`, after those it has; one it has
    /// already keeps its place. An unknown UUID is ``KennisbankError/PersonProblem/unknownPerson(_:suggestions:)``.
    static func add(_ uuids: [UUID], to id: Entry.ID, in db: Database) throws {
        for uuid in uuids {
            let person = try personID(uuid, in: db)
            let next =
                try Int.fetchOne(db, literal: "SELECT max(position) + 1 FROM entry_contact WHERE entry_id = \(id)") ?? 0
            try db.execute(
                literal: """
                    INSERT INTO entry_contact (entry_id, person_id, position) VALUES (\(id), \(person), \(next))
                    ON CONFLICT DO NOTHING
                    """)
        }
    }

    /// Removes the people `uuids` from the contacts of entry `id`; one who is not a contact is
    /// ``KennisbankError/PersonProblem/notAContact(_:)``.
    static func remove(_ uuids: [UUID], from id: Entry.ID, in db: Database) throws {
        for uuid in uuids {
            let person = try personID(uuid, in: db)
            try db.execute(literal: "DELETE FROM entry_contact WHERE entry_id = \(id) AND person_id = \(person)")
            if db.changesCount == 0 {
                throw KennisbankError.people(.notAContact(try PersonStore.fetch(person, in: db).qualifiedName))
            }
        }
    }

    /// Makes `uuids` the contacts of entry `id`, in this order.
    static func replace(contactsOf id: Entry.ID, with uuids: [UUID], in db: Database) throws {
        try db.execute(literal: "DELETE FROM entry_contact WHERE entry_id = \(id)")
        try add(uuids, to: id, in: db)
    }

    /// The UUIDs among `uuids` of people who are known (not removed or forgotten), in order.
    static func existing(_ uuids: [UUID], in db: Database) throws -> [UUID] {
        try uuids.filter { uuid in
            try Bool.fetchOne(db, literal: "SELECT 1 FROM person WHERE uuid = \(uuid.uuidString.lowercased())") ?? false
        }
    }

    /// The contacts of the entries `ids`, each entry's in order.
    static func contacts(of ids: [Entry.ID], in db: Database) throws -> [(Entry.ID, EntryContact)] {
        try Row.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT ec.entry_id, \(Person.columns) FROM entry_contact ec JOIN person p ON p.id = ec.person_id
                    JOIN municipality m ON m.id = p.municipality_id
                    WHERE ec.entry_id IN \(ids) ORDER BY ec.entry_id, ec.position
                    """, cached: true)
        ).map { row in (try row.decoded("entry_id", table: "entry_contact"), EntryContact(try Person(row: row))) }
    }

    /// The UUIDs of the contacts of entry `id`, in order.
    static func uuids(of id: Entry.ID, in db: Database) throws -> [UUID] {
        try String.fetchAll(
            db,
            literal: """
                SELECT p.uuid FROM entry_contact ec JOIN person p ON p.id = ec.person_id
                WHERE ec.entry_id = \(id) ORDER BY ec.position
                """
        ).compactMap(UUID.init(uuidString:))
    }

    /// The row id of the person with `uuid`.
    private static func personID(_ uuid: UUID, in db: Database) throws -> Int64 {
        guard
            let id = try Int64.fetchOne(
                db, literal: "SELECT id FROM person WHERE uuid = \(uuid.uuidString.lowercased())")
        else { throw KennisbankError.people(.unknownPerson(uuid.uuidString.lowercased(), suggestions: [])) }
        return id
    }
}
