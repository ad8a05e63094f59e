import KennisbankText

/// Builds the FTS5 expressions of a ``SearchQuery`` with an analyzer's segmentation.
///
/// Each searchable unit becomes a *leaf*: a word (`"gemeente"`), a compound
/// (`("co creatie" OR "cocreatie")`), a phrase (`"ruimte voor anders"`) or a prefix
/// (`"gemeent" *`, `"co" + "cr" *`). Leaf literals are the user's own text for each token
/// (cut out by byte range), joined with spaces: FTS5 hands them to the `dutch` tokenizer, which
/// folds and stems them exactly as it did the documents.
struct SearchQueryCompiler {
    /// One searchable unit and its index terms.
    struct Leaf {
        /// What a leaf is worth when the query has other leaves.
        enum Kind {
            /// A word or compound with a non-stopword, a phrase or a prefix.
            case content
            /// Only stopwords: dropped unless the query has no content.
            case stopword
            /// An upper-case operator word that could not apply (`zorg OR`): dropped unless the
            /// query has nothing else at all.
            case operatorWord
            /// The particle of a separable verb in a question (`mee` of `krijg … mee`): it decides
            /// no match, but an entry that holds it ranks higher (see ``QuestionWords/particles``).
            case rankingOnly
        }

        var expression: String
        var terms: [String]
        var kind: Kind
        /// For a prefix leaf: its folded, unstemmed prefix (the last of ``terms``).
        var prefix: String?
        /// The leaf without its compound-part alternatives (the word as typed, whole), when it
        /// has them: an excluded word excludes this only, and the entries that hold every word
        /// this way rank first.
        var strictExpression: String? = nil

        /// ``strictExpression``, or the expression itself when the leaf has no alternatives.
        var strict: String { strictExpression ?? expression }
    }

    /// A query compiled once: everything a search needs from it.
    struct Output {
        /// The expressions to match; nil when nothing is searchable.
        var match: FTSMatch?
        /// The index terms of the positive items, in order, without duplicates.
        var positiveTerms: [String]
        /// The include expression of each required item, in order: how many of them an entry
        /// holds ranks the "most of the words" fallback.
        var requiredItems: [String]
        /// The folded prefixes of the positive prefix leaves (`gemeent` for `gemeent*`).
        var positivePrefixes: [String]
    }

    /// Splits query words into compound parts, and tells which words may be a part.
    var decompounder: Decompounder? { analyzer.decompounder }

    /// Leaves kept per query (words, phrases, prefixes, both signs); the rest are dropped.
    static let maximumLeafCount = 64
    /// Tokens kept per phrase or prefix.
    static let maximumPhraseLength = 64
    /// Upper-case operator words that ended up as plain text: dropped like stopwords.
    static let operatorWords: Set<String> = ["OF", "OR", "NIET", "NOT", "AND"]

    let analyzer: DutchAnalyzer

