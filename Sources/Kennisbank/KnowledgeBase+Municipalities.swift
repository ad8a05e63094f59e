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

    /// All municipalities, by name; only those in `province` when given.
    public func municipalities(province: String? = nil) throws -> [Municipality] {
        let provinceName = try province.map(Province.resolve)
        return try read { db in
            if let provinceName {
                return try MunicipalityLookup.fetch(db, where: "province = ?", [provinceName])
            }
            return try MunicipalityLookup.fetch(db, where: "1", [])
        }
    }

    /// Adds a municipality that the CBS registry does not hold (a sample, or a new merger).
    @discardableResult
    public func addMunicipality(name: String, code: String? = nil, province: String? = nil) throws -> Municipality {
        let name = try EntryValidation.text(name, field: "municipality name", limit: 200)
        let key = TextFolding.lookupKey(name)
        guard !key.isEmpty else { throw KennisbankError.emptyField("municipality name") }
        var normalizedCode: String?
        if let code {
            guard let parsed = MunicipalityLookup.code(from: code), code.trimmingCharacters(in: .whitespaces).count >= 4 else {
                throw KennisbankError.invalidMunicipalityCode(code)
            }
            normalizedCode = parsed
        }
        let provinceName = try province.map(Province.resolve)
        return try write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM municipality WHERE lookup_key = ? OR code = ?", arguments: [key, normalizedCode]) != nil
                || Int.fetchOne(db, sql: "SELECT 1 FROM municipality_alias WHERE lookup_key = ?", arguments: [key]) != nil {
                throw KennisbankError.municipalityExists(normalizedCode.map { "\(name) (\($0))" } ?? name)
            }
            try db.execute(
                sql: "INSERT INTO municipality (name, lookup_key, base_key, code, province) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, key, MunicipalityLookup.baseKey(of: name), normalizedCode, provinceName])
            return Municipality(id: db.lastInsertedRowID, name: name, code: normalizedCode, province: provinceName, attribution: nil)
        }
    }
}
