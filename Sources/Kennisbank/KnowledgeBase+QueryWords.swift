import KennisbankText

extension KnowledgeBase {
    /// The words of `query` a search also reads as their synonyms or as the municipalities they
    /// name, with what they expand to (what `kb analyze` shows and a search reports).
    public func expansions(of query: String) throws -> [SearchExpansion] {
        try read { db in try QueryExpansion.expand(SearchQuery(query), analyzer: .standard, in: db).applied }
    }

    /// The words of `query`, as typed, that are question words or light verbs (`hoe`, `ga`, `ik`):
    /// outside a phrase they do not decide which entries match or how they rank, unless the
    /// query has nothing else.
    public static func questionWords(in query: String) -> [String] {
        SearchQuery(query).clauses.compactMap { clause -> String? in
            guard case .required(.words(let text)) = clause,
                QuestionWords.isQuestion(text, analyzer: .standard)
            else { return nil }
            return text
        }
    }
}
