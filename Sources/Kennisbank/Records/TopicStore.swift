import Foundation
import GRDB

/// The SQL behind renaming and merging topics, inside a caller's transaction.
enum TopicStore {
    /// The entries that carry topic `id`.
    static func entries(of id: Topic.ID, in db: Database) throws -> [Entry.ID] {
        try Entry.ID.fetchAll(db, literal: "SELECT entry_id FROM entry_topic WHERE topic_id = \(id) ORDER BY entry_id")
    }

    /// Runs `change` (which changes the topics of `entries`) with the entries taken out of the
    /// search index before and put back after, and marks them updated at `now`.
    static func reindexing(
        _ entries: [Entry.ID], author: Author?, in db: Database, now: Date, _ change: () throws -> Void
    ) throws {
        for id in entries {
            try HistoryStore.keepCurrent(id, in: db)
            try SearchIndex.remove(id, in: db)
        }
        try change()
        for id in entries {
            try db.execute(
                literal: "UPDATE entry SET updated_at = max(created_at, \(Timestamp.string(now))) WHERE id = \(id)")
            try SearchIndex.add(id, in: db)
        }
        try HistoryStore.recordAll(entries.map { (id: $0, change: .edit) }, author: author, now: now, in: db)
    }
}
