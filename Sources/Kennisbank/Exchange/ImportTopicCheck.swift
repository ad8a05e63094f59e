import GRDB

/// The topics an import made, checked at its end against the topics the knowledge base had
/// before it: all that are close to an existing one are reported at once, each with the file
/// and line of the first record that used it.
enum ImportTopicCheck {
    /// The largest topic id before the import: topics made by it have larger ids.
    static func lastTopicID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM topic") ?? 0
    }

    /// Throws ``KennisbankError/similarTopics(_:)`` when a topic with an id above `lastTopicID`
    /// is close to one at or below it.
    static func refuseClose(madeAfter lastTopicID: Int64, in db: Database) throws {
        guard lastTopicID > 0 else { return }
        let made = try Row.fetchAll(
            db, literal: "SELECT id, label, key FROM topic WHERE id > \(lastTopicID) ORDER BY id")
        guard !made.isEmpty else { return }
        let existing = try TopicSimilarity(db: db, upTo: lastTopicID)
        var similar: [SimilarTopic] = []
        for row in made {
            let topic = TopicLabel(label: row["label"], key: row["key"])
            guard let close = existing.closeTopic(to: topic) else { continue }
            let topicID: Int64 = row["id"]
            let place = try Row.fetchOne(
                db,
                literal: """
                    SELECT i.source, i.line FROM temp.kb_import_entry i JOIN entry_topic et ON et.entry_id = i.entry_id
                    WHERE et.topic_id = \(topicID) ORDER BY i.rowid LIMIT 1
                    """)
            similar.append(
                SimilarTopic(
                    label: topic.label, existing: close,
                    location: place.map { RecordLocation(source: $0["source"], line: $0["line"]) }))
        }
        if !similar.isEmpty { throw KennisbankError.similarTopics(similar) }
    }
}
