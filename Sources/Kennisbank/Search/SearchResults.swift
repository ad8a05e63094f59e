/// What a search found: one page of hits, how many there are in all, and how the query was read.
///
/// Its JSON is the shape the command line (`kb search --format json`) and the web API
/// (`GET /api/v1/search`) share:
///
/// ```json
/// {"query": "buurthuis", "hits": [{…entry…, "snippet": "…", "score": 1.234}], "relaxed": false,
///  "suggestion": null, "corrected": false, "total": 12, "expansions": []}
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
    /// A corrected query, in the words as typed but for the corrected ones, when some searched
    /// words are not in the index and a near word is; nil otherwise. With ``isCorrected`` it was
    /// searched instead (the query as typed found nothing); without, the hits are the query's as
    /// typed (an `OF` alternative found them) and this is only a suggestion.
    public var suggestion: String?
    /// True when the hits are those of ``suggestion``, searched because the query as typed found nothing.
    public var isCorrected: Bool
    /// How many entries the search found in all (every page).
    public var total: Int
    /// The index terms that were searched for (stopwords and punctuation left out).
    public var searchedTerms: [String]
    /// The words also searched as their synonyms or as the municipalities they name.
    public var expansions: [SearchExpansion]
    /// The words that were searched for, as typed (of ``suggestion`` when ``isCorrected``): what
    /// a message about the search shows, never the index's stems. Not part of the JSON.
    public var searchedWords: [String]

    /// Creates a result value.
    public init(
        query: String = "", hits: [SearchHit], isRelaxed: Bool, suggestion: String? = nil, isCorrected: Bool = false,
        total: Int? = nil, searchedTerms: [String], searchedWords: [String] = [],
        expansions: [SearchExpansion] = []
    ) {
        self.query = query
        self.hits = hits
        self.isRelaxed = isRelaxed
        self.suggestion = suggestion
        self.isCorrected = isCorrected
        self.total = total ?? hits.count
        self.searchedTerms = searchedTerms
        self.expansions = expansions
        self.searchedWords = searchedWords
    }

    enum CodingKeys: String, CodingKey {
        case query, hits, suggestion, total, expansions
        case isRelaxed = "relaxed"
        case isCorrected = "corrected"
    }

    /// Encodes `query`, `hits`, `relaxed`, `suggestion` (null when there is none), `corrected`,
    /// `total` and `expansions`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(hits, forKey: .hits)
        try container.encode(isRelaxed, forKey: .isRelaxed)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(isCorrected, forKey: .isCorrected)
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
            isCorrected: try container.decodeIfPresent(Bool.self, forKey: .isCorrected) ?? false,
            total: try container.decode(Int.self, forKey: .total),
            searchedTerms: [],
            expansions: try container.decodeIfPresent([SearchExpansion].self, forKey: .expansions) ?? [])
    }
}
