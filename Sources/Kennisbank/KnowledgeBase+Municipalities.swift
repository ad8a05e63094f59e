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
    @discardableResult
    public func addMunicipality(name: String, code: String? = nil, province: Province? = nil) throws -> Municipality {
        let name = try EntryValidation.text(name, field: .municipalityName, limit: 200)
        let key = TextFolding.lookupKey(name)
        guard !key.isEmpty else { throw KennisbankError.emptyField(.municipalityName) }
        var normalizedCode: String?
        if let code {
            guard let parsed = MunicipalityLookup.code(from: code), code.trimmingCharacters(in: .whitespaces).count >= 4
            else {
                throw KennisbankError.invalidMunicipalityCode(code)
            }
            normalizedCode = parsed
        }
        return try write { db in
            if try Bool.fetchOne(
                db,
                literal: """
                    SELECT EXISTS (SELECT 1 FROM municipality WHERE lookup_key = \(key) OR code = \(normalizedCode))
                        OR EXISTS (SELECT 1 FROM municipality_alias WHERE lookup_key = \(key))
                    """) == true
            {
                throw KennisbankError.municipalityExists(name, code: normalizedCode)
            }
            try db.execute(
                literal: """
                    INSERT INTO municipality (name, lookup_key, base_key, code, province)
                    VALUES (\(name), \(key), \(MunicipalityLookup.baseKey(of: name)), \(normalizedCode), \(province))
                    """)
            return Municipality(
                id: Municipality.ID(db.lastInsertedRowID), name: name, code: normalizedCode, province: province,
                attribution: nil)
        }
    }
}
