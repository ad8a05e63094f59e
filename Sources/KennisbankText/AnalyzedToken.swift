/// One token of analysed text: the term the full-text index stores, and where it came from.
package struct AnalyzedToken: Sendable, Hashable {
    /// The index term: the folded word, stemmed (or taken from the override dictionary).
    package var term: String
    /// The UTF-8 byte offsets of the token in the text as it was given.
    package var byteRange: Range<Int>
    /// Whether the token takes the same position as the previous one (`FTS5_TOKEN_COLOCATED`).
    package var isColocated: Bool
    /// Whether the folded word is a Dutch stopword (see ``DutchStopwords``).
    package var isStopword: Bool
    /// Whether the term is a word's folded, unstemmed form with
    /// ``DutchAnalyzer/surfaceFormMarker``, colocated with its stem, for prefix search.
    package var isSurfaceForm: Bool
    /// Whether the term is a part of a compound word (``Decompounder``), with
    /// ``DutchAnalyzer/compoundPartMarker``, colocated with the whole word.
    package var isCompoundPart: Bool

    /// Creates a token.
    package init(
        term: String, byteRange: Range<Int>, isColocated: Bool = false, isStopword: Bool = false,
        isSurfaceForm: Bool = false, isCompoundPart: Bool = false
    ) {
        self.term = term
        self.byteRange = byteRange
        self.isColocated = isColocated
        self.isStopword = isStopword
        self.isSurfaceForm = isSurfaceForm
        self.isCompoundPart = isCompoundPart
    }
}
