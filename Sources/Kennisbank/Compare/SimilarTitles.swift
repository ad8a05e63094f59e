import GRDB
import KennisbankText

/// An entry whose title is clearly similar to an obstacle's.
struct TitleMatch {
    /// The similar entry.
    var found: FoundEntry
    /// The Jaccard similarity of the two titles' significant terms, in 0...1.
    var similarity: Double
    /// How many of the obstacle's topics the similar entry carries (0 unless asked for, see
    /// ``SimilarTitles/matches(for:others:sharingTopics:in:)``).
    var sharedTopics = 0
    /// How many topics the similar entry carries in all.
    var topicCount = 0

    /// The similar entry's id.
    var entryID: Entry.ID { found.summary.id }
}

/// "Clearly similar text": two titles whose significant terms — the terms of `DutchAnalyzer`
/// (folded, stemmed, compounds as their parts), without stopwords — overlap for at least
/// ``threshold`` of their union (Jaccard similarity).
///
/// `Wantrouwen tussen bewoners en gemeente` and `Wantrouwen van bewoners` share `wantrouw` and
/// `bewoner` out of four terms: 0.5, similar. `Leegstand` and `Leegstand van kerken` share one
/// of two: 0.5, similar. `Wantrouwen` and `Wantrouwen tussen raad en ambtenaren`: one of four, not.
enum SimilarTitles {
    /// The least Jaccard similarity that counts as clearly similar.
    static let threshold = 0.4

    /// At most this many significant terms of a title take part (the first ones).
    static let termLimit = 12

    /// The significant terms of `title`: index terms that are not stopwords, surface forms or
    /// single characters, at most ``termLimit``.
    static func terms(_ title: String) -> Set<String> {
        Set(significantWords(title).map(\.term))
    }

    /// The significant terms of `title` with, for each, the text it was read from (for a query).
    static func significantWords(_ title: String) -> [(term: String, word: String)] {
        var words: [(term: String, word: String)] = []
        var seen: Set<String> = []
        let utf8 = Array(title.utf8)
        // Query-mode analysis: one term per word (compounds as their parts, no colocated variants),
        // so the same words always give the same set, and each term can be searched for on its own.
        for token in DutchAnalyzer.standard.tokens(in: title, forQuery: true)
        where !token.isStopword && !token.isSurfaceForm && !token.isColocated && token.term.count > 1
            && seen.insert(token.term).inserted
        {
            words.append((token.term, String(decoding: utf8[token.byteRange], as: UTF8.self)))
            if words.count == termLimit { break }
        }
        return words
    }

    /// The Jaccard similarity of two term sets (0 when either is empty).
    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// How many of `count` terms another title must share to reach ``threshold``: the Jaccard
    /// similarity is at most shared/`count`.
    static func requiredShared(of count: Int) -> Int {
        max(1, Int((threshold * Double(count) - 1e-9).rounded(.up)))
    }

