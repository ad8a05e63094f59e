import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: People

    /// The person `reference` names: a UUID, or a name (case, diacritics and separators do not
    /// count), written `Name (Municipality)` to choose between namesakes.
    ///
    /// Throws ``KennisbankError/PersonProblem/unknownPerson(_:suggestions:)`` or
    /// ``KennisbankError/PersonProblem/ambiguousPerson(_:candidates:)`` (as ``KennisbankError/people(_:)``).
    public func person(_ reference: String) throws -> Person {
        try read { db in try PersonStore.fetch(try PersonLookup.id(of: reference, in: db), in: db) }
    }

    /// Every person, by name and then municipality; only those of `municipality` (a name or
    /// code, as ``municipality(_:)-(String)`` resolves it) when given.
    public func people(municipality: String? = nil) throws -> [Person] {
        try read { db in
            let condition: SQL =
                try municipality.map { "p.municipality_id = \(try MunicipalityLookup.resolve($0, in: db).id)" } ?? "1"
            return try Person.fetchAll(
                db,
                literal:
                    "SELECT \(Person.columns) FROM \(Person.joins) WHERE \(condition) ORDER BY p.lookup_key, m.name")
        }
    }

    /// Adds a person of `municipality` (a name or code) and returns them as stored.
    ///
    /// The name must hold letters or digits; the e-mail address and the phone number are checked
    /// lightly (``KennisbankError/PersonProblem/invalidEmail(_:)``,
    /// ``KennisbankError/PersonProblem/invalidPhone(_:)``); a name already known in the
    /// municipality is ``KennisbankError/PersonProblem/personExists(name:municipality:)``.
    @discardableResult
    public func addPerson(
        name: String, municipality: String, role: String? = nil, email: String? = nil, phone: String? = nil
    ) throws -> Person {
        let valid = try ValidPerson(name: name, role: role, email: email, phone: phone)
        return try write { db in
            let place = try MunicipalityLookup.resolve(municipality, in: db)
            let id = try PersonStore.insert(valid, municipality: place, uuid: UUID(), now: Date(), in: db)
            return try PersonStore.fetch(id, in: db)
        }
    }
}
