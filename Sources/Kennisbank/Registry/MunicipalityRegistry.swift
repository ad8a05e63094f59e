import CSV
import Foundation
import GRDB
import KennisbankText

/// A list of municipalities in the CBS format, and the aliases people use for them.
///
/// The bundled list is CBS's "Gemeenten alfabetisch 2024" (342 municipalities, Bron: CBS),
/// embedded in the binary; a newer CBS list with the same columns can replace it.
struct MunicipalityRegistry: Sendable {
    /// One municipality of the list.
    struct Row: Sendable, Equatable {
        var code: String
        var name: String
        var province: Province
    }

    /// The attribution stored with every registry row.
    static let attribution = "Bron: CBS"

    /// The municipalities.
    var rows: [Row]
    /// Other names and the CBS code they stand for.
    var aliases: [(alias: String, code: String)]

    /// The registry bundled in this binary: CBS 2024, its renames, and common names.
    static let bundled: MunicipalityRegistry = {
        guard let csv = EmbeddedFiles.contents["Data/gemeenten-2024.csv"],
            let rows = try? parse(csv: csv, name: "gemeenten-2024.csv"),
            let renamesCSV = EmbeddedFiles.contents["Data/gemeenten-renames-2024.csv"],
            let renames = try? CSVTable(string: renamesCSV, name: "gemeenten-renames-2024.csv")
        else {
            preconditionFailure("The embedded CBS registry cannot be read: the build is broken.")
        }
        var aliases = renames.rows.compactMap { row -> (alias: String, code: String)? in
            guard let code = row["code"], let old = row["name_until_2023"] else { return nil }
            return (alias: old, code: code)
        }
        aliases += commonAliases
        return MunicipalityRegistry(rows: rows, aliases: aliases)
    }()

    /// The codes, and the lookup keys of the names and aliases, of the bundled registry: what a
    /// new knowledge base knows.
    private static let bundledIdentities: (codes: Set<String>, keys: Set<String>) = (
        Set(bundled.rows.map(\.code)),
        Set(
            bundled.rows.map { TextFolding.lookupKey($0.name) }
                + bundled.aliases.map { TextFolding.lookupKey($0.alias) })
    )

    /// True when a new knowledge base finds `municipality` in the bundled registry, by its code
    /// or by its name (or a former name): an import of its entries there finds it without it.
    static func bundledKnows(_ municipality: Municipality) -> Bool {
        if let code = municipality.code, bundledIdentities.codes.contains(code) { return true }
        return bundledIdentities.keys.contains(TextFolding.lookupKey(municipality.name))
    }

    /// Names people use that CBS does not.
    static let commonAliases: [(alias: String, code: String)] = [
        ("Den Haag", "GM0518"),
        ("Gravenhage", "GM0518"),
        ("The Hague", "GM0518"),
        ("Den Bosch", "GM0796"),
        ("Hertogenbosch", "GM0796"),
        ("Zuidwest-Friesland", "GM1900"),
        ("Noordoost-Friesland", "GM1970"),
        ("Nuenen", "GM0820"),
    ]

