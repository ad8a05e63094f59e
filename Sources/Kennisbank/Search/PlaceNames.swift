import GRDB
import KennisbankText

/// The municipalities that words of a query name: by name, by alias (`Den Haag`, `den bosch`),
/// by a name without its province qualifier (`Bergen`: both Bergens), or by a former name (the
/// municipalities that now cover it, following later reorganisations).
///
/// Words are compared by `TextFolding.lookupKey(_:)`, as `--municipality` compares them:
/// case, diacritics, spaces, hyphens and apostrophes do not matter (`'s-Hertogenbosch`,
/// `s hertogenbosch`).
enum PlaceNames {
    /// The most query words a municipality's name is read from (`Capelle aan den IJssel`).
    static let maximumWords = 5

    /// Lookup key → the names of the municipalities it names, by name, for the keys that name one.
    static func municipalities(named keys: Set<String>, in db: Database) throws -> [String: [String]] {
        let wanted = Array(keys.filter { !$0.isEmpty })
        guard !wanted.isEmpty else { return [:] }
        // A cached statement: its text depends only on how many keys there are.
        let rows = try Row.fetchAll(
            db,
            SQLRequest(
                literal: """
                    WITH RECURSIVE former(name_key, code) AS (
                        SELECT lookup_key, successor_code FROM former_municipality WHERE lookup_key IN \(wanted)
                        UNION
                        SELECT former.name_key, f.successor_code FROM former JOIN former_municipality f ON f.code = former.code
                    )
                    SELECT lookup_key AS name_key, name FROM municipality WHERE lookup_key IN \(wanted)
                    UNION SELECT base_key, name FROM municipality WHERE base_key IN \(wanted)
                    UNION SELECT a.lookup_key, m.name FROM municipality_alias a JOIN municipality m ON m.id = a.municipality_id
                        WHERE a.lookup_key IN \(wanted)
                    UNION SELECT former.name_key, m.name FROM former JOIN municipality m ON m.code = former.code
                    ORDER BY 1, 2
                    """, cached: true))
        var names: [String: [String]] = [:]
        for row in rows {
            names[row["name_key"], default: []].append(row["name"])
        }
        return names
    }
}
