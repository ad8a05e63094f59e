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

    /// Adds an entry and returns it as stored; its first version goes into the history, by `author`.
    ///
    /// The text is validated and normalised; topics that fold alike become one topic;
    /// `addresses` must be obstacles. A new topic close to an existing one (a typo, a plural) is
    /// ``KennisbankError/similarTopics(_:)`` unless `allowingSimilarTopics`; an entry of the same
    /// kind and municipality with nearly the same title and body is refused with
    /// ``KennisbankError/possibleDuplicate(of:title:)`` unless `allowingDuplicate`. The entry is
    /// linked to the meetings in ``NewEntry/meetings`` (an unknown one is
    /// ``KennisbankError/meetings(_:)`` and nothing is stored). One transaction.
    @discardableResult
    public func add(
        _ entry: NewEntry, by author: Author? = nil, allowingDuplicate: Bool = false,
        allowingSimilarTopics: Bool = false
    ) throws -> Entry {
        let valid = try ValidEntry(entry)
        return try write { db in
            let now = Date()
            if !allowingSimilarTopics { try TopicSimilarity.refuseClose(valid.topics, in: db) }
            if !allowingDuplicate, let twin = try DuplicateFinder.twin(of: valid, in: db) {
                throw KennisbankError.possibleDuplicate(of: twin.id, title: twin.title)
            }
            for meeting in entry.meetings { _ = try MeetingStore.meeting(meeting, in: db) }
            let id = try EntryStore.insert(valid, in: db, now: now)
            try HistoryStore.record(id, change: .add, author: author, now: now, in: db)
            let stored = try EntryStore.fetch(id, in: db)
            try MeetingStore.link(stored.uuid, to: entry.meetings, author: author, now: now, in: db)
            return stored
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

    /// Changes entry `id` and returns it as stored; the history keeps the version before and the
    /// new one, by `author`. A topic it gains that is new and close to an existing one is
    /// ``KennisbankError/similarTopics(_:)`` unless `allowingSimilarTopics`. One transaction.
    @discardableResult
    public func update(
        _ id: Entry.ID, with changes: EntryChanges, by author: Author? = nil, allowingSimilarTopics: Bool = false
    ) throws -> Entry {
        let gained = try EntryValidation.topics(changes.topics ?? []) + EntryValidation.topics(changes.addTopics)
        return try write { db in
            let now = Date()
            if !allowingSimilarTopics { try TopicSimilarity.refuseClose(gained, in: db) }
            if try EntryStore.exists(id, in: db) { try HistoryStore.keepCurrent(id, in: db) }
            try EntryStore.update(id, with: changes, in: db, now: now)
            try HistoryStore.record(id, change: .edit, author: author, now: now, in: db)
            return try EntryStore.fetch(id, in: db)
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
