import Foundation
import GRDB
import KennisbankText

/// The SQL behind removed people (`person_trash`) and earlier versions of people
/// (`person_revision`), inside a caller's transaction.
enum PersonTrash {
    /// What the trash keeps of a person: the person, their municipality's row id (to restore
    /// them even after a rename), and the entries they were a contact of with their place.
    struct Snapshot: Codable {
        var person: Person
        var municipalityID: Int64
        var contactOf: [Link]

        struct Link: Codable {
            var entry: String
            var position: Int
        }

        enum CodingKeys: String, CodingKey {
            case person
            case municipalityID = "municipality_id"
            case contactOf = "contact_of"
        }
    }

    /// The JSON the database stores for `value`.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Keeps person `id` as they are now as an earlier version (before an edit).
    static func keepVersion(of id: Int64, author: Author?, now: Date, in db: Database) throws {
        let person = try PersonStore.fetch(id, in: db)
        try db.execute(
            literal: """
                INSERT INTO person_revision (person_uuid, snapshot, replaced_at, replaced_by)
                VALUES (\(person.id.uuidString.lowercased()), \(try json(person)), \(Timestamp.string(now)), \(author?.name))
                """)
    }

    /// Moves person `id` to the trash with their links, and deletes them.
    static func remove(_ id: Int64, author: Author?, now: Date, in db: Database) throws -> RemovedPerson {
        let person = try PersonStore.fetch(id, in: db)
        let links = try Row.fetchAll(
            db,
            literal: """
                SELECT e.uuid, ec.position FROM entry_contact ec JOIN entry e ON e.id = ec.entry_id
                WHERE ec.person_id = \(id) ORDER BY e.uuid
                """
        ).map { Snapshot.Link(entry: $0["uuid"], position: $0["position"]) }
        let municipalityID = try Int64.fetchOne(db, literal: "SELECT municipality_id FROM person WHERE id = \(id)") ?? 0
        let snapshot = Snapshot(person: person, municipalityID: municipalityID, contactOf: links)
        try db.execute(
            literal: """
                INSERT INTO person_trash (uuid, snapshot, removed_at, removed_by)
                VALUES (\(person.id.uuidString.lowercased()), \(try json(snapshot)), \(Timestamp.string(now)), \(author?.name))
                """)
        try db.execute(literal: "DELETE FROM person WHERE id = \(id)")
        return RemovedPerson(
            person: person, contactOf: links.compactMap { UUID(uuidString: $0.entry) }, removedAt: now,
            removedBy: author)
    }

    /// Every removed person, most recently removed first.
    static func list(in db: Database) throws -> [(row: Int64, removed: RemovedPerson, snapshot: Snapshot)] {
        try Row.fetchAll(
            db,
            literal: "SELECT id, snapshot, removed_at, removed_by FROM person_trash ORDER BY removed_at DESC, id DESC"
        ).map { row in
            guard let snapshot = try? JSONDecoder().decode(Snapshot.self, from: Data((row["snapshot"] as String).utf8))
            else { throw KennisbankError.damagedRow(table: "person_trash", id: row["id"]) }
            let removed = RemovedPerson(
                person: snapshot.person, contactOf: snapshot.contactOf.compactMap { UUID(uuidString: $0.entry) },
                removedAt: Timestamp.date(row["removed_at"]),
                removedBy: (row["removed_by"] as String?).flatMap(Author.init))
            return (try row.decoded("id", table: "person_trash"), removed, snapshot)
        }
    }

    /// The removed people `reference` names: by UUID, by folded name, or by `Name (Municipality)`.
    static func matching(_ reference: String, in db: Database) throws -> [(
        row: Int64, removed: RemovedPerson, snapshot: Snapshot
    )] {
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        let all = try list(in: db)
        if let uuid = UUID(uuidString: text) { return all.filter { $0.removed.person.id == uuid } }
        let key = TextFolding.lookupKey(text)
        let named = all.filter { TextFolding.lookupKey($0.removed.person.name) == key }
        if named.count <= 1 { return named.isEmpty ? qualified(text, all) : named }
        let chosen = qualified(text, all)
        return chosen.isEmpty ? named : chosen
    }

    private static func qualified(
        _ text: String, _ all: [(row: Int64, removed: RemovedPerson, snapshot: Snapshot)]
    ) -> [(row: Int64, removed: RemovedPerson, snapshot: Snapshot)] {
        guard let (name, municipality) = PersonLookup.qualified(text) else { return [] }
        return all.filter {
            TextFolding.lookupKey($0.removed.person.name) == TextFolding.lookupKey(name)
                && TextFolding.lookupKey($0.removed.person.municipality) == TextFolding.lookupKey(municipality)
        }
    }

    /// Brings the removed person of trash row `row` back with their links to entries that still exist.
    static func restore(row: Int64, snapshot: Snapshot, in db: Database) throws -> Int64 {
        let person = snapshot.person
        let valid = try ValidPerson(name: person.name, role: person.role, email: person.email, phone: person.phone)
        guard
            let municipality = try MunicipalityLookup.fetch(db, where: "id = \(snapshot.municipalityID)").first
                ?? (try? MunicipalityLookup.resolve(person.municipality, in: db))
        else { throw KennisbankError.unknownMunicipality(person.municipality, suggestions: []) }
        do {
            try PersonStore.refuseNamesake(valid, municipality: municipality, except: nil, in: db)
        } catch {
            throw KennisbankError.people(.cannotRestore(person.qualifiedName))
        }
        let id = try PersonStore.insert(valid, municipality: municipality, uuid: person.id, now: Date(), in: db)
        for link in snapshot.contactOf {
            guard let entry = try Int64.fetchOne(db, literal: "SELECT id FROM entry WHERE uuid = \(link.entry)") else {
                continue
            }
            try db.execute(
                literal: """
                    INSERT INTO entry_contact (entry_id, person_id, position) VALUES (\(entry), \(id), \(link.position))
                    ON CONFLICT DO NOTHING
                    """)
        }
        try db.execute(literal: "DELETE FROM person_trash WHERE id = \(row)")
        return id
    }
}
