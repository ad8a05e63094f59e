import Foundation
import GRDB
import KennisbankText

/// Finds the person a reference names: a UUID, or a name folded the way municipality names are
/// folded (case, diacritics and separators do not count), optionally written
/// `Name (Municipality)` to choose between namesakes of different municipalities.
enum PersonLookup {
    /// The row id of the person `reference` names.
    ///
    /// Throws ``KennisbankError/PersonProblem/unknownPerson(_:suggestions:)`` with the closest
    /// names, or ``KennisbankError/PersonProblem/ambiguousPerson(_:candidates:)`` for a name that
    /// people of several municipalities share.
    static func id(of reference: String, in db: Database) throws -> Int64 {
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw KennisbankError.people(.emptyField(.name)) }
        if text.utf8.count == 36, let uuid = UUID(uuidString: text) {
            if let id = try Int64.fetchOne(
                db, literal: "SELECT id FROM person WHERE uuid = \(uuid.uuidString.lowercased())")
            {
                return id
            }
            throw KennisbankError.people(.unknownPerson(text, suggestions: []))
        }
        let key = TextFolding.lookupKey(text)
        let named = key.isEmpty ? [] : try candidates(where: "p.lookup_key = \(key)", in: db)
        if named.count == 1 { return named[0].id }
        if let (name, municipality) = qualified(text) {
            let nameKey = TextFolding.lookupKey(name)
            if !nameKey.isEmpty, let place = try? MunicipalityLookup.resolve(municipality, in: db),
                let found = try candidates(
                    where: "p.lookup_key = \(nameKey) AND p.municipality_id = \(place.id)", in: db
                ).first
            {
                return found.id
            }
        }
        if named.count > 1 {
            throw KennisbankError.people(.ambiguousPerson(text, candidates: named.map(\.qualifiedName).sorted()))
        }
        throw KennisbankError.people(.unknownPerson(text, suggestions: try suggestions(for: key, in: db)))
    }

    /// The name and the municipality of `Name (Municipality)`, or nil without a trailing parenthesis.
    static func qualified(_ text: String) -> (name: String, municipality: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let municipality = text[text.index(after: open)..<text.index(before: text.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !municipality.isEmpty else { return nil }
        return (name, municipality)
    }

    /// The people `condition` (on `person p` and `municipality m`) selects: id and qualified name.
    private static func candidates(where condition: SQL, in db: Database) throws -> [(id: Int64, qualifiedName: String)]
    {
        try Row.fetchAll(
            db, literal: "SELECT p.id, p.name, m.name AS municipality FROM \(Person.joins) WHERE \(condition)"
        ).map { row in
            let name: String = row["name"]
            let municipality: String = row["municipality"]
            return (try row.decoded("id", table: "person"), "\(name) (\(municipality))")
        }
    }

    /// Up to five people close to `key`, as `Name (Municipality)`: names that start with or
    /// contain it, else the nearest by edit distance.
    static func suggestions(for key: String, in db: Database) throws -> [String] {
        guard !key.isEmpty else { return [] }
        var scored: [(distance: Int, name: String)] = []
        for row in try Row.fetchAll(
            db, literal: "SELECT p.name, p.lookup_key, m.name AS municipality FROM \(Person.joins)")
        {
            let candidate: String = row["lookup_key"]
            let name: String = row["name"]
            let municipality: String = row["municipality"]
            let qualified = "\(name) (\(municipality))"
            if candidate.hasPrefix(key) || (key.count >= 4 && candidate.contains(key)) {
                scored.append((0, qualified))
            } else if let distance = EditDistance.levenshtein(key, candidate, limit: max(2, key.count / 3)) {
                scored.append((distance, qualified))
            }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(5).map(\.name)
    }
}
