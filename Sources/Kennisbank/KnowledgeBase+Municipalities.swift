import Foundation
import GRDB
import KennisbankText

extension KnowledgeBase {
    /// The municipality `reference` names: a CBS code (`GM0363`, `0363`), a name ignoring
    /// case, diacritics and separators (`sudwest-fryslan`), an alias (`Den Haag`), or a former
    /// municipality's name (`Boxmeer`, for the municipality that now covers it; see
    /// ``matchMunicipality(_:)`` to learn that it was one).
    ///
    /// Throws ``KennisbankError/ambiguousMunicipality(_:candidates:)`` for `Bergen`, and
    /// ``KennisbankError/unknownMunicipality(_:suggestions:)`` with the nearest names otherwise.
    public func municipality(_ reference: String) throws -> Municipality {
        try read { db in try MunicipalityLookup.resolve(reference, in: db) }
    }

    /// The municipality `reference` names today, with the former municipality it named, if it
    /// did (`Boxmeer` → Land van Cuijk, since 2022): so that a front end can say so. A former
    /// municipality split over several is ``KennisbankError/splitMunicipality(_:successors:)``;
    /// otherwise like looking a municipality up by name.
    public func matchMunicipality(_ reference: String) throws -> MunicipalityMatch {
        try read { db in try MunicipalityLookup.match(reference, in: db) }
    }

    /// The municipality with this id.
    public func municipality(_ id: Municipality.ID) throws -> Municipality {
        try read { db in
            guard let found = try MunicipalityLookup.fetch(db, where: "id = \(id)").first else {
                throw KennisbankError.unknownMunicipality(id.description, suggestions: [])
            }
            return found
        }
    }

    /// The names of all municipalities, in the order of ``municipalities(province:)``: what a
    /// form's list of suggestions needs, without reading the rest of each municipality.
    public func municipalityNames() throws -> [String] {
        try read { db in try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM municipality ORDER BY name")) }
    }

    /// All municipalities, by name; only those in `province` when given.
    public func municipalities(province: Province? = nil) throws -> [Municipality] {
        try read { db in
            try MunicipalityLookup.fetch(db, where: province.map { "province = \($0)" } ?? "1")
        }
    }

    /// Adds a municipality that the CBS registry does not hold (a sample, or a new merger).
    ///
    /// Throws ``KennisbankError/municipalityExists(_:code:)`` when its name, an alias or its code is
    /// taken, and — unless `allowingSimilarName` — ``KennisbankError/similarMunicipality(_:similar:)``
    /// when its name is close to a known one (`Zwole`, `Bergen op Zoom ` typed anew), by the same
    /// rule as topics (one edit from 5 characters, two from 10, or the same name without its
    /// province qualifier).
    @discardableResult
    public func addMunicipality(
        name: String, code: String? = nil, province: Province? = nil, allowingSimilarName: Bool = false
    ) throws -> Municipality {
        let municipality = try ValidMunicipality(name: name, code: code, province: province)
        return try write { db in
            if try MunicipalityStore.named(municipality.key, in: db) != nil {
                throw KennisbankError.municipalityExists(municipality.name, code: municipality.code)
            }
            if let code = municipality.code, try MunicipalityStore.holding(code: code, in: db) != nil {
                throw KennisbankError.municipalityExists(municipality.name, code: municipality.code)
            }
            if !allowingSimilarName {
                let similar = try MunicipalityStore.similarNames(to: municipality.name, in: db)
                if !similar.isEmpty { throw KennisbankError.similarMunicipality(municipality.name, similar: similar) }
            }
            return try MunicipalityStore.insert(municipality, in: db)
        }
    }
}
