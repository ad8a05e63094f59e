import GRDB
import KennisbankText

/// Finds the topic a person means: by its folded identity, with "did you mean" suggestions.
enum TopicLookup {
    /// The topic `label` names (folded: `co creatie` finds `Co-creatie`).
    static func resolve(_ label: String, in db: Database) throws -> Topic {
        let key = try EntryValidation.topic(label).key
        guard let topic = try Topic.fetchOne(db, literal: "SELECT id, label, key FROM topic WHERE key = \(key)") else {
            throw KennisbankError.unknownTopic(label, suggestions: try suggestions(for: key, in: db))
        }
        return topic
    }

    /// Topic labels close to `key`, for a "did you mean".
    static func suggestions(for key: String, in db: Database) throws -> [String] {
        let all = try Row.fetchAll(db, sql: "SELECT label, key FROM topic ORDER BY key")
        return all.compactMap { row -> (Int, String)? in
            let candidate: String = row["key"]
            if candidate.contains(key) || key.contains(candidate) { return (0, row["label"]) }
            return EditDistance.levenshtein(key, candidate, limit: max(2, key.count / 3)).map { ($0, row["label"]) }
        }
        .sorted { $0 < $1 }
        .prefix(5)
        .map(\.1)
    }
}
