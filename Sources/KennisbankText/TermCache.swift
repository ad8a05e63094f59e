import Synchronization

/// What an analyzer worked out for a folded word, kept for the next time the word comes by: its term
/// (the override or the stem) and whether it is a stopword, and the terms of its compound parts.
///
/// Most words of a text repeat (in `kb-bench`'s 100,000-entry corpus, a few thousand words make up
/// nearly all of the millions it indexes), while stemming a word and trying every split of it against
/// the word list cost far more than a lookup. Both answers depend on the folded word and the
/// analyzer alone, so they are kept per analyzer. A word's term and stopword flag are one lookup: as
/// three (the stopwords, the overrides, the stems), hashing the word was a fifth of the analysis. The cache holds at most ``capacity`` words of each
/// kind and starts over when full: a bounded memory, and the common words come back at once.
package final class TermCache: Sendable {
    /// The most words kept of each kind before the cache starts over.
    package static let capacity = 50_000

    /// A word's term and whether it is a stopword.
    struct Word {
        var term: String
        var isStopword: Bool
    }

    private let words = Mutex<[String: Word]>([:])
    private let partTerms = Mutex<[String: [String]]>([:])

    package init() {}

    /// The term and stopword flag of `folded`, from the cache or from `make` (then kept).
    func word(_ folded: String, _ make: (String) -> Word) -> Word {
        if let known = words.withLock({ $0[folded] }) { return known }
        let word = make(folded)
        words.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[folded] = word
        }
        return word
    }

    /// The terms of the compound parts of `folded`, from the cache or from `make` (then kept).
    func partTerms(of folded: String, _ make: (String) -> [String]) -> [String] {
        if let known = partTerms.withLock({ $0[folded] }) { return known }
        let terms = make(folded)
        partTerms.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[folded] = terms
        }
        return terms
    }

    /// How many words of each kind are kept now (for tests).
    package var counts: (words: Int, partTerms: Int) {
        (words.withLock { $0.count }, partTerms.withLock { $0.count })
    }
}
