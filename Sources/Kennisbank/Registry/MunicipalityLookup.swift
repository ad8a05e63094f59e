import Foundation
import GRDB
import KennisbankText

/// Finds the municipality a person means: by CBS code, by name ignoring case, diacritics
/// and separators, by alias, or by a name without its province qualifier (`Beek` for `Beek (L.)`).
enum MunicipalityLookup {
    /// True for a CBS code: `GM` and four digits.
    static func isCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 6 && bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "M")
            && bytes[2...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The code a person means by `text` (`GM0363`, `gm0363`, `0363`, `363`), or nil.
    static func code(from text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if trimmed.hasPrefix("GM") { trimmed.removeFirst(2) }
        guard (1...4).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "GM" + String(repeating: "0", count: 4 - trimmed.count) + trimmed
    }

    /// The lookup key of `name` without a trailing qualifier in parentheses.
    static func baseKey(of name: String) -> String {
        var base = name.trimmingCharacters(in: .whitespaces)
        if base.hasSuffix(")"), let open = base.lastIndex(of: "("), open > base.startIndex {
            base = String(base[..<open])
        }
        let key = TextFolding.lookupKey(base)
        return key.isEmpty ? TextFolding.lookupKey(name) : key
    }

    /// The municipality `reference` names, or an error listing candidates.
    static func resolve(_ reference: String, in db: Database) throws -> Municipality {
        try match(reference, in: db).municipality
    }

    /// The municipality `reference` names today, and the former municipality it named, if it did:
    /// by code, by name, by alias, by a former municipality's name, or by a name without its
    /// province qualifier. A former municipality resolves to the one that now covers it; one split
    /// over several is ``KennisbankError/splitMunicipality(_:successors:)``.
    static func match(_ reference: String, in db: Database) throws -> MunicipalityMatch {
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw KennisbankError.emptyField(.municipality) }
        if let code = code(from: text) {
            if let found = try fetch(db, where: "code = \(code)").first {
                return try FormerMunicipalityLookup.current(found, in: db)
            }
            if let former = try FormerMunicipalityLookup.match(code: code, text: text, in: db) { return former }
            throw KennisbankError.unknownMunicipality(text, suggestions: [])
        }
        let key = TextFolding.lookupKey(text)
        guard !key.isEmpty else { throw KennisbankError.unknownMunicipality(text, suggestions: []) }
        if let found = try fetch(db, where: "lookup_key = \(key)").first {
            return try FormerMunicipalityLookup.current(found, in: db)
        }
        if let found = try fetch(
            db, where: "id = (SELECT municipality_id FROM municipality_alias WHERE lookup_key = \(key))"
        ).first {
            return try FormerMunicipalityLookup.current(found, in: db)
        }
        if let former = try FormerMunicipalityLookup.match(key: key, text: text, in: db) { return former }
        let byBase = try fetch(db, where: "base_key = \(key)")
        if byBase.count == 1 { return try FormerMunicipalityLookup.current(byBase[0], in: db) }
        if byBase.count > 1 {
            throw KennisbankError.ambiguousMunicipality(text, candidates: byBase.map(\.name).sorted())
        }
        throw KennisbankError.unknownMunicipality(text, suggestions: try suggestions(for: key, in: db))
    }

    /// Up to five names close to `key`: names that start with or contain it, else the nearest by edit distance.
    static func suggestions(for key: String, in db: Database) throws -> [String] {
        let all = try Row.fetchAll(
            db,
            sql: """
                SELECT name, lookup_key FROM municipality
                UNION ALL
                SELECT m.name, a.lookup_key FROM municipality_alias a JOIN municipality m ON m.id = a.municipality_id
                """)
        var scored: [(distance: Int, name: String)] = []
        for row in all {
            let name: String = row["name"]
            let candidate: String = row["lookup_key"]
            if candidate.hasPrefix(key) || (key.count >= 4 && candidate.contains(key)) {
                scored.append((0, name))
                continue
            }
            let distance = EditDistance.levenshtein(key, candidate, limit: max(2, key.count / 3))
            if let distance { scored.append((distance, name)) }
        }
        var seen: Set<String> = []
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .map(\.name)
            .filter { seen.insert($0).inserted }
            .prefix(5)
            .map { $0 }
    }

    /// The municipalities `condition` selects, by name.
    static func fetch(_ db: Database, where condition: SQL) throws -> [Municipality] {
        try Municipality.fetchAll(
            db,
            SQLRequest(
                literal: "SELECT \(Municipality.columns()) FROM municipality WHERE \(condition) ORDER BY name",
                cached: true))
    }
}
