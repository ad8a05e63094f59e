/// What a search found.
public struct SearchResults: Sendable, Hashable {
    /// The hits, best first.
    public var hits: [SearchHit]
    /// True when no entry matched all words, and ``hits`` are those matching most of them.
    public var isRelaxed: Bool
    /// The words that were searched for (stopwords and punctuation left out), for messages.
    public var searchedTerms: [String]

    /// Creates a result value.
    public init(hits: [SearchHit], isRelaxed: Bool, searchedTerms: [String]) {
        self.hits = hits
        self.isRelaxed = isRelaxed
        self.searchedTerms = searchedTerms
    }
}