    func compile(_ query: SearchQuery) -> Output {
        var positive: [[[Leaf]]] = []  // clause → alternatives → leaves (ANDed)
        var negative: [[Leaf]] = []
        for clause in query.clauses {
            switch clause {
            case .required(let item): positive.append([leaves(for: item)])
            case .anyOf(let items): positive.append(items.map(leaves(for:)))
            case .excluded(let item): negative.append(leaves(for: item))
            }
        }

        // Stopwords count outside phrases only when the query has no content; operator words
        // that could not apply only when it has nothing else at all.
        let positiveKinds = Set(positive.joined().joined().map(\.kind))
        let keepStopwords = !positiveKinds.contains(.content)
        let keepOperatorWords = positiveKinds == [.operatorWord] && negative.joined().isEmpty
        // A particle only ranks, beside the query's content; without content it is a word like a stopword.
        var boosts: [Leaf] = []
        if !keepStopwords {
            for leaf in positive.joined().joined()
            where leaf.kind == .rankingOnly && !boosts.contains(where: { $0.expression == leaf.expression }) {
                boosts.append(leaf)
            }
        }
        var budget = Self.maximumLeafCount
        func keep(_ leaves: [Leaf], isPositive: Bool) -> [Leaf] {
            let kept = leaves.filter { leaf in
                switch leaf.kind {
                case .content: return true
                case .stopword, .rankingOnly: return isPositive && keepStopwords
                case .operatorWord: return isPositive && keepOperatorWords
                }
            }.prefix(max(budget, 0))
            budget -= kept.count
            return Array(kept)
        }
        positive = positive.map { $0.map { keep($0, isPositive: true) } }
        negative = negative.map { keep($0, isPositive: false) }

        // Conjuncts of the include expression and of its words whole, and every positive leaf
        // (for `relaxed`), each once.
        var conjuncts: [String] = []
        var wholeConjuncts: [String] = []
        var requiredItems: [String] = []
        var positiveLeaves: [Leaf] = []
        var seenConjuncts: Set<String> = []
        var seenWholeConjuncts: Set<String> = []
        var seenLeaves: Set<String> = []
        func addConjunct(_ expression: String, whole: String) {
            if seenConjuncts.insert(expression).inserted { conjuncts.append(expression) }
            if seenWholeConjuncts.insert(whole).inserted { wholeConjuncts.append(whole) }
        }
        for (clause, alternatives) in zip(query.clauses.filter(\.isPositive), positive) {
            let nonEmpty = alternatives.filter { !$0.isEmpty }
            if case .required = clause, nonEmpty.count == 1 { requiredItems.append(Self.conjunction(nonEmpty[0])) }
            positiveLeaves += nonEmpty.joined().filter { seenLeaves.insert($0.expression).inserted }
            if nonEmpty.count == 1 {
                for leaf in nonEmpty[0] { addConjunct(leaf.expression, whole: leaf.strict) }
            } else if nonEmpty.count > 1 {
                addConjunct(
                    "(" + nonEmpty.map(Self.conjunction).joined(separator: " OR ") + ")",
                    whole: "(" + nonEmpty.map(Self.strictConjunction).joined(separator: " OR ") + ")")
            }
        }
        // A particle joins the first conjunct as an alternative: the entries that match stay the
        // same (they hold that conjunct anyway), and FTS5's BM25 counts the particle where it is.
        if let first = conjuncts.first, let firstWhole = wholeConjuncts.first, !boosts.isEmpty, budget > 0 {
            let kept = boosts.prefix(budget)
            budget -= kept.count
            addConjunct(
                "(" + ([first] + kept.map(\.expression)).joined(separator: " OR ") + ")",
                whole: "(" + ([firstWhole] + kept.map(\.strict)).joined(separator: " OR ") + ")")
        }
        let hasAlternatives = positiveLeaves.contains { $0.strictExpression != nil }
        var exclusions: [String] = []
        // An excluded word excludes the word itself, not the compounds it is a part of.
        for leaves in negative where !leaves.isEmpty && !exclusions.contains(Self.strictConjunction(leaves)) {
            exclusions.append(Self.strictConjunction(leaves))
        }

        var terms: [String] = []
        var seen: Set<String> = []
        for term in positiveLeaves.flatMap(\.terms) where seen.insert(term).inserted {
            terms.append(term)
        }
        let include = conjuncts.isEmpty ? nil : conjuncts.joined(separator: " AND ")
        let exclude = exclusions.isEmpty ? nil : exclusions.joined(separator: " OR ")
        let relaxed = conjuncts.count > 1 ? positiveLeaves.map(\.expression).joined(separator: " OR ") : nil
        let match =
            include == nil && exclude == nil
            ? nil
            : FTSMatch(
                include: include, exclude: exclude, relaxed: relaxed,
                whole: include == nil || !hasAlternatives ? nil : wholeConjuncts.joined(separator: " AND "))
        var prefixes: [String] = []
        for prefix in positiveLeaves.compactMap(\.prefix) where !prefixes.contains(prefix) {
            prefixes.append(prefix)
        }
        return Output(match: match, positiveTerms: terms, requiredItems: requiredItems, positivePrefixes: prefixes)
    }

    /// The AND of leaves, parenthesized when there is more than one.
    static func conjunction(_ leaves: [Leaf]) -> String {
        leaves.count == 1 ? leaves[0].expression : "(" + leaves.map(\.expression).joined(separator: " AND ") + ")"
    }

