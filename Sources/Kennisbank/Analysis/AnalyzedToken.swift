/// One token of analysed text: the term the full-text index stores, and where it came from.
public struct AnalyzedToken: Sendable, Hashable {
    /// The index term: the folded word, stemmed (or taken from the override dictionary).
    public var term: String
    /// The UTF-8 byte offsets of the token in the text as it was given.
    public var byteRange: Range<Int>
    /// Whether the token takes the same position as the previous one (`FTS5_TOKEN_COLOCATED`).
    public var isColocated: Bool
    /// Whether the folded word is a Dutch stopword (see ``DutchStopwords``).
    public var isStopword: Bool
    /// Whether the term is a word's folded, unstemmed form with
    /// ``DutchAnalyzer/surfaceFormMarker``, colocated with its stem, for prefix search.
    public var isSurfaceForm: Bool

    /// Creates a token.
    public init(
        term: String, byteRange: Range<Int>, isColocated: Bool = false, isStopword: Bool = false,
        isSurfaceForm: Bool = false
    ) {
        self.term = term
        self.byteRange = byteRange
        self.isColocated = isColocated
        self.isStopword = isStopword
        self.isSurfaceForm = isSurfaceForm
    }
}
