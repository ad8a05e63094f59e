/// Words of a query that a search also read as other words: their synonyms (the thesaurus) and
/// the municipalities they name. Entries found only through these rank below the entries that
/// hold the words as typed.
///
/// Its JSON: `{"words": "den haag", "synonyms": [], "municipalities": ["'s-Gravenhage"]}`.
public struct SearchExpansion: Sendable, Hashable, Codable {
    /// The words as typed (one word, or a run of words read together: `den haag`, `mfa`).
    public var words: String
    /// The synonyms searched as well, as the thesaurus writes them.
    public var synonyms: [String]
    /// The municipalities the words name, whose entries are found as well.
    public var municipalities: [String]

    /// Creates an expansion value.
    public init(words: String, synonyms: [String], municipalities: [String]) {
        self.words = words
        self.synonyms = synonyms
        self.municipalities = municipalities
    }
}