    /// Reads a CBS municipality list: a CSV file with the columns `GemeentecodeGM`,
    /// `Gemeentenaam` and `Provincienaam` (others are ignored); `name` names it in errors.
    static func parse(csv: String, name: String) throws -> [Row] {
        func failure(_ problem: KennisbankError.MunicipalityListProblem) -> KennisbankError {
            .municipalityListFailed(source: name, problem: problem)
        }
        let table = try CSVTable(string: csv, name: name)
        for column in ["GemeentecodeGM", "Gemeentenaam", "Provincienaam"] where !table.header.contains(column) {
            throw failure(.missingColumn(column))
        }
        var rows: [Row] = []
        var seen: Set<String> = []
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            /// `text` checked like every text field: no control characters or noncharacters.
            func checked(_ text: String?, field: KennisbankError.Field) throws -> String {
                let value = text ?? ""
                guard !value.unicodeScalars.contains(where: EntryValidation.isControl) else {
                    throw failure(.invalidRow(row: line, .invalidCharacters(field: field)))
                }
                return value.trimmingCharacters(in: .whitespaces)
            }
            let code = try checked(row["GemeentecodeGM"], field: .code).uppercased()
            let municipality = try checked(row["Gemeentenaam"], field: .municipalityName)
            let provinceName = try checked(row["Provincienaam"], field: .province)
            guard MunicipalityLookup.isCode(code) else {
                throw failure(.notACode(row: line, code: code))
            }
            guard !municipality.isEmpty else {
                throw failure(.emptyName(row: line))
            }
            guard seen.insert(code).inserted else {
                throw failure(.duplicateCode(row: line, code: code))
            }
            let checkedName: String
            let province: Province
            do {
                checkedName = try EntryValidation.text(municipality, field: .municipalityName, limit: 200)
                province = try Province(resolving: provinceName)
            } catch let error as KennisbankError {
                throw failure(.invalidRow(row: line, error))
            }
            rows.append(Row(code: code, name: checkedName, province: province))
        }
        guard !rows.isEmpty else {
            throw failure(.empty)
        }
        return rows
    }

    /// What loading changed.
    struct LoadResult: Sendable, Equatable {
        var added: Int
        var renamed: Int
        var unchanged: Int
    }

    /// Adds the registry's municipalities to `db`, updating names and provinces of known codes;
    /// a renamed municipality keeps its old name as an alias.
    @discardableResult
    func load(into db: Database) throws -> LoadResult {
        var result = LoadResult(added: 0, renamed: 0, unchanged: 0)
        for row in rows {
            let key = TextFolding.lookupKey(row.name)
            let baseKey = MunicipalityLookup.baseKey(of: row.name)
            if let existing = try MunicipalityLookup.fetch(db, where: "code = \(row.code)").first {
                if existing.name == row.name && existing.province == row.province {
                    result.unchanged += 1
                    continue
                }
                try db.execute(
                    sql:
                        "UPDATE municipality SET name = ?, lookup_key = ?, base_key = ?, province = ?, attribution = ? WHERE id = ?",
                    arguments: [row.name, key, baseKey, row.province, Self.attribution, existing.id])
                if existing.name != row.name {
                    try addAlias(existing.name, id: existing.id, db: db)
                    if try db.tableExists("entry_fts") {
                        try SearchIndex.reindexEntries(ofMunicipality: existing.id, oldName: existing.name, in: db)
                    }
                    result.renamed += 1
                } else {
                    result.unchanged += 1
                }
            } else {
                if try Int.fetchOne(db, sql: "SELECT 1 FROM municipality WHERE lookup_key = ?", arguments: [key]) != nil
                {
                    throw KennisbankError.municipalityExists(row.name, code: nil)
                }
                try db.execute(
                    sql:
                        "INSERT INTO municipality (name, lookup_key, base_key, code, province, attribution) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [row.name, key, baseKey, row.code, row.province, Self.attribution])
                result.added += 1
            }
        }
        for (alias, code) in aliases {
            if let id = try Municipality.ID.fetchOne(
                db, sql: "SELECT id FROM municipality WHERE code = ?", arguments: [code])
            {
                try addAlias(alias, id: id, db: db)
            }
        }
        return result
    }

    private func addAlias(_ alias: String, id: Municipality.ID, db: Database) throws {
        let key = TextFolding.lookupKey(alias)
        guard !key.isEmpty else { return }
        // A name that is some municipality's own name never becomes an alias.
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM municipality WHERE lookup_key = ?", arguments: [key]) == nil
        else { return }
        try db.execute(
            sql:
                "INSERT INTO municipality_alias (lookup_key, alias, municipality_id) VALUES (?, ?, ?) ON CONFLICT(lookup_key) DO UPDATE SET alias = excluded.alias, municipality_id = excluded.municipality_id",
            arguments: [key, alias, id])
    }
}