    /// The AND of the leaves' strict expressions, parenthesized when there is more than one.
    static func strictConjunction(_ leaves: [Leaf]) -> String {
        leaves.count == 1 ? leaves[0].strict : "(" + leaves.map(\.strict).joined(separator: " AND ") + ")"
    }

    // MARK: Leaves

    func leaves(for item: SearchQuery.Item) -> [Leaf] {
        switch item {
        // Issue 15: question words and light verbs count like stopwords (QuestionWords.swift).
        case .words(let text): return QuestionWords.demoting(wordLeaves(text), of: text, analyzer: analyzer)
        case .phrase(let text): return phraseLeaves(text)
        case .prefix(let text): return prefixLeaves(text)
        }
    }

    /// A word, or a hyphenated compound with its parts and its joined whole.
    struct Group {
        var parts: [AnalyzedToken]
        var whole: AnalyzedToken?
    }

    /// The words and compounds of `text`, as the document analysis sees them.
    func groups(in text: String, limit: Int) -> [Group] {
        let tokens = analyzer.tokens(in: text).filter { !$0.isSurfaceForm && !$0.isCompoundPart }
        var groups: [Group] = []
        var index = 0
        while index < tokens.count && groups.count < limit {
            let token = tokens[index]
            if index + 1 < tokens.count && tokens[index + 1].isColocated {
                // A compound: its whole, then the first part (colocated), then the other parts.
                var parts = [tokens[index + 1]]
                var next = index + 2
                while next < tokens.count && !tokens[next].isColocated
                    && tokens[next].byteRange.upperBound <= token.byteRange.upperBound
                {
                    parts.append(tokens[next])
                    next += 1
                }
                groups.append(Group(parts: parts, whole: token))
                index = next
            } else {
                groups.append(Group(parts: [token], whole: nil))
                index += 1
            }
        }
        return groups
    }

    /// One leaf per word or compound; a compound matches as the phrase of its parts or as the
    /// joined word, whichever way the document wrote it. A word also matches as a part of a
    /// document's compound, and a compound the decompounder splits also matches its parts
    /// anywhere (see ``compoundLeaf(_:term:kind:)``).
    func wordLeaves(_ text: String) -> [Leaf] {
        let utf8 = Array(text.utf8)
        let isOperatorWord = Self.operatorWords.contains(text)
        return groups(in: text, limit: Self.maximumLeafCount).map { group in
            let kind: Leaf.Kind =
                isOperatorWord
                ? .operatorWord
                : group.parts.allSatisfy(\.isStopword) ? .stopword : .content
            let sources = group.parts.map { Self.source(utf8, $0.byteRange) }
            guard let whole = group.whole else {
                return compoundLeaf(sources[0], term: group.parts[0].term, kind: kind)
            }
            return Leaf(
                expression: "(" + Self.literal(sources.joined(separator: " ")) + " OR " + Self.literal(sources.joined())
                    + ")",
                terms: group.parts.map(\.term) + [whole.term],
                kind: kind)
        }
    }

    /// The leaf of one word (`source`, the user's text, with index term `term`):
    ///
    /// - a word that may be a part of a compound (a known word of at least
    ///   `Decompounder.minimumPartLength` letters): the word, or the word as a document
    ///   compound's part: `("raad" OR "\u{E010}raad")`;
    /// - a compound the decompounder splits and the word list does not know, also its parts
    ///   anywhere in the entry:
    ///   `("buurthuisbeheer" OR "\u{E010}buurthuisbeheer" OR ("buurthuis" AND "beheer"))`;
    /// - a compound the word list knows and the decompounder splits, also its parts apart within
    ///   ``knownCompoundPartDistance`` words of each other:
    ///   `("energiekosten" OR "\u{E010}energiekosten" OR NEAR("energie" "kosten", 10))`.
    ///
    /// Its ``Leaf/strictExpression`` is the word alone; an entry that holds it only through the
    /// alternatives ranks below one that holds it whole (see ``FTSMatch/whole``).
    /// The most words between the parts of a known compound written apart: FTS5's own default for
    /// `NEAR`, about a clause ("de gemeente legt het plan voor aan de raad").
    static let knownCompoundPartDistance = 10

