import Foundation
import GRDB
import KennisbankText

/// The coordinator's changes to the thesaurus, in the table `synonym_change` (migration 0008):
/// rows are only ever added, so every change is kept with who made it and when.
enum SynonymStore {
    /// The longest word or phrase kept, in characters.
    static let maximumWordLength = 100

    /// Every change, oldest first, as groups with source `added` or `removed`.
    static func changes(in db: Database) throws -> [SynonymGroup] {
        try Row.fetchAll(db, sql: "SELECT action, words, author, changed_at FROM synonym_change ORDER BY id")
            .map(SynonymGroup.init(row:))
    }

    /// The thesaurus in force: the built-in one with the changes applied.
    static func thesaurus(analyzer: DutchAnalyzer, in db: Database) throws -> Thesaurus {
        Thesaurus.applying(try changes(in: db), analyzer: analyzer)
    }

    /// Key → synonyms in force, for a search: the built-in index when nothing was changed.
    static func index(analyzer: DutchAnalyzer, in db: Database) throws -> [String: [String]] {
        let changed =
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM synonym_change)")) ?? false
        if !changed && analyzer.signature == DutchAnalyzer.standard.signature { return Thesaurus.builtInIndex }
        return try thesaurus(analyzer: analyzer, in: db).index(analyzer: analyzer)
    }

    /// Records a change (`source` added or removed) and returns it as a group.
    static func record(_ source: SynonymGroup.Source, words: [String], author: Author?, in db: Database) throws
        -> SynonymGroup
    {
        let now = Date()
        try db.execute(
            literal: """
                INSERT INTO synonym_change (action, words, author, changed_at)
                VALUES (\(source.action), \(words.joined(separator: "\n")), \(author?.name), \(Timestamp.string(now)))
                """)
        return SynonymGroup(
            words: words, source: source, author: author?.name, time: Timestamp.date(Timestamp.string(now)))
    }

    /// The words as kept: trimmed, runs of spaces made one, duplicates (by key) dropped. Throws
    /// for a word that is empty, not one line, too long, or has nothing a search can use.
    static func validWords(_ words: [String], analyzer: DutchAnalyzer) throws -> [(word: String, key: String)] {
        var result: [(word: String, key: String)] = []
        for word in words {
            let scalars = word.unicodeScalars
            if scalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw KennisbankError.synonyms(.invalidWord(word, limit: maximumWordLength))
            }
            let clean = word.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !clean.isEmpty, clean.unicodeScalars.count <= maximumWordLength else {
                throw KennisbankError.synonyms(.invalidWord(word, limit: maximumWordLength))
            }
            let tokens = analyzer.tokens(in: clean, forQuery: true)
            guard tokens.contains(where: { !$0.isStopword }) else {
                throw KennisbankError.synonyms(.unsearchableWord(clean))
            }
            let key = Thesaurus.key(clean, analyzer: analyzer)
            if !result.contains(where: { $0.key == key }) { result.append((clean, key)) }
        }
        return result
    }
}
