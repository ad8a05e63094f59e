/// What a search found: one page of hits, how many there are in all, and how the query was read.
///
/// Its JSON is the shape the command line (`kb search --format json`) and the web API
/// (`GET /api/v1/search`) share:
///
/// ```json
/// {"query": "buurthuis", "hits": [{…entry…, "snippet": "…", "score": 1.234}], "relaxed": false,
///  "suggestion": null, "total": 12, "expansions": []}
/// ```
///
/// `expansions` (added with issue 15) lists the words the search also read as synonyms or as
/// municipalities (``SearchExpansion``); the hits found only through them follow the others.
public struct SearchResults: Sendable, Hashable, Codable {
    /// The query as it was typed.
    public var query: String
    /// The hits of this page, best first.
    public var hits: [SearchHit]
    /// True when no entry matched all words, and ``hits`` are those matching most of them.
    public var isRelaxed: Bool
    /// A corrected query that was searched instead, when the one typed found nothing; nil otherwise.
    public var suggestion: String?
    /// How many entries the search found in all (every page).
    public var total: Int
    /// The index terms that were searched for (stopwords and punctuation left out).
    public var searchedTerms: [String]
    /// The words also searched as their synonyms or as the municipalities they name.
    public var expansions: [SearchExpansion]

    /// Creates a result value.
    public init(
        query: String = "", hits: [SearchHit], isRelaxed: Bool, suggestion: String? = nil, total: Int? = nil,
        searchedTerms: [String], expansions: [SearchExpansion] = []
    ) {
        self.query = query
        self.hits = hits
        self.isRelaxed = isRelaxed
        self.suggestion = suggestion
        self.total = total ?? hits.count
        self.searchedTerms = searchedTerms
        self.expansions = expansions
    }

    enum CodingKeys: String, CodingKey {
        case query, hits, suggestion, total, expansions
        case isRelaxed = "relaxed"
    }

    /// Encodes `query`, `hits`, `relaxed`, `suggestion` (null when there is none), `total` and
    /// `expansions`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(hits, forKey: .hits)
        try container.encode(isRelaxed, forKey: .isRelaxed)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(total, forKey: .total)
        try container.encode(expansions, forKey: .expansions)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            query: try container.decode(String.self, forKey: .query),
            hits: try container.decode([SearchHit].self, forKey: .hits),
            isRelaxed: try container.decode(Bool.self, forKey: .isRelaxed),
            suggestion: try container.decodeIfPresent(String.self, forKey: .suggestion),
            total: try container.decode(Int.self, forKey: .total),
            searchedTerms: [],
            expansions: try container.decodeIfPresent([SearchExpansion].self, forKey: .expansions) ?? [])
    }
}