    /// The FTS5 query for titles holding `word`: the word as an FTS5 string literal (quotes
    /// doubled), limited to the title column. Bind it as an argument.
    static func matchExpression(_ word: String) -> String {
        "title : \"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// For each obstacle (id, title, topics), the entries that `others` selects (on `entry e`)
    /// whose titles are clearly similar and that share none of its topics (with `sharingTopics`,
    /// also those that share some), most similar first.
    ///
    /// The full-text index finds, once per distinct significant term of the obstacles, the
    /// entries with that term in their title (`title : "word"`, bound as an argument). An entry
    /// that holds enough of an obstacle's terms (``requiredShared(of:)``) is a candidate; its own
    /// title then decides. Only candidates are read from `entry`, and only the entries that pass
    /// are loaded.
    static func matches(
        for obstacles: [(id: Entry.ID, title: String, topicIDs: [Topic.ID])], others: SQL, sharingTopics: Bool = false,
        in db: Database
    ) throws -> [Entry.ID: [TitleMatch]] {
        let asked = obstacles.map { (id: $0.id, words: significantWords($0.title), topics: Set($0.topicIDs)) }.filter {
            !$0.words.isEmpty
        }
        guard !asked.isEmpty else { return [:] }

        // Titles holding each term: one index query per distinct term.
        var titlesWith: [String: [Entry.ID]] = [:]
        let byTerm = try db.cachedStatement(sql: "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rowid")
        for obstacle in asked {
            for (term, word) in obstacle.words where titlesWith[term] == nil {
                titlesWith[term] = try Entry.ID.fetchAll(byTerm, arguments: [matchExpression(word)])
            }
        }

        // Candidates: entries holding enough of an obstacle's terms, counted in an array by id.
        let largest = titlesWith.values.compactMap(\.last?.rawValue).max() ?? 0
        var shared = [UInt8](repeating: 0, count: Int(largest) + 1)
        var touched: [Entry.ID] = []
        var candidates: [(obstacle: Int, entries: [(id: Entry.ID, shared: Int)])] = []
        var allCandidates: Set<Entry.ID> = []
        for (index, obstacle) in asked.enumerated() {
            let needed = requiredShared(of: obstacle.words.count)
            for (term, _) in obstacle.words {
                for id in titlesWith[term] ?? [] {
                    if shared[Int(id.rawValue)] == 0 { touched.append(id) }
                    shared[Int(id.rawValue)] += 1
                }
            }
            var entries: [(id: Entry.ID, shared: Int)] = []
            for id in touched {
                if Int(shared[Int(id.rawValue)]) >= needed, id != obstacle.id {
                    entries.append((id, Int(shared[Int(id.rawValue)])))
                }
                shared[Int(id.rawValue)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            if !entries.isEmpty {
                candidates.append((index, entries))
                allCandidates.formUnion(entries.map(\.id))
            }
        }
        guard !allCandidates.isEmpty else { return [:] }

        // The candidates that `others` allows, with their number of terms and their topics.
        var candidateTerms: [Entry.ID: Int] = [:]
        var candidateTopics: [Entry.ID: Set<Topic.ID>] = [:]
        let sorted = allCandidates.sorted()
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = sorted[start..<min(start + 500, sorted.count)]
            for row in try Row.fetchAll(
                db, literal: "SELECT e.id, e.title FROM entry e WHERE e.id IN \(chunk) AND \(others)")
            {
                candidateTerms[try row.decoded("id", table: "entry")] = terms(row["title"]).count
            }
            for row in try Row.fetchAll(
                db, literal: "SELECT entry_id, topic_id FROM entry_topic WHERE entry_id IN \(chunk)")
            {
                candidateTopics[try row.decoded("entry_id", table: "entry_topic"), default: []].insert(
                    try row.decoded("topic_id", table: "entry_topic"))
            }
        }

        // Each obstacle's clearly similar entries that share none of its topics. The index told
        // how many of the obstacle's terms a title holds; with the title's own number of terms
        // that gives the Jaccard similarity.
        var similar: [Entry.ID: [(id: Entry.ID, similarity: Double, shared: Int)]] = [:]
        var passed: Set<Entry.ID> = []
        for (index, entries) in candidates {
            let obstacle = asked[index]
            for (id, common) in entries {
                let topicsShared = obstacle.topics.intersection(candidateTopics[id] ?? []).count
                guard let count = candidateTerms[id], sharingTopics || topicsShared == 0 else { continue }
                let similarity = Double(common) / Double(max(common, obstacle.words.count + count - common))
                if similarity >= threshold {
                    similar[obstacle.id, default: []].append((id, similarity, topicsShared))
                    passed.insert(id)
                }
            }
        }

        // Load the entries that passed, once each.
        let found = try FoundEntry.fetchByID(passed, in: db)
        return similar.mapValues { list in
            list.compactMap { match in
                found[match.id].map {
                    TitleMatch(
                        found: $0, similarity: match.similarity, sharedTopics: match.shared,
                        topicCount: candidateTopics[match.id]?.count ?? 0)
                }
            }
            .sorted { ($1.similarity, $0.entryID) < ($0.similarity, $1.entryID) }
        }
    }
}
