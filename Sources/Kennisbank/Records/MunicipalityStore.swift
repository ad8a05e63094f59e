import GRDB
import KennisbankText

/// A municipality to add, checked: its name (NFC, trimmed, at most 200 characters) with its
/// folded identity, its CBS code in the form `GM0363`, its province and where it comes from.
struct ValidMunicipality: Sendable, Equatable {
    var name: String
    /// The folded name: the identity a lookup matches.
    var key: String
    var code: String?
    var province: Province?
    var attribution: String?

    /// Checks a municipality a person or a file gives. A name without letters or digits is
    /// ``KennisbankError/emptyField(_:)``; a code that is not four digits (with or without `GM`)
    /// is ``KennisbankError/invalidMunicipalityCode(_:)``.
    init(name: String, code: String?, province: Province?, attribution: String? = nil) throws {
        self.name = try EntryValidation.text(name, field: .municipalityName, limit: 200)
        key = TextFolding.lookupKey(self.name)
        guard !key.isEmpty else { throw KennisbankError.emptyField(.municipalityName) }
        if let code {
            guard let parsed = MunicipalityLookup.code(from: code), code.trimmingCharacters(in: .whitespaces).count >= 4
            else { throw KennisbankError.invalidMunicipalityCode(code) }
            self.code = parsed
        }
        self.province = province
        self.attribution = try EntryValidation.optionalText(attribution, field: .attribution, limit: 200)
    }
}

/// The SQL behind municipalities added to the registry, inside a caller's transaction.
enum MunicipalityStore {
    /// The municipality whose name or alias folds to `key`, if any.
    static func named(_ key: String, in db: Database) throws -> Municipality? {
        try Municipality.fetchOne(
            db,
            literal: """
                SELECT \(Municipality.columns()) FROM municipality WHERE lookup_key = \(key)
                UNION ALL
                SELECT \(Municipality.columns("m")) FROM municipality_alias a JOIN municipality m ON m.id = a.municipality_id
                WHERE a.lookup_key = \(key)
                LIMIT 1
                """)
    }

    /// The municipality with the CBS code `code`, if any.
    static func holding(code: String, in db: Database) throws -> Municipality? {
        try MunicipalityLookup.fetch(db, where: "code = \(code)").first
    }

    /// The names of known municipalities close to `name`: the same name without a province
    /// qualifier, or a few edits away for its length with the same numbers (as for topics,
    /// ``TopicSimilarity``); by name.
    static func similarNames(to name: String, in db: Database) throws -> [String] {
        let key = TextFolding.lookupKey(name)
        let baseKey = MunicipalityLookup.baseKey(of: name)
        let length = key.unicodeScalars.count
        let digits = TopicSimilarity.digits(of: key)
        var names: Set<String> = []
        for row in try Row.fetchAll(
            db,
            literal: """
                SELECT name, lookup_key, base_key FROM municipality
                UNION ALL
                SELECT m.name, a.lookup_key, a.lookup_key FROM municipality_alias a JOIN municipality m ON m.id = a.municipality_id
                """)
        {
            let otherKey: String = row["lookup_key"]
            if row["base_key"] == baseKey {
                names.insert(row["name"])
                continue
            }
            let limit = TopicSimilarity.allowedEdits(forLength: min(length, otherKey.unicodeScalars.count))
            if limit > 0, TopicSimilarity.digits(of: otherKey) == digits,
                EditDistance.levenshtein(key, otherKey, limit: limit) != nil
            {
                names.insert(row["name"])
            }
        }
        return names.sorted()
    }

    /// Stores `municipality` and returns it as stored.
    static func insert(_ municipality: ValidMunicipality, in db: Database) throws -> Municipality {
        try db.execute(
            literal: """
                INSERT INTO municipality (name, lookup_key, base_key, code, province, attribution)
                VALUES (\(municipality.name), \(municipality.key), \(MunicipalityLookup.baseKey(of: municipality.name)),
                        \(municipality.code), \(municipality.province), \(municipality.attribution))
                """)
        return Municipality(
            id: Municipality.ID(db.lastInsertedRowID), name: municipality.name, code: municipality.code,
            province: municipality.province, attribution: municipality.attribution)
    }
}
