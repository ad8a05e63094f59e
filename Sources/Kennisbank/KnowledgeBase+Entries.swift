import Foundation
import GRDB

extension KnowledgeBase {
    /// Adds an entry and returns it as stored.
    ///
    /// The municipality reference is resolved like ``municipality(_:)``; topics that fold
    /// alike become one topic; `addresses` must name obstacles. One transaction.
    @discardableResult
    public func add(_ entry: NewEntry) throws -> Entry {
        try write { db in
            let id = try EntryStore.insert(entry, in: db, now: Date())
            return try EntryStore.fetch(id, in: db)
        }
    }

    /// The entry `reference` names: its id (`12`), its UUID, or a UUID prefix.
    public func entry(_ reference: String) throws -> Entry {
        try read { db in try EntryStore.fetch(try EntryStore.resolve(reference, in: db), in: db) }
    }

    /// Entries that `filter` selects, newest date first (undated last), then by id.
    public func entries(_ filter: EntryFilter = EntryFilter(), limit: Int? = nil, offset: Int = 0) throws -> [Entry] {
        try read { db in
            let conditions = try EntryConditions(filter, in: db)
            let page = limit.map { "LIMIT \(max(0, $0)) OFFSET \(max(0, offset))" } ?? (offset > 0 ? "LIMIT -1 OFFSET \(offset)" : "")
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(EntryStore.selection) FROM \(EntryStore.joins) \(conditions.whereClause) ORDER BY e.date IS NULL, e.date DESC, e.id \(page)",
                arguments: conditions.arguments)
            return try EntryStore.entries(from: rows, in: db)
        }
    }

    /// The number of entries that `filter` selects.
    public func count(_ filter: EntryFilter = EntryFilter()) throws -> Int {
        try read { db in
            let conditions = try EntryConditions(filter, in: db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(EntryStore.joins) \(conditions.whereClause)", arguments: conditions.arguments) ?? 0
        }
    }

    /// Changes the entry `reference` names and returns it as stored. One transaction.
    @discardableResult
    public func update(_ reference: String, with changes: EntryChanges) throws -> Entry {
        try write { db in
            let id = try EntryStore.resolve(reference, in: db)
            try EntryStore.update(id, with: changes, in: db, now: Date())
            return try EntryStore.fetch(id, in: db)
        }
    }

    /// Deletes the entry `reference` names, with its topic and obstacle links; returns what was deleted.
    @discardableResult
    public func delete(_ reference: String) throws -> Entry {
        try write { db in
            let id = try EntryStore.resolve(reference, in: db)
            let entry = try EntryStore.fetch(id, in: db)
            try EntryStore.delete(id, in: db)
            return entry
        }
    }

    /// All topics in use, with how many entries carry each, by label.
    public func topics(_ filter: EntryFilter = EntryFilter()) throws -> [Topic] {
        try read { db in
            let conditions = try EntryConditions(filter, in: db)
            return try Row.fetchAll(db, sql: """
                SELECT t.label, t.key, count(e.id) AS n
                FROM topic t JOIN entry_topic et ON et.topic_id = t.id
                JOIN entry e ON e.id = et.entry_id LEFT JOIN municipality m ON m.id = e.municipality_id
                \(conditions.whereClause)
                GROUP BY t.id ORDER BY t.key
                """, arguments: conditions.arguments)
            .map { Topic(label: $0["label"], key: $0["key"], entryCount: $0["n"]) }
        }
    }
}

extension KnowledgeBase {
    /// The tips and examples linked as addressing the obstacle `reference` names: who solved it.
    public func entriesAddressing(_ reference: String) throws -> [Entry] {
        try read { db in
            let id = try EntryStore.resolve(reference, in: db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(EntryStore.selection) FROM \(EntryStore.joins)
                WHERE e.id IN (SELECT entry_id FROM entry_obstacle WHERE obstacle_id = ?) ORDER BY e.id
                """, arguments: [id])
            return try EntryStore.entries(from: rows, in: db)
        }
    }
}
