import Foundation
import GRDB
import KennisbankText

/// The terms of the search index with how often they occur: what spelling suggestions are
/// chosen from, read a slice at a time.
///
/// It is read from FTS5 itself, through the `fts5vocab` table ``tableName`` that every
/// connection creates in its `temp` schema when it opens (see ``createTable(in:)``): so it works
/// on a read-only file too and needs no migration. FTS5 counts a term's entries by reading its
/// whole list of occurrences, so reading all terms takes time in proportion to the whole index;
/// a suggestion reads only the *slices* of terms that begin with a given ``sliceLength`` letters,
/// and a ``SearchVocabularyCache`` keeps the slices read per knowledge base until the index changes.
///
/// The index holds stems (`vertrouw`) and, where a word's stem differs from the word, the folded
/// word with the surface-form marker (`=vertrouwen`). Both are *forms* here: a typed word is
/// compared with each, and a form leads to its stem (see ``stem(of:analyzer:)``).
struct SearchVocabulary {
    /// One term of the index as a word to compare with.
    struct Form: Sendable {
        /// The term as the index stores it (`vertrouw`, `=vertrouwen`).
        var term: String
        /// The word without the marker, as Unicode scalars.
        var scalars: [Unicode.Scalar]
        /// True for a surface form (`=vertrouwen`).
        var isSurface: Bool
        /// In how many entries the term occurs.
        var documents: Int
        /// How many times the term occurs in all.
        var instances: Int

        /// The word without the marker.
        var word: String { String(String.UnicodeScalarView(scalars)) }
    }

    /// The name of the `fts5vocab` table in each connection's `temp` schema.
    static let tableName = "kb_search_vocabulary"

    /// How many leading letters name a slice.
    static let sliceLength = 3

    /// Creates the `fts5vocab` table over `entry_fts` in the `temp` schema of `db`, as each
    /// connection opens. FTS5 looks for `entry_fts` only when the table is read, so this works
    /// before the migrations have made it, and on a read-only connection.
    static func createTable(in db: Database) throws {
        try db.execute(
            sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(tableName) USING fts5vocab(main, entry_fts, row)")
    }

    /// What identifies the index's current state: FTS5's structure record (row 10 of
    /// `entry_fts_data`), which FTS5 rewrites with every change to the index. Nil for an empty index.
    static func generation(in db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT block FROM entry_fts_data WHERE id = 10")
    }

    /// The name of the slice that holds `word`'s forms: its first ``sliceLength`` scalars, after
    /// the marker for surface forms.
    static func slice(of word: [Unicode.Scalar], surface: Bool) -> String {
        (surface ? DutchAnalyzer.surfaceFormMarker : "") + String(String.UnicodeScalarView(word.prefix(sliceLength)))
    }

    /// Reads the forms of slice `name` (every term that begins with it) from the index.
    static func readSlice(_ name: String, in db: Database) throws -> [Form] {
        guard let last = name.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return [] }
        let upper = String(name.unicodeScalars.dropLast()) + String(next)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT term, doc, cnt FROM temp.\(tableName) WHERE term >= ? AND term < ?",
            arguments: [name, upper])
        var forms: [Form] = []
        while let row = try rows.next() {
            let term: String = row[0]
            let isSurface = term.hasPrefix(DutchAnalyzer.surfaceFormMarker)
            let scalars = Array((isSurface ? String(term.dropFirst()) : term).unicodeScalars)
            forms.append(Form(term: term, scalars: scalars, isSurface: isSurface, documents: row[1], instances: row[2]))
        }
        return forms
    }

    /// The slices in which a word within two edits of `word` is looked for: its own opening, and
    /// the openings it has with one of its first letters swapped with the next or left out (a
    /// typed letter too many). A word whose first letters were mistyped otherwise is not found:
    /// that keeps the slices few, and people seldom mistype how a word begins.
    static func neighbourSlices(of word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var openings = [Array(word.prefix(sliceLength))]
        for index in 0..<min(sliceLength, word.count - 1) {
            var swapped = word
            swapped.swapAt(index, index + 1)
            openings.append(Array(swapped.prefix(sliceLength)))
            var shortened = word
            shortened.remove(at: index)
            openings.append(Array(shortened.prefix(sliceLength)))
        }
        var unique: [[Unicode.Scalar]] = []
        for opening in openings where !unique.contains(opening) { unique.append(opening) }
        return unique
    }

    /// The stem a form leads to: a stem is its own; a surface word's is what `analyzer` makes of it.
    static func stem(of form: Form, analyzer: DutchAnalyzer) -> String? {
        guard form.isSurface else { return form.term }
        return analyzer.tokens(in: form.word).first { !$0.isSurfaceForm }?.term
    }
}

