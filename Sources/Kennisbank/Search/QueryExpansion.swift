import GRDB
import KennisbankText

/// Reads a query's words also as their synonyms and as the municipalities they name, at query
/// time (the index does not change).
///
/// A run of consecutive plain words (`den haag`, `multifunctionele accommodatie`) is read as a
/// unit, longest first, up to ``maximumWords`` words; a word of an `OF` group on its own. The
/// words become an `OF` group of the words as typed, each synonym (a phrase for a synonym of
/// several words) and the name of each municipality they name (a phrase). Phrases, prefixes and
/// excluded words are left as typed. The search ranks the entries that match the words as typed
/// (in the text) above those that match only through the expansion (see `KnowledgeBase.search`).
struct QueryExpansion {
    /// The query with the expansions applied, and what was applied.
    struct Result {
        var query: SearchQuery
        var applied: [SearchExpansion]
    }

    /// The most words read together.
    static let maximumWords = max(Thesaurus.maximumPhraseWords, PlaceNames.maximumWords)

    let analyzer: DutchAnalyzer
    /// Thesaurus key → synonyms.
    let synonyms: [String: [String]]

    /// The expansion of `query` with the thesaurus and the municipalities of `db`.
    static func expand(_ query: SearchQuery, analyzer: DutchAnalyzer, in db: Database) throws -> Result {
        let expansion = QueryExpansion(
            analyzer: analyzer, synonyms: try SynonymStore.index(analyzer: analyzer, in: db))
        let places = try PlaceNames.municipalities(named: expansion.placeKeys(of: query), in: db)
        return expansion.expand(query, places: places)
    }

    // MARK: Spans

    /// The words of each run of consecutive plain required words, and of each `OF` group's plain
    /// words (one run per word).
    private func runs(of query: SearchQuery) -> [[String]] {
        var runs: [[String]] = []
        var current: [String] = []
        for clause in query.clauses {
            if case .required(.words(let text)) = clause {
                current.append(text)
                continue
            }
            if !current.isEmpty { runs.append(current) }
            current = []
            if case .anyOf(let items) = clause {
                for case .words(let text) in items { runs.append([text]) }
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Whether `text` has a word that is neither a stopword nor a question word.
    private func hasContent(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return analyzer.tokens(in: text, forQuery: true).contains { token in
            !token.isStopword && !token.isSurfaceForm
                && !QuestionWords.words.contains(
                    TextFolding.fold(SearchQueryCompiler.source(utf8, token.byteRange)))
        }
    }

    /// The lookup keys of every run of words that could name a municipality.
    func placeKeys(of query: SearchQuery) -> Set<String> {
        var keys: Set<String> = []
        for run in runs(of: query) {
            for start in run.indices {
                for end in start..<min(run.count, start + Self.maximumWords) {
                    let text = run[start...end].joined(separator: " ")
                    if hasContent(text) { keys.insert(TextFolding.lookupKey(text)) }
                }
            }
        }
        return keys
    }

    /// What `text` (words as typed) expands to: synonyms and municipality names, or nil.
    private func expansion(of text: String, places: [String: [String]]) -> SearchExpansion? {
        guard hasContent(text) else { return nil }
        let found = synonyms[Thesaurus.key(text, analyzer: analyzer)] ?? []
        let municipalities = places[TextFolding.lookupKey(text)] ?? []
        guard !found.isEmpty || !municipalities.isEmpty else { return nil }
        return SearchExpansion(words: text, synonyms: found, municipalities: municipalities)
    }

    /// The items `expansion` adds to the words as typed: a word, or a phrase for several words; a
    /// municipality whose name is the words as typed adds nothing.
    private func items(for expansion: SearchExpansion) -> [SearchQuery.Item] {
        let typed = TextFolding.lookupKey(expansion.words)
        let synonyms = expansion.synonyms.map { word -> SearchQuery.Item in
            word.contains(" ") ? .phrase(word) : .words(word)
        }
        let places = expansion.municipalities.filter { TextFolding.lookupKey($0) != typed }.map {
            SearchQuery.Item.phrase($0)
        }
        return synonyms + places
    }

    // MARK: Expanding

    /// `query` with its runs of words expanded, longest runs first, within the compiler's leaf limit.
    func expand(_ query: SearchQuery, places: [String: [String]]) -> Result {
        var budget = SearchQueryCompiler.maximumLeafCount - leafEstimate(query)
        var applied: [SearchExpansion] = []
        var clauses: [SearchQuery.Clause] = []
        var run: [String] = []

        func take(_ added: [SearchQuery.Item]) -> [SearchQuery.Item] {
            let kept = Array(added.prefix(max(0, budget)))
            budget -= kept.count
            return kept
        }
        func flush() {
            var start = 0
            while start < run.count {
                var length = min(Self.maximumWords, run.count - start)
                var found: SearchExpansion?
                while length > 0 {
                    found = expansion(of: run[start..<start + length].joined(separator: " "), places: places)
                    if found != nil { break }
                    length -= 1
                }
                guard let found else {
                    clauses.append(.required(.words(run[start])))
                    start += 1
                    continue
                }
                applied.append(found)
                let added = take(items(for: found))
                if added.isEmpty {
                    clauses += run[start..<start + length].map { .required(.words($0)) }
                } else {
                    clauses.append(.anyOf([.words(found.words)] + added))
                }
                start += length
            }
            run = []
        }

        for clause in query.clauses {
            if case .required(.words(let text)) = clause {
                run.append(text)
                continue
            }
            flush()
            guard case .anyOf(let alternatives) = clause else {
                clauses.append(clause)
                continue
            }
            var expanded: [SearchQuery.Item] = []
            for item in alternatives {
                expanded.append(item)
                if case .words(let text) = item, let found = expansion(of: text, places: places) {
                    applied.append(found)
                    expanded += take(items(for: found))
                }
            }
            clauses.append(.anyOf(expanded))
        }
        flush()
        return Result(query: SearchQuery(clauses: clauses), applied: applied)
    }

    /// At most how many leaves `query` compiles to: one per word of its items.
    private func leafEstimate(_ query: SearchQuery) -> Int {
        var count = 0
        for clause in query.clauses {
            for item in clause.items {
                switch item {
                case .words(let text): count += analyzer.tokens(in: text, forQuery: true).count
                case .phrase, .prefix: count += 1
                }
            }
        }
        return count
    }
}
