import GRDB

/// The four facets of the matched entries (``SearchFacets``), counted in memory: the matches are
/// read once, as ids, and each is looked up in the ``FacetColumns``; each facet counts the matches
/// that pass every part of the filter but its own.
struct FacetCounts: Equatable {
    var kinds: [FacetOption]
    var topics: [FacetOption]
    var municipalities: [FacetOption]
    var provinces: [FacetOption]
    /// How many matches pass the whole filter: the search's total.
    var total: Int

    /// The counts of `matched` under `filter`, with the entries' values from `columns`.
    init(_ matched: MatchedEntries, _ filter: EntryFilter, columns: FacetColumns, in db: Database) throws {
        let matches = try Entry.ID.fetchAll(db, SQLRequest(literal: matched.ids, cached: true)).compactMap {
            columns[$0]
        }
        let places = try Self.municipalities(in: db)
        let check = FacetFilterCheck(filter: filter, provinces: places.compactMapValues(\.province))
        var kinds: [EntryKind: Int] = [:]
        var topics: [Topic.ID: Int] = [:]
        var municipalities: [Municipality.ID: Int] = [:]
        var provinces: [Province: Int] = [:]
        var total = 0
        for values in matches where check.rest(values) {
            let kind = check.kind(values)
            let municipality = check.municipality(values)
            let province = check.province(values)
            let entryTopics = columns.topics(of: values)
            let topic = check.topic(entryTopics)
            if municipality, province, topic {
                kinds[values.kind, default: 0] += 1
                if kind { total += 1 }
            }
            if kind, municipality, province {
                for id in entryTopics { topics[id, default: 0] += 1 }
            }
            guard let id = values.municipality else { continue }
            if kind, province, topic { municipalities[id, default: 0] += 1 }
            if kind, municipality, topic, let name = places[id]?.province { provinces[name, default: 0] += 1 }
        }
        self.total = total
        self.kinds = Self.options(
            kinds.map { FacetOption(value: $0.key.rawValue, name: $0.key.rawValue, count: $0.value) })
        self.municipalities = Self.options(
            municipalities.compactMap { id, count in
                places[id].map { FacetOption(value: $0.code ?? $0.name, name: $0.name, count: count) }
            })
        self.provinces = Self.options(
            provinces.map { FacetOption(value: $0.key.rawValue, name: $0.key.rawValue, count: $0.value) })
        let labels = try Self.topics(in: db)
        self.topics = Self.options(
            topics.compactMap { id, count in
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

    /// Every municipality, by id, read as it is now (a municipality's province can change
    /// without its entries changing). One cached statement: a list of ids made a new one each time.
    static func municipalities(in db: Database) throws -> [Municipality.ID: Municipality] {
        let found = try Municipality.fetchAll(
            db, SQLRequest<Municipality>(literal: "SELECT \(Municipality.columns()) FROM municipality", cached: true))
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }

    /// Every topic, by id, as ``municipalities(in:)``.
    static func topics(in db: Database) throws -> [Topic.ID: Topic] {
        let found = try Topic.fetchAll(db, SQLRequest<Topic>(literal: "SELECT id, label, key FROM topic", cached: true))
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }
}
