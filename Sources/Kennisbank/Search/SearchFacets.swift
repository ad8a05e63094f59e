/// How many entries a search finds with each option of its filters: per kind, topic,
/// municipality and province, most first (``KnowledgeBase/searchFacets(_:)``).
///
/// Each facet counts the search with every filter but its own, so that an option's count is the
/// total the same search has with that option chosen instead: with `kind=tip` chosen, the kinds
/// still show how many obstacles the query finds, and the topics how many tips per topic.
public struct SearchFacets: Sendable, Hashable, Codable {
    /// The query as it was typed.
    public var query: String
    /// True when no entry holds all words: the counts are then of the entries holding any of
    /// them, the set from which the search ranks those that hold most.
    public var isRelaxed: Bool
    /// The kinds (`obstacle`, `example`, `tip`).
    public var kinds: [FacetOption]
    /// The topics, by label.
    public var topics: [FacetOption]
    /// The municipalities: the value is the CBS code (the name when there is none).
    public var municipalities: [FacetOption]
    /// The provinces.
    public var provinces: [FacetOption]

    /// Creates the facets of a search.
    public init(
        query: String, isRelaxed: Bool, kinds: [FacetOption], topics: [FacetOption], municipalities: [FacetOption],
        provinces: [FacetOption]
    ) {
        self.query = query
        self.isRelaxed = isRelaxed
        self.kinds = kinds
        self.topics = topics
        self.municipalities = municipalities
        self.provinces = provinces
    }

    /// The facets of `counts` (none when nil) beside the search of `query`.
    init(query: String, isRelaxed: Bool, counts: FacetCounts?) {
        self.init(
            query: query, isRelaxed: isRelaxed, kinds: counts?.kinds ?? [], topics: counts?.topics ?? [],
            municipalities: counts?.municipalities ?? [], provinces: counts?.provinces ?? [])
    }

    enum CodingKeys: String, CodingKey {
        case query, kinds, topics, municipalities, provinces
        case isRelaxed = "relaxed"
    }
}

/// One option of a search facet and how many entries the search finds with it.
public struct FacetOption: Sendable, Hashable, Codable {
    /// The value to filter by, as the search's parameter takes it: a kind's raw value, a topic's
    /// label, a municipality's CBS code (its name when it has none), a province's name.
    public var value: String
    /// What a page shows: the municipality's name; the value itself for the others.
    public var name: String
    /// How many entries the search finds with this option.
    public var count: Int

    /// Creates an option.
    public init(value: String, name: String, count: Int) {
        self.value = value
        self.name = name
        self.count = count
    }
}
