import GRDB
import KennisbankText

/// Finds a stored entry that is (nearly) the same as a new one: same kind and municipality, titles
/// with the same numbers (“Verslag 2023” is not “Verslag 2024”), and title and body that share
/// most of their words.
///
/// Candidates come from the search index — a query of the title's significant words in the title
/// column, with the municipality's name in its column (see ``query(title:wordCount:municipality:in:)``) — read
/// in rowid order, at most ``scanLimit``, unranked: FTS5's `bm25` counts, for every query, all the
/// entries holding each of its words. Only candidates with a close title are compared word for
/// word, at most ``candidateLimit`` of them; when as many close titles turn up (a title many entries
/// carry word for word), the ``candidateLimit`` best-ranked matches are compared too. The search
/// index holds titles and bodies together, so the query still steps through the entries of the
/// municipality (BENCHMARKS.md, Import).
enum DuplicateFinder {
    /// The most candidates whose bodies are compared.
    static let candidateLimit = 20
    /// The most index matches whose titles are compared.
    static let scanLimit = 200
    /// The least share of words (Jaccard: shared words / all words) in the title and in the body
    /// for two entries to count as the same.
    static let threshold = 0.8
    /// The most characters of a body compared.
    static let bodyPrefix = 20_000
    /// The most title words in an index query that asks for any of them: the longest.
    static let queryWords = 3
    /// The most title words in an index query that asks for two of them (their pairs).
    static let pairWords = 8

