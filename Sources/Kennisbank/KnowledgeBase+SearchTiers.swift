import GRDB
import KennisbankText

/// A query compiled twice: as typed, matched in the text of the entries (title, body, topics),
/// and expanded (synonyms, municipalities named) matched in every column, municipality included.
struct SearchExpansionOutcome {
    /// The query as typed.
    var typed: SearchQueryCompiler.Output
    /// The query with its expansions; equal to ``typed`` when nothing was expanded.
    var expanded: SearchQueryCompiler.Output
    /// The expansions applied.
    var applied: [SearchExpansion]

    /// The columns a word as typed is a text match in; a match in the municipality's name is a
    /// place match, which ranks below.
    static let textColumns = "{title body topics}"

    /// Expands `query` (compiled as `compiled`) with the thesaurus and the municipalities of `db`.
    init(_ query: SearchQuery, compiled: SearchQueryCompiler.Output, analyzer: DutchAnalyzer, in db: Database) throws {
        let expansion = try QueryExpansion.expand(query, analyzer: analyzer, in: db)
        typed = compiled
        expanded = expansion.query == query ? compiled : expansion.query.compiled(using: analyzer)
        applied = expansion.applied
    }

    /// The first tier: the words as typed, in the text, minus the exclusions.
    var textMatch: String? { typed.match?.include.map(textMatch(of:)) }

    /// The first tier's first part: the words as typed, whole (without their compound-part
    /// alternatives), in the text, minus the exclusions; nil when no word has alternatives.
    var wholeTextMatch: String? { typed.match?.whole.map(textMatch(of:)) }

    /// `include` in the text, minus the exclusions of the query as typed.
    private func textMatch(of include: String) -> String {
        let text = "\(Self.textColumns) : (\(include))"
        guard let exclude = typed.match?.exclude else { return text }
        return "(\(text)) NOT (\(exclude))"
    }

    /// Everything the search finds: the expanded query in every column, minus the exclusions.
    var fullMatch: String? { expanded.match?.combined }

    /// The second tier: what ``fullMatch`` finds that ``textMatch`` does not.
    var expansionMatch: String? {
        guard let full = fullMatch, let include = typed.match?.include else { return nil }
        return "(\(full)) NOT (\(Self.textColumns) : (\(include)))"
    }
}

extension KnowledgeBase {
    /// The hits of a query with words, in two tiers: entries holding the words as typed in their
    /// text (title, body, topics) first, by BM25; then entries found only through a synonym, a
    /// municipality the words name, or the municipality's name, by BM25. When neither finds
    /// anything, the entries that hold most of the words as typed, with `relaxed` set (as before
    /// issue 15: a synonym does not widen the fallback).
    ///
    /// A tier costs nothing when the first fills the page; the total counts the union once,
    /// unless `known` gives it (the facets counted it: ``FacetCounts/total``).
    func tieredSearch(
        _ outcome: SearchExpansionOutcome, _ filter: EntryFilter, limit: Int, offset: Int, total known: Int? = nil,
        in db: Database
    ) throws -> (hits: [SearchHit], isRelaxed: Bool, total: Int) {
        guard let text = outcome.textMatch, let full = outcome.fullMatch, let rest = outcome.expansionMatch else {
            return ([], false, 0)
        }
        let first = try rankedIDs(
            text, whole: outcome.wholeTextMatch, filter, limit: limit, offset: offset, in: db)
        if first.count == limit {
            return (try hits(first, in: db), false, try known ?? matchCount(full, filter, in: db))
        }
        // The page has room: how many first-tier hits there are, and where the second tier starts.
        let firstTotal = try offset == 0 || !first.isEmpty ? offset + first.count : matchCount(text, filter, in: db)
        let second = try rankedIDs(
            rest, filter, limit: limit - first.count, offset: max(0, offset - firstTotal), in: db)
        let ranked = first + second
        if ranked.isEmpty, offset == 0, let relaxed = outcome.typed.match?.relaxedCombined {
            let (most, candidates) = try mostWords(
                relaxed, items: outcome.typed.requiredItems, filter, limit: limit, in: db)
            return (most, true, candidates)
        }
        let total = try offset == 0 && ranked.count < limit ? ranked.count : known ?? matchCount(full, filter, in: db)
        return (try hits(ranked, in: db), false, total)
    }
}
