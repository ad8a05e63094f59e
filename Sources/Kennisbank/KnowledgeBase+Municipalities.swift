import Foundation
import GRDB
import KennisbankText

extension KnowledgeBase {
    /// The municipality `reference` names: a CBS code (`GM0363`, `0363`), a name ignoring
    /// case, diacritics and separators (`sudwest-fryslan`), or an alias (`Den Haag`).
    ///
    /// Throws ``KennisbankError/ambiguousMunicipality(_:candidates:)`` for `Bergen`, and
    /// ``KennisbankError/unknownMunicipality(_:suggestions:)`` with the nearest names otherwise.
    public func municipality(_ reference: String) throws -> Municipality {
        try read { db in try MunicipalityLookup.resolve(reference, in: db) }
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

    /// All municipalities, by name; only those in `province` when given.
    public func municipalities(province: Province? = nil) throws -> [Municipality] {
        try read { db in
            try MunicipalityLookup.fetch(db, where: province.map { "province = \($0)" } ?? "1")
        }
    }

    /// Adds a municipality that the CBS registry does not hold (a sample, or a new merger).
    ///
    /// Throws ``KennisbankError/municipalityExists(_:code:)`` when its name, an alias or its code is taken.
    @discardableResult
    public func addMunicipality(name: String, code: String? = nil, province: Province? = nil) throws -> Municipality {
        let municipality = try ValidMunicipality(name: name, code: code, province: province)
        return try write { db in
            if try MunicipalityStore.named(municipality.key, in: db) != nil {
                throw KennisbankError.municipalityExists(municipality.name, code: municipality.code)
            }
            if let code = municipality.code, try MunicipalityStore.holding(code: code, in: db) != nil {
                throw KennisbankError.municipalityExists(municipality.name, code: municipality.code)
            }
            return try MunicipalityStore.insert(municipality, in: db)
        }
    }
}
