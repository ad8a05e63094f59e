import Foundation
import GRDB
import KennisbankText

/// The SQL behind removed people (`person_trash`) and earlier versions of people
/// (`person_revision`), inside a caller's transaction.
enum PersonTrash {
    /// What the trash keeps of a person: the person, their municipality's row id (to restore
    /// them even after a rename), the entries they were a contact of with their place, and the
    /// meetings they attended and visits they went on (removing the person removes those rows;
    /// restoring brings them back). Snapshots of before meetings and visits have neither.
    struct Snapshot: Codable {
        var person: Person
        var municipalityID: Int64
        var contactOf: [Link]
        var attended: [Attendance]?
        var visited: [Companion]?

        struct Link: Codable {
            var entry: String
            var position: Int
        }

        /// One attendance: the meeting's row id and who recorded it when.
        struct Attendance: Codable {
            var meeting: Int64
            var recordedAt: String
            var recordedBy: String?

            enum CodingKeys: String, CodingKey {
                case meeting
                case recordedAt = "recorded_at"
                case recordedBy = "recorded_by"
            }
        }

        /// One visit the person went on: the visit's row id and their place among its people.
        struct Companion: Codable {
            var visit: Int64
            var position: Int
        }

        enum CodingKeys: String, CodingKey {
            case person
            case municipalityID = "municipality_id"
            case contactOf = "contact_of"
            case attended
            case visited
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
        let attended = try Row.fetchAll(
            db,
            literal: """
                SELECT meeting_id, recorded_at, recorded_by FROM meeting_attendance WHERE person_id = \(id)
                ORDER BY meeting_id
                """
        ).map {
            Snapshot.Attendance(meeting: $0["meeting_id"], recordedAt: $0["recorded_at"], recordedBy: $0["recorded_by"])
        }
        let visited = try Row.fetchAll(
            db, literal: "SELECT visit_id, position FROM visit_person WHERE person_id = \(id) ORDER BY visit_id"
        ).map { Snapshot.Companion(visit: $0["visit_id"], position: $0["position"]) }
        let snapshot = Snapshot(
            person: person, municipalityID: municipalityID, contactOf: links, attended: attended, visited: visited)
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
        let restored = try PersonStore.fetch(id, in: db)
        for link in snapshot.contactOf {
            guard let entry = try Int64.fetchOne(db, literal: "SELECT id FROM entry WHERE uuid = \(link.entry)") else {
                // An entry trashed since: it gets the person back when it comes out of the trash.
                try addToTrashedEntry(link, contact: restored, in: db)
                continue
            }
            try db.execute(
                literal: """
                    INSERT INTO entry_contact (entry_id, person_id, position) VALUES (\(entry), \(id), \(link.position))
                    ON CONFLICT DO NOTHING
                    """)
        }
        for attendance in snapshot.attended ?? [] {
            try db.execute(
                literal: """
                    INSERT INTO meeting_attendance (meeting_id, person_id, recorded_at, recorded_by)
                    SELECT id, \(id), \(attendance.recordedAt), \(attendance.recordedBy) FROM meeting
                    WHERE id = \(attendance.meeting)
                    ON CONFLICT DO NOTHING
                    """)
        }
        for companion in snapshot.visited ?? [] {
            try db.execute(
                literal: """
                    INSERT INTO visit_person (visit_id, person_id, position)
                    SELECT id, \(id), \(companion.position) FROM visit WHERE id = \(companion.visit)
                    ON CONFLICT DO NOTHING
                    """)
        }
        try db.execute(literal: "DELETE FROM person_trash WHERE id = \(row)")
        return id
    }

    /// Puts `contact` back among the contacts of the trashed entry `link` names (near its place
    /// then), so that restoring the entry from the trash links them again; nothing when that
    /// entry is not in the trash or already names them.
    private static func addToTrashedEntry(_ link: Snapshot.Link, contact: Person, in db: Database) throws {
        guard
            let row = try Row.fetchOne(db, literal: "SELECT id, snapshot FROM entry_trash WHERE uuid = \(link.entry)")
        else { return }
        let id: Int64 = row["id"]
        var version = try EntryVersion.decoded(row["snapshot"])
        guard !version.entry.contacts.contains(where: { $0.id == contact.id }) else { return }
        let place = min(max(0, link.position), version.entry.contacts.count)
        version.entry.contacts.insert(EntryContact(contact), at: place)
        try db.execute(literal: "UPDATE entry_trash SET snapshot = \(try version.json()) WHERE id = \(id)")
    }
}
