import KennisbankText

/// A search query as a person types it, parsed so that every input is a valid query.
///
/// Syntax (everything else is plain text, broken into words by `DutchAnalyzer`):
///
/// - Words are ANDed: `buurthuis subsidie`.
/// - `"a phrase"` (also with `“ ” „`): the words in that order, stopwords included.
/// - `-word`, `-"a phrase"`, `NIET word`, `NOT word`: excludes.
/// - `OF` / `OR` (upper case) between two items makes an OR group, which binds tighter than the
///   implicit AND: `a OF b c` is `(a OR b) AND c`.
/// - `word*`: a prefix, for a word of at least 2 characters.
/// - `AND` (upper case) between two items is the implicit AND, spelled out.
///
/// Operators that cannot apply (a leading `OF`, a trailing `NIET`, `- word`, `a OF -b`) are
/// plain text; upper-case operator words and stopwords that end up as plain text are dropped
/// unless the query has nothing else. A quote without a closing quote is ignored: the rest of
/// the query is plain words (a superset of any phrase it could have meant).
///
/// Inside this package, with an analyzer from `KennisbankText`:
///
/// ```swift
/// let query = SearchQuery("co-creatie OF participatie -subsidie")
/// let match = query.matchExpression(using: .standard)
/// // match?.include: (("co creatie" OR "cocreatie") OR "participatie")
/// // match?.exclude: "subsidie"
/// ```
public struct SearchQuery: Sendable, Equatable {
    /// One searchable item, holding the user's text for it.
    public enum Item: Sendable, Equatable {
        /// Plain text: the analyzer's words, ANDed; a hyphenated compound matches as a phrase of
        /// its parts or as the joined word.
        case words(String)
        /// A phrase: the analyzer's words, in order, stopwords included.
        case phrase(String)
        /// A word prefix (the text before the `*`).
        case prefix(String)
    }

    /// One clause of the query; the clauses are ANDed.
    public enum Clause: Sendable, Equatable {
        /// The item must match.
        case required(Item)
        /// One of the items (at least two) must match.
        case anyOf([Item])
        /// The item must not match.
        case excluded(Item)

        /// True for a clause that must (or may) match: not an exclusion.
        var isPositive: Bool {
            if case .excluded = self { return false }
            return true
        }

        /// The clause's items: its one item, or its alternatives.
        var items: [Item] {
            switch self {
            case .required(let item), .excluded(let item): return [item]
            case .anyOf(let alternatives): return alternatives
            }
        }

        /// The items a match must (or may) hold: ``items`` but for an exclusion.
        var positiveItems: [Item] { isPositive ? items : [] }
    }

    /// The clauses, in the order typed.
    public var clauses: [Clause]

    /// The most items (words, phrases, prefixes, OR alternatives) a query keeps; the rest of a
    /// longer input is ignored.
    public static let maximumItemCount = 64

    /// Parses `text`; never fails.
    public init(_ text: String) {
        clauses = SearchQueryParser.clauses(in: text, limit: Self.maximumItemCount)
    }

    /// Creates a query from clauses.
    public init(clauses: [Clause]) {
        self.clauses = clauses
    }

    /// Whether the query has no clauses at all (empty or blank input).
    public var isEmpty: Bool { clauses.isEmpty }

    /// The FTS5 `MATCH` expressions for this query, for a table tokenized by `analyzer`'s
    /// segmentation (the `dutch` tokenizer).
    ///
    /// User text reaches FTS5 only inside string literals, which FTS5 tokenizes with the table's
    /// tokenizer: the stemming happens there, the analyzer here decides the structure (words,
    /// compounds, stopwords, prefixes).
    ///
    /// - Returns: `nil` when nothing is searchable (empty input, only `?`, only excluded
    ///   stopwords): list by filters only.
    package func matchExpression(using analyzer: DutchAnalyzer) -> FTSMatch? {
        SearchQueryCompiler(analyzer: analyzer).compile(self).match
    }

    /// The index terms of the positive items, in order, without duplicates: for highlighting or
    /// counting which query words a hit matched. A prefix contributes its folded prefix.
    package func positiveTerms(using analyzer: DutchAnalyzer) -> [String] {
        SearchQueryCompiler(analyzer: analyzer).compile(self).positiveTerms
    }

    /// Everything a search needs from this query, compiled once.
    func compiled(using analyzer: DutchAnalyzer) -> SearchQueryCompiler.Output {
        SearchQueryCompiler(analyzer: analyzer).compile(self)
    }

    /// The folded prefixes of the positive prefix items (`gemeent` for `gemeent*`), in order.
    func positivePrefixes(using analyzer: DutchAnalyzer) -> [String] {
        SearchQueryCompiler(analyzer: analyzer).compile(self).positivePrefixes
    }
}
