/// FTS5 `MATCH` expressions built by `SearchQuery.matchExpression(using:)`.
///
/// Every user term in them is an FTS5 string literal; the only operators are ones the parser
/// generates (`AND`, `OR`, `NOT`, parentheses, `+` and `*`), so they never make FTS5 fail.
/// Bind them as arguments: `… WHERE search MATCH ?`.
public struct FTSMatch: Sendable, Equatable {
    /// The positive items: the AND of words, phrases, prefixes and OR groups. `nil` when the
    /// query has only exclusions (then list by filters, minus ``exclude``).
    public var include: String?
    /// The OR of the excluded items, for `rowid NOT IN (SELECT rowid … MATCH exclude)`;
    /// `nil` when nothing is excluded.
    public var exclude: String?
    /// The OR of every positive word, phrase and prefix: for "no hit matched all words, here are
    /// hits that match most of them" (rank by BM25). `nil` when it would equal ``include``.
    public var relaxed: String?
    /// ``include`` with every word whole, as typed, without its compound-part alternatives (a
    /// word as a part of a compound, a compound as its parts): its hits rank before those that
    /// hold a word only through an alternative. `nil` when no word has alternatives.
    ///
    /// A search ranks the hits of this by their own BM25 first, and matches the alternatives only
    /// when these do not fill the page: the part terms of a common word (`gemeente` in every
    /// `gemeenteraad`) are long lists to rank.
    public var whole: String?

    /// Creates a match from its parts.
    public init(include: String?, exclude: String?, relaxed: String?, whole: String? = nil) {
        self.include = include
        self.exclude = exclude
        self.relaxed = relaxed
        self.whole = whole
    }

    /// ``include`` with the exclusions applied through FTS5's `NOT`, in one expression.
    ///
    /// `nil` without ``include``: FTS5 cannot express "everything except".
    public var combined: String? {
        guard let include else { return nil }
        guard let exclude else { return include }
        return "(\(include)) NOT (\(exclude))"
    }

    /// ``relaxed`` with the exclusions applied through FTS5's `NOT`; `nil` without ``relaxed``.
    public var relaxedCombined: String? {
        guard let relaxed else { return nil }
        guard let exclude else { return relaxed }
        return "(\(relaxed)) NOT (\(exclude))"
    }
}