    func compoundLeaf(_ source: String, term: String, kind: Leaf.Kind) -> Leaf {
        let plain = Self.literal(source)
        guard kind == .content, let decompounder else { return Leaf(expression: plain, terms: [term], kind: kind) }
        let folded = TextFolding.fold(source)
        let isKnown = decompounder.words.contains(folded)
        let parts = decompounder.parts(of: folded)
        var alternatives = [plain]
        if folded.utf8.count >= Decompounder.minimumPartLength, !decompounder.neverAlone.contains(folded),
            isKnown || !parts.isEmpty
        {
            alternatives.append(Self.literal(String(DutchAnalyzer.partQueryScalar) + source))
        }
        if !parts.isEmpty {
            let literals = parts.map(Self.literal)
            // A compound the word list knows (`energiekosten`) is also found as its parts written
            // apart close together ("de kosten voor energie"): anywhere in the entry, `buurt` and
            // `huis` would be noise. One the list does not know, as its parts anywhere.
            alternatives.append(
                isKnown
                    ? "NEAR(\(literals.joined(separator: " ")), \(Self.knownCompoundPartDistance))"
                    : "(" + literals.joined(separator: " AND ") + ")")
        }
        // The terms stay the word's own: they name what was searched, as typed.
        guard alternatives.count > 1 else { return Leaf(expression: plain, terms: [term], kind: kind) }
        return Leaf(
            expression: "(" + alternatives.joined(separator: " OR ") + ")", terms: [term], kind: kind,
            strictExpression: plain)
    }

    /// The phrase of the text's words, stopwords included. With compounds, the phrase matches
    /// with every compound split into its parts, or with every compound joined.
    func phraseLeaves(_ text: String) -> [Leaf] {
        let utf8 = Array(text.utf8)
        var split: [String] = []
        var joined: [String] = []
        var terms: [String] = []
        for group in groups(in: text, limit: Self.maximumPhraseLength) {
            let sources = group.parts.map { Self.source(utf8, $0.byteRange) }
            split += sources
            joined.append(group.whole == nil ? sources[0] : sources.joined())
            terms += group.parts.map(\.term) + (group.whole.map { [$0.term] } ?? [])
            if split.count >= Self.maximumPhraseLength { break }
        }
        guard !split.isEmpty else { return [] }
        let splitLiteral = Self.literal(split.prefix(Self.maximumPhraseLength).joined(separator: " "))
        let expression =
            split.count == joined.count
            ? splitLiteral
            : "(" + splitLiteral + " OR " + Self.literal(joined.joined(separator: " ")) + ")"
        return [Leaf(expression: expression, terms: terms, kind: .content)]
    }

    /// A prefix: the last token folded but not stemmed, after the others as a phrase.
    func prefixLeaves(_ text: String) -> [Leaf] {
        let utf8 = Array(text.utf8)
        let prefixTokens = analyzer.tokens(in: text, forPrefix: true).filter { !$0.isSurfaceForm }
        guard let last = prefixTokens.last else { return [] }
        guard last.term.unicodeScalars.count >= 2 else { return wordLeaves(text) }
        let leading = analyzer.tokens(in: text, forQuery: true)
            .dropLast().suffix(Self.maximumPhraseLength - 1)
        var expression = Self.literal(Self.source(utf8, last.byteRange)) + " *"
        if !leading.isEmpty {
            let spaced = leading.map { Self.source(utf8, $0.byteRange) }.joined(separator: " ")
            expression = Self.literal(spaced) + " + " + expression
        }
        return [
            Leaf(expression: expression, terms: leading.map(\.term) + [last.term], kind: .content, prefix: last.term)
        ]
    }

    // MARK: Literals

    /// The user's text of one token.
    static func source(_ utf8: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// An FTS5 string literal: in double quotes, inner quotes doubled, NULs (which end FTS5's
    /// reading of the expression) removed.
    static func literal(_ text: String) -> String {
        var result = "\""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        for scalar in text.unicodeScalars where scalar != "\0" {
            if scalar == "\"" { result.unicodeScalars.append("\"") }
            result.unicodeScalars.append(scalar)
        }
        result.unicodeScalars.append("\"")
        return result
    }
}
