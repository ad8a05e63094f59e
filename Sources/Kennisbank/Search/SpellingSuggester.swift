import GRDB
import KennisbankText

/// Suggests a corrected query for words the index does not hold: "finacieel" → "financieel".
///
/// Only the words a query searches for are looked at (not exclusions, prefixes, numbers, or
/// words of fewer than ``minimumWordLength`` letters). A word is *unknown* when the index holds
/// no term for it; a word the index holds is never corrected. For an unknown word the index's
/// terms within ``maximumDistance(forLength:)`` edits (Damerau-Levenshtein, on folded forms, so
/// diacritics cost nothing) are candidates, among those that begin as the word begins (see
/// ``SearchVocabulary/neighbourSlices(of:)``); each leads to a stem, and the stem nearest to the
/// word wins, the one in more entries on a tie. The correction is then written as a person
/// writes it: the word of that stem nearest to what was typed (the most frequent on a tie), with
/// the diacritics of the texts (`financiële`), in place of the typed word, the rest of the query
/// as typed.
struct SpellingSuggester {
    /// Words shorter than this (in letters) are never corrected: too many words lie within an
    /// edit of them.
    static let minimumWordLength = 4

    /// How many edits a correction of a word of `length` letters may make: one up to five
    /// letters, two from six.
    static func maximumDistance(forLength length: Int) -> Int { length < 6 ? 1 : 2 }

    /// How much of a body is read to find a word's spelling with diacritics.
    static let spellingWindow = 65_536

    let analyzer: DutchAnalyzer

    /// The words of `query` that a correction may replace, as typed, in order, once each: the
    /// words of its positive items (words and phrases), without stopwords, numbers and short words.
    func candidateWords(in query: SearchQuery) -> [String] {
        var words: [String] = []
        for clause in query.clauses {
            for item in clause.positiveItems {
                let text: String
                switch item {
                case .words(let itemText), .phrase(let itemText): text = itemText
                case .prefix: continue
                }
                let utf8 = Array(text.utf8)
                for token in analyzer.tokens(in: text, forQuery: true) where !token.isSurfaceForm && !token.isStopword {
                    let word = String(decoding: utf8[token.byteRange], as: UTF8.self)
                    let folded = Array(TextFolding.fold(word).unicodeScalars)
                    guard folded.count >= Self.minimumWordLength,
                        !folded.contains(where: { $0.properties.numericType != nil }), !words.contains(word)
                    else { continue }
                    words.append(word)
                }
            }
        }
        return words
    }

    /// The corrections for the words of `query` that the index does not hold, in order; empty
    /// when every word is known or none has a near enough word. Reads the vocabulary (through
    /// `cache`) only when a word is unknown.
    func corrections(for query: String, cache: SearchVocabularyCache, in db: Database) throws -> [SpellingCorrection] {
        let unknown = try candidateWords(in: SearchQuery(query)).filter { try !isIndexed($0, in: db) }
        guard !unknown.isEmpty else { return [] }
        let vocabulary = try cache.reader(in: db)
        return try unknown.compactMap { word in
            try correction(of: word, vocabulary: vocabulary).map { SpellingCorrection(typed: word, corrected: $0) }
        }
    }

    /// True when the index holds the term of `word` (one FTS5 look-up, which stops at the first entry).
    func isIndexed(_ word: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            literal: "SELECT 1 FROM entry_fts WHERE entry_fts MATCH \(SearchQueryCompiler.literal(word)) LIMIT 1")
            ?? false
    }

    /// The word to search instead of `word`, or nil when no word is near enough.
    func correction(of word: String, vocabulary: SearchVocabularyCache.Reader) throws -> String? {
        let folded = Array(TextFolding.fold(word).unicodeScalars)
        let near = try vocabulary.forms(near: folded, limit: Self.maximumDistance(forLength: folded.count))
        // Each candidate form leads to a stem; the stem keeps its nearest form's distance.
        var stems: [String: (distance: Int, documents: Int)] = [:]
        for (form, distance) in near {
            guard let stem = SearchVocabulary.stem(of: form, analyzer: analyzer) else { continue }
            if let known = stems[stem] {
                stems[stem]?.distance = min(known.distance, distance)
            } else if let stemForm = try vocabulary.form(stem) {
                stems[stem] = (distance, stemForm.documents)
            }
        }
        let best = stems.min { left, right in
            (left.value.distance, -left.value.documents, left.key) < (
                right.value.distance, -right.value.documents, right.key
            )
        }
        guard let stem = best?.key else { return nil }
        // The stem's word nearest to what was typed; the most frequent of those (words(ofStem:)
        // is in that order).
        let words = try vocabulary.words(ofStem: stem, analyzer: analyzer)
        let nearest = words.min { left, right in
            distance(folded, left.word) < distance(folded, right.word)
        }
        guard let chosen = nearest?.word else { return nil }
        return Self.cased(try spelling(of: chosen, in: vocabulary.db), like: word)
    }

    /// The edit distance of `word` from `typed`, unbounded beyond a few edits.
    private func distance(_ typed: [Unicode.Scalar], _ word: String) -> Int {
        EditDistance.damerauLevenshtein(typed, Array(word.unicodeScalars), limit: 8) ?? 9
    }

    /// `folded` as a text of the index writes it (`financiele` → `financiële`), lower-cased; the
    /// folded word itself when no text shows it within its first ``spellingWindow`` characters.
    func spelling(of folded: String, in db: Database) throws -> String {
        let rows = try Row.fetchAll(
            db,
            literal: """
                SELECT title, substr(body, 1, \(Self.spellingWindow)) AS body FROM entry
                WHERE id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH \(SearchQueryCompiler.literal(folded)) LIMIT 3)
                """)
        for row in rows {
            for column in ["title", "body"] {
                let text: String = row[column] ?? ""
                let utf8 = Array(text.utf8)
                for token in analyzer.tokens(in: text) where !token.isSurfaceForm {
                    let word = String(decoding: utf8[token.byteRange], as: UTF8.self)
                    if TextFolding.fold(word) == folded { return word.lowercased() }
                }
            }
        }
        return folded
    }

    /// `word` with the capitals of `typed`: all capitals, a first capital, or none.
    static func cased(_ word: String, like typed: String) -> String {
        let letters = typed.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if typed.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    /// `query` with each typed word of `corrections` replaced by its correction, wherever it
    /// stands as a searched word (not before a `*`); the rest stays as typed.
    func correctedQuery(_ query: String, _ corrections: [SpellingCorrection]) -> String {
        let replacements = Dictionary(
            corrections.map { ($0.typed, $0.corrected) }, uniquingKeysWith: { first, _ in first })
        let utf8 = Array(query.utf8)
        var result: [UInt8] = []
        var position = 0
        for token in analyzer.tokens(in: query, forQuery: true) where !token.isSurfaceForm {
            let range = token.byteRange
            guard range.lowerBound >= position else { continue }
            let word = String(decoding: utf8[range], as: UTF8.self)
            guard let replacement = replacements[word], utf8.dropFirst(range.upperBound).first != UInt8(ascii: "*")
            else { continue }
            result += utf8[position..<range.lowerBound]
            result += Array(replacement.utf8)
            position = range.upperBound
        }
        result += utf8[position...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The corrected query for `query`, or nil when nothing in it needs correcting.
    func suggestion(for query: String, cache: SearchVocabularyCache, in db: Database) throws -> String? {
        let corrections = try corrections(for: query, cache: cache, in: db)
        guard !corrections.isEmpty else { return nil }
        let corrected = correctedQuery(query, corrections)
        return corrected == query ? nil : corrected
    }
}