/// The slices of the search index's vocabulary read for one knowledge base, kept until the
/// index changes.
///
/// A server reads each slice once and then only checks FTS5's structure record (one row) on each
/// suggestion; a `kb` process reads the slices its suggestion needs.
final class SearchVocabularyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation: Data?
    private var slices: [String: [SearchVocabulary.Form]] = [:]

    /// A view of the vocabulary for one database access: it checks once that the cached slices
    /// belong to the index as it is.
    func reader(in db: Database) throws -> Reader {
        let current = try SearchVocabulary.generation(in: db)
        lock.withLock {
            if generation != current {
                generation = current
                slices = [:]
            }
        }
        return Reader(cache: self, db: db, generation: current)
    }

    /// Reads the vocabulary through the cache, within one database access.
    struct Reader {
        fileprivate let cache: SearchVocabularyCache
        let db: Database
        fileprivate let generation: Data?

        /// The forms of slice `name`, from the cache or the index.
        func slice(_ name: String) throws -> [SearchVocabulary.Form] {
            if let cached = cache.lock.withLock({ cache.slices[name] }) { return cached }
            let forms = try SearchVocabulary.readSlice(name, in: db)
            cache.lock.withLock {
                if cache.generation == generation { cache.slices[name] = forms }
            }
            return forms
        }

        /// The form of `term`, or nil when the index does not hold it.
        func form(_ term: String) throws -> SearchVocabulary.Form? {
            let isSurface = term.hasPrefix(DutchAnalyzer.surfaceFormMarker)
            let scalars = Array((isSurface ? String(term.dropFirst()) : term).unicodeScalars)
            return try slice(SearchVocabulary.slice(of: scalars, surface: isSurface)).first { $0.term == term }
        }

        /// The forms within `limit` edits (Damerau-Levenshtein) of `word`, with their distances,
        /// from the slices of ``SearchVocabulary/neighbourSlices(of:)``.
        func forms(near word: [Unicode.Scalar], limit: Int) throws -> [(form: SearchVocabulary.Form, distance: Int)] {
            var result: [(SearchVocabulary.Form, Int)] = []
            for opening in SearchVocabulary.neighbourSlices(of: word) {
                for surface in [false, true] {
                    for form in try slice(SearchVocabulary.slice(of: opening, surface: surface)) {
                        if let distance = EditDistance.damerauLevenshtein(word, form.scalars, limit: limit) {
                            result.append((form, distance))
                        }
                    }
                }
            }
            return result
        }

        /// The words of the index whose stem is `stem`, with how many times each occurs, most
        /// frequent first: the surface words that stem to it, and the stem itself when some text
        /// holds it as a word (the stem occurs more often than its surface words together).
        ///
        /// A stem's words are looked for among the surface words that share its opening (all but
        /// its last three letters, at least ``SearchVocabulary/sliceLength``): enough for the
        /// suffixes the stemmers remove.
        func words(ofStem stem: String, analyzer: DutchAnalyzer) throws -> [(word: String, instances: Int)] {
            let scalars = Array(stem.unicodeScalars)
            let opening = String(
                String.UnicodeScalarView(scalars.prefix(max(SearchVocabulary.sliceLength, scalars.count - 3))))
            var words: [(word: String, instances: Int)] = []
            for form in try slice(SearchVocabulary.slice(of: scalars, surface: true))
            where form.word.hasPrefix(opening) && SearchVocabulary.stem(of: form, analyzer: analyzer) == stem {
                words.append((form.word, form.instances))
            }
            let literal = (try form(stem)?.instances ?? 0) - words.reduce(0) { $0 + $1.instances }
            if literal > 0 { words.append((stem, literal)) }
            return words.sorted { ($0.instances, $1.word) > ($1.instances, $0.word) }
        }
    }
}
