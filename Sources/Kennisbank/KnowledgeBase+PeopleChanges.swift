import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Contacts

    /// The entries that name the person with UUID `person` as a contact, by id.
    public func entries(withContact person: UUID) throws -> [Entry] {
        try read { db in
            try EntryStore.fetchAll(
                """
                SELECT \(Entry.columns) FROM \(Entry.joins)
                WHERE e.id IN (SELECT ec.entry_id FROM entry_contact ec JOIN person p ON p.id = ec.person_id
                               WHERE p.uuid = \(person.uuidString.lowercased()))
                ORDER BY e.id
                """, in: db)
        }
    }

    // MARK: Changing people

    /// Changes the person `reference` names and returns them as stored; their version before
    /// the change is kept (`person_revision`), by `author`. A new name another person of the
    /// municipality has is ``KennisbankError/PersonProblem/personExists(name:municipality:)``.
    @discardableResult
    public func editPerson(_ reference: String, _ changes: PersonChanges, by author: Author? = nil) throws -> Person {
        try write { db in
            let id = try PersonLookup.id(of: reference, in: db)
            let current = try PersonStore.fetch(id, in: db)
            let valid = try ValidPerson(
                name: changes.name ?? current.name, role: changes.role ?? current.role,
                email: changes.email ?? current.email, phone: changes.phone ?? current.phone)
            let municipality = try MunicipalityLookup.resolve(current.municipality, in: db)
            try PersonStore.refuseNamesake(valid, municipality: municipality, except: id, in: db)
            guard
                valid.name != current.name || valid.role != current.role || valid.email != current.email
                    || valid.phone != current.phone
            else { return current }
            let now = Date()
            try PersonTrash.keepVersion(of: id, author: author, now: now, in: db)
            try db.execute(
                literal: """
                    UPDATE person SET name = \(valid.name), lookup_key = \(valid.key), role = \(valid.role),
                        email = \(valid.email), phone = \(valid.phone),
                        updated_at = max(created_at, \(Timestamp.string(now)))
                    WHERE id = \(id)
                    """)
            return try PersonStore.fetch(id, in: db)
        }
    }

    /// The earlier versions of the person `reference` names, oldest first: each as it was before an edit.
    public func versions(ofPerson reference: String) throws -> [Person] {
        try read { db in
            let person = try PersonStore.fetch(try PersonLookup.id(of: reference, in: db), in: db)
            return try String.fetchAll(
                db,
                literal:
                    "SELECT snapshot FROM person_revision WHERE person_uuid = \(person.id.uuidString.lowercased()) ORDER BY id"
            ).map { try JSONDecoder().decode(Person.self, from: Data($0.utf8)) }
        }
    }

    /// Removes the person `reference` names: they leave the people and the contacts of their
    /// entries, and are kept (with those links) until ``restorePerson(_:by:)`` brings them back.
    @discardableResult
    public func removePerson(_ reference: String, by author: Author? = nil) throws -> RemovedPerson {
        try write { db in
            try PersonTrash.remove(try PersonLookup.id(of: reference, in: db), author: author, now: Date(), in: db)
        }
    }

    /// The removed people, most recently removed first.
    public func removedPeople() throws -> [RemovedPerson] {
        try read { db in try PersonTrash.list(in: db).map(\.removed) }
    }

    /// Brings back the removed person `reference` names (a UUID, a name, or `Name (Municipality)`),
    /// as a contact of the entries they were a contact of that still exist; returns them.
    ///
    /// Throws ``KennisbankError/PersonProblem/notRemoved(_:)``,
    /// ``KennisbankError/PersonProblem/ambiguousPerson(_:candidates:)`` or, when someone of the
    /// same name is known in the municipality again, ``KennisbankError/PersonProblem/cannotRestore(_:)``.
    @discardableResult
    public func restorePerson(_ reference: String, by author: Author? = nil) throws -> Person {
        try write { db in
            let matches = try PersonTrash.matching(reference, in: db)
            guard let match = matches.first else { throw KennisbankError.people(.notRemoved(reference)) }
            if matches.count > 1 {
                throw KennisbankError.people(
                    .ambiguousPerson(reference, candidates: matches.map(\.removed.person.qualifiedName).sorted()))
            }
            return try PersonStore.fetch(
                try PersonTrash.restore(row: match.row, snapshot: match.snapshot, in: db), in: db)
        }
    }
}
