import GRDB

/// The four facets of the matched entries (``SearchFacets``), counted in one statement that
/// reads the matches once.
///
/// Kinds, municipalities and provinces come from one count per kind and municipality, taken under
/// the filter without its kinds, municipalities and province; each of the three facets then adds
/// up the counts that the filter's choices of the other two pass. Topics are counted per topic,
/// under the filter without its topics.
struct FacetCounts: Equatable {
    var kinds: [FacetOption]
    var topics: [FacetOption]
    var municipalities: [FacetOption]
    var provinces: [FacetOption]

    /// The counts of `matched` under `filter`. With `scansIndex` (for many matches), the kinds and
    /// municipalities are read from an index of every entry, each checked against the matches,
    /// instead of looking each match up (for few). The matches come first in every join
    /// (`CROSS JOIN`): left to itself, SQLite read every entry's topics and looked each up among
    /// the matches, 10 ms for a word with a handful of hits at 100,000 entries.
    init(_ matched: MatchedEntries, _ filter: EntryFilter, scansIndex: Bool, in db: Database) throws {
        var placeFilter = filter
        placeFilter.kinds = []
        placeFilter.municipalities = []
        placeFilter.province = nil
        var topicFilter = filter
        topicFilter.topics = []
        let placeSource: SQL =
            scansIndex
            ? "FROM entry e INDEXED BY entry_kind_municipality_status WHERE e.id IN matched"
            : "FROM matched CROSS JOIN entry e ON e.id = matched.id WHERE 1"
        let topicSource: SQL =
            topicFilter.selectsEverything
            ? "FROM matched CROSS JOIN entry_topic et ON et.entry_id = matched.id"
            : """
            FROM matched CROSS JOIN entry_topic et ON et.entry_id = matched.id JOIN entry e ON e.id = matched.id
            LEFT JOIN municipality m ON m.id = e.municipality_id WHERE \(topicFilter.condition)
            """
        let rows = try Row.fetchAll(
            db,
            literal: """
                WITH matched(id) AS MATERIALIZED (\(matched.ids))
                SELECT e.kind AS kind, e.municipality_id AS municipality, NULL AS topic, count(*) AS count
                \(placeSource) AND \(placeFilter.condition)
                GROUP BY e.kind, e.municipality_id
                UNION ALL
                SELECT NULL, NULL, et.topic_id, count(*) \(topicSource)
                GROUP BY et.topic_id
                """)
        var placeCounts: [(kind: EntryKind, municipality: Municipality.ID?, count: Int)] = []
        var topicCounts: [(topic: Topic.ID, count: Int)] = []
        for row in rows {
            if let topic: Topic.ID = try row.decodedIfPresent("topic", table: "entry_topic") {
                topicCounts.append((topic, row["count"]))
            } else {
                placeCounts.append(
                    (
                        try row.decoded("kind", table: "entry"),
                        try row.decodedIfPresent("municipality", table: "entry"),
                        row["count"]
                    ))
            }
        }
        let places = try Self.municipalities(placeCounts.compactMap(\.municipality), in: db)
        let kindPasses = { (kind: EntryKind) in filter.kinds.isEmpty || filter.kinds.contains(kind) }
        let municipalityPasses = { (id: Municipality.ID?) in
            filter.municipalities.isEmpty || id.map(filter.municipalities.contains) == true
        }
        let provincePasses = { (id: Municipality.ID?) in
            filter.province == nil || id.flatMap { places[$0]?.province } == filter.province
        }
        var kinds: [EntryKind: Int] = [:]
        var municipalities: [Municipality.ID: Int] = [:]
        var provinces: [Province: Int] = [:]
        for (kind, id, count) in placeCounts {
            if municipalityPasses(id), provincePasses(id) { kinds[kind, default: 0] += count }
            guard let id, kindPasses(kind) else { continue }
            if provincePasses(id) { municipalities[id, default: 0] += count }
            if municipalityPasses(id), let province = places[id]?.province { provinces[province, default: 0] += count }
        }
        self.kinds = Self.options(
            kinds.map { FacetOption(value: $0.key.rawValue, name: $0.key.rawValue, count: $0.value) })
        self.municipalities = Self.options(
            municipalities.compactMap { id, count in
                places[id].map { FacetOption(value: $0.code ?? $0.name, name: $0.name, count: count) }
            })
        self.provinces = Self.options(
            provinces.map { FacetOption(value: $0.key.rawValue, name: $0.key.rawValue, count: $0.value) })
        let labels = try Self.topics(topicCounts.map(\.topic), in: db)
        self.topics = Self.options(
            topicCounts.compactMap { id, count in
                labels[id].map { FacetOption(value: $0.label, name: $0.label, count: count) }
            })
    }

    /// Most first, then by name as SQLite orders text (by code point).
    static func options(_ options: [FacetOption]) -> [FacetOption] {
        options.sorted {
            $0.count != $1.count
                ? $0.count > $1.count : $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars)
        }
    }

    /// The municipalities of `ids`, by id.
    static func municipalities(_ ids: [Municipality.ID], in db: Database) throws -> [Municipality.ID: Municipality] {
        guard !ids.isEmpty else { return [:] }
        let found = try Municipality.fetchAll(
            db, literal: "SELECT \(Municipality.columns()) FROM municipality WHERE id IN \(Set(ids).sorted())")
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }

    /// The topics of `ids`, by id.
    static func topics(_ ids: [Topic.ID], in db: Database) throws -> [Topic.ID: Topic] {
        guard !ids.isEmpty else { return [:] }
        let found = try Topic.fetchAll(db, literal: "SELECT id, label, key FROM topic WHERE id IN \(Set(ids).sorted())")
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }
}
