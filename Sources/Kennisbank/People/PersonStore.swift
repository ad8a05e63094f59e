import Foundation
import GRDB

/// The SQL behind people, inside a caller's transaction.
enum PersonStore {
    /// The person with row id `id`.
    static func fetch(_ id: Int64, in db: Database) throws -> Person {
        guard
            let person = try Person.fetchOne(
                db, literal: "SELECT \(Person.columns) FROM \(Person.joins) WHERE p.id = \(id)")
        else { throw KennisbankError.people(.unknownPerson(String(id), suggestions: [])) }
        return person
    }

    /// Stores `person` of `municipality` and returns its row id; a name the municipality knows
    /// already is ``KennisbankError/PersonProblem/personExists(name:municipality:)``.
    static func insert(
        _ person: ValidPerson, municipality: Municipality, uuid: UUID, now: Date, in db: Database
    ) throws -> Int64 {
        try refuseNamesake(person, municipality: municipality, except: nil, in: db)
        let time = Timestamp.string(now)
        try db.execute(
            literal: """
                INSERT INTO person (uuid, name, lookup_key, municipality_id, role, email, phone, created_at, updated_at)
                VALUES (\(uuid.uuidString.lowercased()), \(person.name), \(person.key), \(municipality.id),
                        \(person.role), \(person.email), \(person.phone), \(time), \(time))
                """)
        return db.lastInsertedRowID
    }

    /// Throws ``KennisbankError/PersonProblem/personExists(name:municipality:)`` when someone
    /// other than `except` of `municipality` has the name of `person`.
    static func refuseNamesake(
        _ person: ValidPerson, municipality: Municipality, except: Int64?, in db: Database
    ) throws {
        if let existing = try String.fetchOne(
            db,
            literal: """
                SELECT name FROM person WHERE lookup_key = \(person.key) AND municipality_id = \(municipality.id)
                AND id IS NOT \(except)
                """)
        {
            throw KennisbankError.people(.personExists(name: existing, municipality: municipality.name))
        }
    }
}
