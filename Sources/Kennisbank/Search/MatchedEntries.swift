import GRDB
import KennisbankText

/// The entries a search matches, as the search reads them: those the full-text `expression`
/// matches, or, without one, every entry but those `exclude` matches.
struct MatchedEntries {
    var expression: String?
    var exclude: String?

    init(expression: String?, exclude: String?) {
        self.expression = expression
        self.exclude = exclude
    }

    /// The entries the search of `query` (compiled as `compiled`) finds: the words as typed and
    /// their expansions, in every column (``SearchExpansionOutcome/fullMatch``).
    init(_ query: SearchQuery, compiled: SearchQueryCompiler.Output, analyzer: DutchAnalyzer, in db: Database) throws {
        guard compiled.match?.combined != nil else {
            self.init(expression: nil, exclude: compiled.match?.exclude)
            return
        }
        self.init(try SearchExpansionOutcome(query, compiled: compiled, analyzer: analyzer, in: db))
    }

    /// The entries a search whose query expanded to `outcome` finds (``SearchExpansionOutcome/fullMatch``).
    init(_ outcome: SearchExpansionOutcome) {
        self.init(expression: outcome.fullMatch, exclude: outcome.typed.match?.exclude)
    }

    /// The entries a fallback search counts (no entry holds all the words): those holding any of
    /// the words of `compiled`, the query as typed (``FTSMatch/relaxedCombined``).
    init(anyWordOf compiled: SearchQueryCompiler.Output) {
        self.init(expression: compiled.match?.relaxedCombined, exclude: nil)
    }

    /// The ids of the matched entries, as `SELECT id …`.
    var ids: SQL {
        if let expression {
            return "SELECT rowid AS id FROM entry_fts WHERE entry_fts MATCH \(expression)"
        }
        guard let exclude else { return "SELECT id FROM entry" }
        return "SELECT id FROM entry WHERE id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(exclude))"
    }
}
