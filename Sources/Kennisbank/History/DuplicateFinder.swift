import GRDB
import KennisbankText

/// Finds a stored entry that is (nearly) the same as a new one: same kind and municipality, titles
/// with the same numbers (“Verslag 2023” is not “Verslag 2024”), and title and body that share
/// most of their words.
///
/// Candidates come from the search index — a query of the title's significant words (any of
/// them, in the title column, with the municipality's name in its column), best first, at most
/// ``candidateLimit`` — so that the check costs one index lookup however large the knowledge
/// base; only those are compared word for word.
enum DuplicateFinder {
    /// The most candidates compared.
    static let candidateLimit = 20
    /// The least share of words (Jaccard: shared words / all words) in the title and in the body
    /// for two entries to count as the same.
    static let threshold = 0.8
    /// The most characters of a body compared.
    static let bodyPrefix = 20_000
    /// The most title words in the index query: the longest (rarer, so cheaper to look up in the
    /// index). An entry whose title shares at least ``threshold`` of the words holds one of them
    /// unless the titles together have 15 words or more.
    static let queryWords = 3

    /// The stored entry `entry` nearly repeats, with its title, or nil.
    ///
    /// Titles are compared first; a candidate's body is read only when its title is close.
    static func twin(of entry: ValidEntry, in db: Database) throws -> (id: Entry.ID, title: String)? {
        guard let query = try query(title: entry.title, municipality: entry.municipality, in: db) else { return nil }
        let titleWords = words(entry.title)
        var bodyWords: Set<String>?
        let candidates = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.id, e.title FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
                    WHERE entry_fts MATCH ? AND e.kind = ? AND e.municipality_id IS ?
                    ORDER BY entry_fts.rank LIMIT ?
                    """),
            arguments: [query, entry.kind, entry.municipality, candidateLimit])
        for row in candidates {
            let title: String = row["title"]
            guard isClose(entry.title, title, words: titleWords) else { continue }
            let id: Entry.ID = try row.decoded("id", table: "entry")
            let body =
                try String.fetchOne(
                    db.cachedStatement(sql: "SELECT substr(body, 1, ?) FROM entry WHERE id = ?"),
                    arguments: [bodyPrefix, id]) ?? ""
            let newBody = bodyWords ?? words(String(entry.body.prefix(bodyPrefix)))
            bodyWords = newBody
            if similarity(newBody, words(body)) >= threshold { return (id, title) }
        }
        return nil
    }

    /// The index query: any of the title's longest significant words in the title column, and
    /// the municipality's name in its column; nil when the title has no significant word.
    static func query(title: String, municipality: Municipality.ID?, in db: Database) throws -> String? {
        let utf8 = Array(title.utf8)
        var seen = Set<String>()
        var significant: [(position: Int, word: String)] = []
        for token in DutchAnalyzer.standard.tokens(in: title, forQuery: true)
        where !token.isColocated && !token.isStopword && seen.insert(token.term).inserted {
            significant.append((significant.count, String(decoding: utf8[token.byteRange], as: UTF8.self)))
        }
        let longest = significant.sorted { ($0.word.count, -$0.position) > ($1.word.count, -$1.position) }.prefix(
            queryWords)
        let literals = longest.sorted { $0.position < $1.position }.map { SearchQueryCompiler.literal($0.word) }
        guard !literals.isEmpty else { return nil }
        let titleQuery = "title : (\(literals.joined(separator: " OR ")))"
        guard let municipality,
            let name = try String.fetchOne(
                db.cachedStatement(sql: "SELECT name FROM municipality WHERE id = ?"), arguments: [municipality])
        else { return titleQuery }
        return "municipality : \(SearchQueryCompiler.literal(name)) AND \(titleQuery)"
    }

    /// The folded words of `text`, as a set.
    static func words(_ text: String) -> Set<String> {
        Set(TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// Whether two titles are close: the same numbers in the same order, and most words shared.
    /// `words` are `a`'s words, when already known.
    static func isClose(_ a: String, _ b: String, words known: Set<String>? = nil) -> Bool {
        func numbers(_ text: String) -> [Substring] {
            text.split { !$0.isNumber }
        }
        return numbers(a) == numbers(b) && similarity(known ?? words(a), words(b)) >= threshold
    }

    /// The Jaccard similarity of two word sets: 1 when both are empty.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}
