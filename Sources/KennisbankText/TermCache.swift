import Synchronization

/// What an analyzer worked out for a folded word, kept for the next time the word comes by: its stem,
/// and the terms of its compound parts.
///
/// Most words of a text repeat (in `kb-bench`'s 100,000-entry corpus, a few thousand words make up
/// nearly all of the millions it indexes), while stemming a word and trying every split of it against
/// the word list cost far more than a lookup. Both answers depend on the folded word and the
/// analyzer alone, so they are kept per analyzer. The cache holds at most ``capacity`` words of each
/// kind and starts over when full: a bounded memory, and the common words come back at once.
package final class TermCache: Sendable {
    /// The most words kept of each kind before the cache starts over.
    package static let capacity = 50_000

    private let stems = Mutex<[String: String]>([:])
    private let partTerms = Mutex<[String: [String]]>([:])

    package init() {}

    /// The stem of `folded`, from the cache or from `make` (then kept).
    func stem(of folded: String, _ make: (String) -> String) -> String {
        if let known = stems.withLock({ $0[folded] }) { return known }
        let stem = make(folded)
        stems.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[folded] = stem
        }
        return stem
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
    package var counts: (stems: Int, partTerms: Int) {
        (stems.withLock { $0.count }, partTerms.withLock { $0.count })
    }
}