    /// The stored entry `entry` nearly repeats, with its title, or nil.
    ///
    /// Titles are compared first; a candidate's body is read only when its title is close. `cache`,
    /// when given, keeps the words of bodies read, for the next check (an import compares the same
    /// stored entries again and again).
    static func twin(of entry: ValidEntry, in db: Database, cache: BodyWordsCache? = nil) throws -> (
        id: Entry.ID, title: String
    )? {
        let titleWords = words(entry.title)
        guard
            let query = try query(
                title: entry.title, wordCount: titleWords.count, municipality: entry.municipality, in: db)
        else { return nil }
        var bodyWords: Set<String>?
        var compared: Set<Entry.ID> = []
        /// Compares a candidate with a close title; its id and title when it is the twin.
        func twin(_ row: Row) throws -> (id: Entry.ID, title: String)? {
            let title: String = row["title"]
            guard title == entry.title || isClose(entry.title, title, words: titleWords) else { return nil }
            let id: Entry.ID = try row.decoded("id", table: "entry")
            guard compared.insert(id).inserted else { return nil }
            let body =
                try String.fetchOne(
                    db.cachedStatement(sql: "SELECT substr(body, 1, ?) FROM entry WHERE id = ?"),
                    arguments: [bodyPrefix, id]) ?? ""
            let newBody = bodyWords ?? words(String(entry.body.prefix(bodyPrefix)))
            bodyWords = newBody
            let storedWords = cache?.words(of: id, body: body) ?? words(body)
            return similarity(newBody, storedWords) >= threshold ? (id, title) : nil
        }
        /// The index's matches of the same kind and municipality, by `order`, at most `limit` (the
        /// statement prepared once per connection: an import checks every entry).
        func matches(_ order: SQL, limit: Int) throws -> RowCursor {
            try Row.fetchCursor(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT e.id, e.title FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
                        WHERE entry_fts MATCH \(query) AND e.kind = \(entry.kind)
                        AND e.municipality_id IS \(entry.municipality)
                        ORDER BY \(order) LIMIT \(limit)
                        """, cached: true))
        }
        // In rowid order, which FTS5 reads forward and stops reading at the first `scanLimit` matches.
        let candidates = try matches("entry_fts.rowid", limit: scanLimit)
        while compared.count < candidateLimit, let row = try candidates.next() {
            if let found = try twin(row) { return found }
        }
        guard compared.count == candidateLimit else { return nil }
        // More close titles than were compared (a title many entries carry word for word): the
        // best-ranked ones too, as the check compared before it read its matches in rowid order.
        let ranked = try matches("entry_fts.rank", limit: candidateLimit)
        while let row = try ranked.next() {
            if let found = try twin(row) { return found }
        }
        return nil
    }

    /// The index query: the title's significant words in the title column, and the municipality's
    /// name in its column; nil when the title has no significant word.
    ///
    /// A title close to this one (``threshold`` of the words of both shared) lacks at most a few of
    /// its `wordCount` words. When the title has enough significant words, the query asks for two
    /// of the longest of them, as many as that guarantees a close title holds two of (`(a AND b) OR
    /// (a AND c) OR (b AND c)`): a pair of words is rarer than either, so fewer entries match.
    /// Otherwise it asks for any of the longest ``queryWords``.
    static func query(title: String, wordCount: Int? = nil, municipality: Municipality.ID?, in db: Database) throws
        -> String?
    {
        let utf8 = Array(title.utf8)
        var seen = Set<String>()
        var significant: [(position: Int, word: String)] = []
        for token in DutchAnalyzer.standard.tokens(in: title, forQuery: true)
        where !token.isColocated && !token.isStopword && seen.insert(token.term).inserted {
            significant.append((significant.count, String(decoding: utf8[token.byteRange], as: UTF8.self)))
        }
        let byLength = significant.sorted { ($0.word.count, -$0.position) > ($1.word.count, -$1.position) }
        func literals(_ count: Int) -> [String] {
            byLength.prefix(count).sorted { $0.position < $1.position }.map { SearchQueryCompiler.literal($0.word) }
        }
        let pairs = pairCount(wordCount: wordCount ?? words(title).count)
        let titleQuery: String
        if pairs <= significant.count, pairs <= pairWords {
            let chosen = literals(pairs)
            var terms: [String] = []
            for first in chosen.indices {
                for second in chosen.indices where second > first {
                    terms.append("(\(chosen[first]) AND \(chosen[second]))")
                }
            }
            titleQuery = "title : (\(terms.joined(separator: " OR ")))"
        } else {
            let any = literals(queryWords)
            guard !any.isEmpty else { return nil }
            titleQuery = "title : (\(any.joined(separator: " OR ")))"
        }
        guard let municipality,
            let name = try String.fetchOne(
                db.cachedStatement(sql: "SELECT name FROM municipality WHERE id = ?"), arguments: [municipality])
        else { return titleQuery }
        return "municipality : \(SearchQueryCompiler.literal(name)) AND \(titleQuery)"
    }

    /// How many of a title's words (it has `wordCount`) a query must name so that every close
    /// title holds at least two of them: a close title shares at least ``threshold`` of the words of
    /// both, so it lacks at most `wordCount − shared` of them; two more than that. Less than two
    /// (a title of one word) when no pair is needed.
    static func pairCount(wordCount: Int) -> Int {
        guard wordCount >= 2 else { return wordCount + 2 }
        var shared = 0
        while Double(shared) / Double(wordCount) < threshold { shared += 1 }
        return wordCount - shared + 2
    }

    /// The folded words of `text`, as a set: the runs of letters and digits.
    ///
    /// A folded text of ASCII only (most are: folding takes the accents off) is split byte by
    /// byte, where a letter is `a`–`z` or `A`–`Z` and a number `0`–`9`, as `Character` has them;
    /// any other text by `Character`.
    static func words(_ text: String) -> Set<String> {
        let folded = TextFolding.fold(text)
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else {
            return Set(folded.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let isWordByte = { (byte: UInt8) in
            (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte)
        }
        return Set(folded.utf8.split { !isWordByte($0) }.map { String(Substring($0)) })
    }

    /// Whether two titles are close: the same numbers in the same order, and most words shared.
    /// `words` are `a`'s words, when already known.
    static func isClose(_ a: String, _ b: String, words known: Set<String>? = nil) -> Bool {
        func numbers(_ text: String) -> [Substring] {
            text.split { !$0.isNumber }
        }
        return numbers(a) == numbers(b) && similarity(known ?? words(a), words(b)) >= threshold
    }

    /// The Jaccard similarity of two word sets: 1 when both are empty. Counted without making
    /// the union and the intersection.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for word in small where large.contains(word) { shared += 1 }
        let union = a.count + b.count - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }
}

/// The words of stored bodies ``DuplicateFinder`` has compared, by entry, for one import: the same
/// stored entries are candidates for many new ones (an import of a municipality's reports, all
/// titled alike). A body is kept with its words and they are used only while the entry holds that
/// body, so an entry changed since gives its new words. Bounded: when the bodies and words kept
/// would take more than `byteLimit` bytes (a body's UTF-8 and 24 bytes a word), it starts over.
final class BodyWordsCache {
    private let byteLimit: Int
    private var kept: [Entry.ID: (body: String, words: Set<String>)] = [:]
    private var bytes = 0

    /// A cache of at most about `byteLimit` bytes of bodies and their words.
    init(byteLimit: Int = 4_000_000) {
        self.byteLimit = byteLimit
    }

    /// The bytes a body and its words take, about.
    private static func size(_ body: String, _ words: Set<String>) -> Int { body.utf8.count + 24 * words.count }

    /// The words of `body`, the body of entry `id`.
    func words(of id: Entry.ID, body: String) -> Set<String> {
        if let known = kept[id], known.body == body { return known.words }
        let words = DuplicateFinder.words(body)
        let size = Self.size(body, words)
        if bytes + size > byteLimit {
            kept.removeAll(keepingCapacity: true)
            bytes = 0
        }
        if let replaced = kept.updateValue((body, words), forKey: id) {
            bytes -= Self.size(replaced.body, replaced.words)
        }
        bytes += size
        return words
    }

    /// How many bodies are kept.
    var count: Int { kept.count }
}
