import GRDB
import KennisbankText

/// The municipalities and topics a comparison refers to by id, read with their records' `init(row:)`.
enum ComparisonRecords {
    /// The municipalities with these ids, by id.
    static func municipalities(_ ids: some Collection<Municipality.ID>, in db: Database) throws -> [Municipality.ID:
        Municipality]
    {
        guard !ids.isEmpty else { return [:] }
        let found = try MunicipalityLookup.fetch(db, where: "id IN \(ids)")
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The municipalities with these ids, by name ignoring case and diacritics.
    static func municipalitiesByName(_ ids: some Collection<Municipality.ID>, in db: Database) throws -> [Municipality]
    {
        try municipalities(ids, in: db).values
            .sorted { (TextFolding.lookupKey($0.name), $0.name) < (TextFolding.lookupKey($1.name), $1.name) }
    }

    /// The topics with these ids, by id.
    static func topics(_ ids: some Collection<Topic.ID>, in db: Database) throws -> [Topic.ID: Topic] {
        guard !ids.isEmpty else { return [:] }
        let found = try Topic.fetchAll(db, literal: "SELECT id, label, key FROM topic WHERE id IN \(ids)")
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
