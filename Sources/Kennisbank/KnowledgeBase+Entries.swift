import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Resolving what a person typed

    /// The entry `reference` names: its id (`12`, `#12`), its UUID, or a UUID prefix of at least
    /// four characters. A front end calls this once, then works with the id.
    ///
    /// Throws ``KennisbankError/unknownEntry(_:)`` or ``KennisbankError/ambiguousReference(_:candidates:)``.
    public func entryID(_ reference: String) throws -> Entry.ID {
        try read { db in try EntryStore.resolve(reference, in: db) }
    }

    /// The topic `label` names, matched by folded identity (`co creatie` finds `Co-creatie`).
    ///
    /// Throws ``KennisbankError/unknownTopic(_:suggestions:)`` with the closest labels.
    public func topic(_ label: String) throws -> Topic {
        try read { db in try TopicLookup.resolve(label, in: db) }
    }

    // MARK: Entries

    /// Adds an entry and returns it as stored.
    ///
    /// The text is validated and normalised; topics that fold alike become one topic;
    /// `addresses` must be obstacles. A new topic close to an existing one (a typo, a plural) is
    /// ``KennisbankError/similarTopics(_:)`` unless `allowingSimilarTopics`. One transaction.
    @discardableResult
    public func add(_ entry: NewEntry, allowingSimilarTopics: Bool = false) throws -> Entry {
        let valid = try ValidEntry(entry)
        return try write { db in
            if !allowingSimilarTopics { try TopicSimilarity.refuseClose(valid.topics, in: db) }
            let id = try EntryStore.insert(valid, in: db, now: Date())
            return try EntryStore.fetch(id, in: db)
        }
    }

    /// The entry with this id.
    public func entry(_ id: Entry.ID) throws -> Entry {
        try read { db in try EntryStore.fetch(id, in: db) }
    }

    /// Entries that `filter` selects, newest date first (undated last), then by id.
    public func entries(_ filter: EntryFilter = EntryFilter(), limit: Int? = nil, offset: Int = 0) throws -> [Entry] {
        try read { db in
            try EntryStore.fetchAll(
                """
                SELECT \(Entry.columns) FROM \(Entry.joins) \(filter.whereClause)
                ORDER BY e.date IS NULL, e.date DESC, e.id
                LIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, offset))
                """, in: db)
        }
    }

    /// The number of entries that `filter` selects.
    public func count(_ filter: EntryFilter = EntryFilter()) throws -> Int {
        try read { db in
            try Int.fetchOne(db, literal: "SELECT count(*) FROM \(Entry.joins) \(filter.whereClause)") ?? 0
        }
    }

    /// Changes entry `id` and returns it as stored. A topic it gains that is new and close to an
    /// existing one is ``KennisbankError/similarTopics(_:)`` unless `allowingSimilarTopics`. One transaction.
    @discardableResult
    public func update(_ id: Entry.ID, with changes: EntryChanges, allowingSimilarTopics: Bool = false) throws
        -> Entry
    {
        let gained = try EntryValidation.topics(changes.topics ?? []) + EntryValidation.topics(changes.addTopics)
        return try write { db in
            if !allowingSimilarTopics { try TopicSimilarity.refuseClose(gained, in: db) }
            try EntryStore.update(id, with: changes, in: db, now: Date())
            return try EntryStore.fetch(id, in: db)
        }
    }

    /// Deletes entry `id`, with its topic and obstacle links; returns what was deleted.
    @discardableResult
    public func delete(_ id: Entry.ID) throws -> Entry {
        try write { db in
            let entry = try EntryStore.fetch(id, in: db)
            try EntryStore.delete(id, in: db)
            return entry
        }
    }

    /// The tips and examples linked as addressing obstacle `id`: who solved it.
    public func entriesAddressing(_ id: Entry.ID) throws -> [Entry] {
        try read { db in
            try EntryStore.fetchAll(
                """
                SELECT \(Entry.columns) FROM \(Entry.joins)
                WHERE e.id IN (SELECT entry_id FROM entry_obstacle WHERE obstacle_id = \(id)) ORDER BY e.id
                """, in: db)
        }
    }

    // MARK: Topics

    /// All topics in use, with how many of the entries `filter` selects carry each, by label.
    public func topics(_ filter: EntryFilter = EntryFilter()) throws -> [Topic] {
        try read { db in
            try Topic.fetchAll(
                db,
                literal: """
                    SELECT t.id, t.label, t.key, count(e.id) AS entry_count
                    FROM topic t JOIN entry_topic et ON et.topic_id = t.id
                    JOIN entry e ON e.id = et.entry_id LEFT JOIN municipality m ON m.id = e.municipality_id
                    \(filter.whereClause)
                    GROUP BY t.id ORDER BY t.key
                    """)
        }
    }
}
