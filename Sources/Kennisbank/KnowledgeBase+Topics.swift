import Foundation
import GRDB

extension KnowledgeBase {
    /// Renames the topic `label` names to `newLabel` on every entry that carries it, keeping
    /// the search index in step; returns the topic as renamed.
    ///
    /// A new label that folds like the old one only changes how it is written (`co-creatie` →
    /// `Co-creatie`). A new label that is another topic's is ``KennisbankError/topicExists(_:existing:)``:
    /// merge them with ``mergeTopic(_:into:by:)``. An unknown `label` is
    /// ``KennisbankError/unknownTopic(_:suggestions:)``. Every entry it changes gets a version in
    /// its history, by `author`. One transaction.
    @discardableResult
    public func renameTopic(_ label: String, to newLabel: String, by author: Author? = nil) throws -> Topic {
        let renamed = try EntryValidation.topic(newLabel)
        return try write { db in
            let topic = try TopicLookup.resolve(label, in: db)
            if renamed.key != topic.key,
                let taken = try String.fetchOne(db, literal: "SELECT label FROM topic WHERE key = \(renamed.key)")
            {
                throw KennisbankError.topicExists(topic.label, existing: taken)
            }
            let entries = try TopicStore.entries(of: topic.id, in: db)
            try TopicStore.reindexing(entries, author: author, in: db, now: Date()) {
                try db.execute(
                    literal: "UPDATE topic SET label = \(renamed.label), key = \(renamed.key) WHERE id = \(topic.id)")
            }
            return Topic(id: topic.id, label: renamed.label, key: renamed.key, entryCount: entries.count)
        }
    }

    /// Moves every entry of the topic `label` names to the topic `target` names, and removes the
    /// first topic: an entry that carried both keeps one. The search index stays in step; returns
    /// the target topic with its new count. Merging a topic into itself changes nothing. Every
    /// entry it changes gets a version in its history, by `author`. One transaction.
    @discardableResult
    public func mergeTopic(_ label: String, into target: String, by author: Author? = nil) throws -> Topic {
        try write { db in
            let source = try TopicLookup.resolve(label, in: db)
            let into = try TopicLookup.resolve(target, in: db)
            var entries = try TopicStore.entries(of: into.id, in: db)
            if source.id != into.id {
                let moving = try TopicStore.entries(of: source.id, in: db)
                try TopicStore.reindexing(moving, author: author, in: db, now: Date()) {
                    try db.execute(
                        literal: """
                            INSERT OR IGNORE INTO entry_topic (entry_id, topic_id)
                            SELECT entry_id, \(into.id) FROM entry_topic WHERE topic_id = \(source.id)
                            """)
                    try db.execute(literal: "DELETE FROM entry_topic WHERE topic_id = \(source.id)")
                    try db.execute(literal: "DELETE FROM topic WHERE id = \(source.id)")
                }
                entries = try TopicStore.entries(of: into.id, in: db)
            }
            return Topic(id: into.id, label: into.label, key: into.key, entryCount: entries.count)
        }
    }
}
