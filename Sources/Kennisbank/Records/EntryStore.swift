import Foundation
import GRDB

/// The SQL behind entries: insert, fetch, update and delete inside a caller's transaction.
enum EntryStore {
    // MARK: References

    /// The entry that `reference` names: a row id (`12`, `#12`), a UUID, or a UUID prefix of at
    /// least 4 characters (digits name an id when one exists, else a UUID prefix).
    static func resolve(_ reference: String, in db: Database) throws -> Entry.ID {
        var text = reference.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("#") { text.removeFirst() }
        guard !text.isEmpty, text.utf8.count <= 64 else { throw KennisbankError.unknownEntry(reference) }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(text).map({ Entry.ID($0) }) {
            // An id first; a run of digits may also start a UUID.
            if try exists(id, in: db) { return id }
        }
        guard text.count >= 4, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw try unknown(reference, in: db)
        }
        let matches = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, uuid FROM entry WHERE uuid >= ? AND uuid < ? ORDER BY uuid LIMIT 6"),
            arguments: [text, text + "\u{7F}"])
        switch matches.count {
        case 0: throw try unknown(reference, in: db)
        case 1: return try matches[0].decoded("id", table: "entry")
        default:
            throw KennisbankError.ambiguousReference(
                reference, candidates: matches.map { String(($0["uuid"] as String).prefix(13)) })
        }
    }

    /// The error for a reference no stored entry answers to: the entry is in the trash, or unknown.
    private static func unknown(_ reference: String, in db: Database) throws -> KennisbankError {
        guard try db.tableExists("entry_trash"), let trashed = try TrashStore.resolve(reference, in: db) else {
            return .unknownEntry(reference)
        }
        return .entryInTrash(trashed)
    }

    /// True when entry `id` exists.
    static func exists(_ id: Entry.ID, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entry WHERE id = ?"), arguments: [id]) ?? false
    }

    // MARK: Writing

    /// Inserts a validated entry, its links and its search index row; returns its id.
    ///
    /// `id` is given when an entry comes back from the trash; a new entry gets an id that no
    /// entry in the trash holds, and may not take the UUID of one.
    static func insert(_ entry: ValidEntry, in db: Database, now: Date, id fixedID: Entry.ID? = nil) throws -> Entry.ID
    {
        let uuid = (entry.uuid ?? UUID()).uuidString.lowercased()
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entry WHERE uuid = ?"), arguments: [uuid]) == true {
            throw KennisbankError.duplicateUUID(uuid)
        }
        var rowID = fixedID
        if fixedID == nil,
            let trashed = try Entry.ID.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM entry_trash"))
        {
            if let holder = try TrashStore.id(ofUUID: uuid, in: db) { throw KennisbankError.entryInTrash(holder) }
            let stored = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM entry")) ?? 0
            if trashed.rawValue >= stored { rowID = Entry.ID(trashed.rawValue + 1) }
        }
        let created = entry.createdAt ?? now
        let updated = max(entry.updatedAt ?? created, created)
        try db.cachedStatement(
            sql: """
                INSERT INTO entry (id, uuid, kind, title, body, municipality_id, status, source_id, date, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            rowID, uuid, entry.kind, entry.title, entry.body, entry.municipality, entry.status,
            try sourceID(entry.source, in: db), entry.date, Timestamp.string(created), Timestamp.string(updated),
        ])
        let id = Entry.ID(db.lastInsertedRowID)
        for topic in entry.topics {
            try add(topic, to: id, in: db)
        }
        for obstacle in entry.addresses {
            try addAddress(obstacle, from: id, kind: entry.kind, in: db)
        }
        try ContactStore.add(entry.contacts, to: id, in: db)
        try SearchIndex.add(id, in: db)
        return id
    }

    /// Applies `changes` to entry `id`, keeping the search index in step.
    static func update(_ id: Entry.ID, with changes: EntryChanges, in db: Database, now: Date) throws {
        guard
            let kind = try EntryKind.fetchOne(
                db.cachedStatement(sql: "SELECT kind FROM entry WHERE id = ?"), arguments: [id])
        else {
            throw KennisbankError.unknownEntry(id.description)
        }
        try SearchIndex.remove(id, in: db)
        var assignments: [SQL] = []
        if let title = changes.title {
            assignments.append("title = \(try EntryValidation.title(title))")
        }
        if let body = changes.body {
            assignments.append("body = \(try EntryValidation.body(body))")
        }
        if let municipality = changes.municipality {
            if municipality == nil, kind != .tip { throw KennisbankError.municipalityRequired(kind) }
            assignments.append("municipality_id = \(municipality)")
        }
        if let source = changes.source {
            assignments.append(
                "source_id = \(try sourceID(try EntryValidation.optionalText(source, field: .source), in: db))")
        }
        if let date = changes.date {
            assignments.append("date = \(date)")
        }
        if let status = changes.status {
            guard kind == .obstacle else { throw KennisbankError.statusOnlyForObstacles }
            assignments.append("status = \(status)")
        }
        if let labels = changes.topics {
            let topics = try EntryValidation.topics(labels)
            try db.execute(literal: "DELETE FROM entry_topic WHERE entry_id = \(id)")
            for topic in topics { try add(topic, to: id, in: db) }
        }
        for topic in try EntryValidation.topics(changes.addTopics) {
            try add(topic, to: id, in: db)
        }
        for label in changes.removeTopics {
            let topic = try EntryValidation.topic(label)
            try db.execute(
                literal:
                    "DELETE FROM entry_topic WHERE entry_id = \(id) AND topic_id = (SELECT id FROM topic WHERE key = \(topic.key))"
            )
            if db.changesCount == 0 { throw KennisbankError.topicNotOnEntry(label) }
        }
        // Topics added (or given anew) may not take the entry past the limit; an older entry
        // with more can still lose some.
        if changes.topics != nil || !changes.addTopics.isEmpty,
            try Int.fetchOne(db, literal: "SELECT count(*) FROM entry_topic WHERE entry_id = \(id)") ?? 0
                > EntryLimits.topicsPerEntry
        {
            throw KennisbankError.tooManyTopics(limit: EntryLimits.topicsPerEntry)
        }
        for obstacle in changes.addAddresses {
            try addAddress(obstacle, from: id, kind: kind, in: db)
        }
        for obstacle in changes.removeAddresses {
            try db.execute(literal: "DELETE FROM entry_obstacle WHERE entry_id = \(id) AND obstacle_id = \(obstacle)")
            if db.changesCount == 0 { throw KennisbankError.notAddressed(obstacle) }
        }
        try ContactStore.remove(changes.removeContacts, from: id, in: db)
        try ContactStore.add(changes.addContacts, to: id, in: db)
        assignments.append("updated_at = max(created_at, \(Timestamp.string(now)))")
        try db.execute(literal: "UPDATE entry SET \(assignments.joined(separator: ", ")) WHERE id = \(id)")
        try SearchIndex.add(id, in: db)
        try removeUnusedTopicsAndSources(in: db)
    }

    /// True when entry `id` differs from `valid` in any field an import carries (title, body,
    /// municipality, topics, source, date, status).
    static func differs(_ id: Entry.ID, from valid: ValidEntry, in db: Database) throws -> Bool {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT e.title, e.body, e.municipality_id, s.title AS source, e.date, e.status,
                               (SELECT group_concat(t.key, char(31)) FROM (SELECT t.key FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                                 WHERE et.entry_id = e.id ORDER BY t.key) t) AS topic_keys
                        FROM entry e LEFT JOIN source s ON s.id = e.source_id WHERE e.id = ?
                        """), arguments: [id])
        else { throw KennisbankError.unknownEntry(id.description) }
        let topicKeys = (row["topic_keys"] as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
        return row["title"] != valid.title || row["body"] != valid.body
            || row["municipality_id"] != valid.municipality?.rawValue || row["source"] != valid.source
            || row["date"] != valid.date?.description || row["status"] != valid.status?.rawValue
            || Set(topicKeys) != Set(valid.topics.map(\.key))
    }

    /// Replaces the content of entry `id` (title, body, municipality, topics, source, date,
    /// status) with `valid`, already validated; its links stay.
    static func replaceContent(of id: Entry.ID, with valid: ValidEntry, in db: Database, now: Date) throws {
        try SearchIndex.remove(id, in: db)
        try db.execute(
            literal: """
                UPDATE entry SET title = \(valid.title), body = \(valid.body), municipality_id = \(valid.municipality),
                    source_id = \(try sourceID(valid.source, in: db)), date = \(valid.date), status = \(valid.status),
                    updated_at = max(created_at, \(Timestamp.string(now)))
                WHERE id = \(id)
                """)
        try db.execute(literal: "DELETE FROM entry_topic WHERE entry_id = \(id)")
        for topic in valid.topics { try add(topic, to: id, in: db) }
        try SearchIndex.add(id, in: db)
        try removeUnusedTopicsAndSources(in: db)
    }

    /// Deletes entry `id` with its links.
    static func delete(_ id: Entry.ID, in db: Database) throws {
        try SearchIndex.remove(id, in: db)
        try db.execute(literal: "DELETE FROM entry WHERE id = \(id)")
        try removeUnusedTopicsAndSources(in: db)
    }

    /// Gives entry `id` the topic, making the topic when it is new.
    static func add(_ topic: TopicLabel, to id: Entry.ID, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO topic (label, key) VALUES (?, ?) ON CONFLICT(key) DO NOTHING")
            .execute(arguments: [topic.label, topic.key])
        // The topic's id first, then one row with VALUES: an INSERT … SELECT would run in a
        // statement transaction and make FTS5 flush the pending index terms (see SearchIndex.indexedText).
        guard
            let topicID = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM topic WHERE key = ?"), arguments: [topic.key])
        else {
            return
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_topic (entry_id, topic_id) VALUES (?, ?)")
            .execute(arguments: [id, topicID])
    }

    /// Links entry `id` (of `kind`) to the obstacle it addresses.
    static func addAddress(_ obstacle: Entry.ID, from id: Entry.ID, kind: EntryKind, in db: Database) throws {
        guard kind != .obstacle else { throw KennisbankError.obstacleCannotAddress }
        let target = try EntryKind.fetchOne(
            db.cachedStatement(sql: "SELECT kind FROM entry WHERE id = ?"), arguments: [obstacle])
        guard let target else { throw KennisbankError.unknownEntry(obstacle.description) }
        guard target == .obstacle else { throw KennisbankError.notAnObstacle(obstacle) }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_obstacle (entry_id, obstacle_id) VALUES (?, ?)")
            .execute(arguments: [id, obstacle])
    }

    static func sourceID(_ title: String?, in db: Database) throws -> Int64? {
        guard let title else { return nil }
        try db.cachedStatement(sql: "INSERT INTO source (title) VALUES (?) ON CONFLICT(title) DO NOTHING").execute(
            arguments: [title])
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE title = ?"), arguments: [title])
    }

    static func removeUnusedTopicsAndSources(in db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM topic WHERE NOT EXISTS (SELECT 1 FROM entry_topic WHERE topic_id = topic.id);
                DELETE FROM source WHERE NOT EXISTS (SELECT 1 FROM entry WHERE source_id = source.id);
                """)
    }

    // MARK: Reading

    /// The entries `request` selects (it reads ``Entry/columns`` from ``Entry/joins``), with
    /// their topics and addresses, in row order.
    static func fetchAll(_ request: SQL, in db: Database) throws -> [Entry] {
        try withLinks(try Entry.fetchAll(db, SQLRequest(literal: request, cached: true)), in: db)
    }

    /// One entry.
    static func fetch(_ id: Entry.ID, in db: Database) throws -> Entry {
        guard let entry = try fetchAll("SELECT \(Entry.columns) FROM \(Entry.joins) WHERE e.id = \(id)", in: db).first
        else {
            throw KennisbankError.unknownEntry(id.description)
        }
        return entry
    }

    /// `entries` with their topics (by folded identity) and the UUIDs of the obstacles they address.
    static func withLinks(_ entries: [Entry], in db: Database) throws -> [Entry] {
        var topics: [Entry.ID: [String]] = [:]
        var addresses: [Entry.ID: [UUID]] = [:]
        var contacts: [Entry.ID: [EntryContact]] = [:]
        let ids = entries.map(\.id)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)]
            for row in try Row.fetchAll(
                db,
                SQLRequest(
                    literal: """
                        SELECT et.entry_id, t.label FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                        WHERE et.entry_id IN \(chunk) ORDER BY t.key
                        """, cached: true))
            {
                topics[try row.decoded("entry_id", table: "entry_topic"), default: []].append(row["label"])
            }
            for row in try Row.fetchAll(
                db,
                SQLRequest(
                    literal: """
                        SELECT eo.entry_id, o.uuid FROM entry_obstacle eo JOIN entry o ON o.id = eo.obstacle_id
                        WHERE eo.entry_id IN \(chunk) ORDER BY o.uuid
                        """, cached: true))
            {
                if let uuid = UUID(uuidString: row["uuid"]) {
                    addresses[try row.decoded("entry_id", table: "entry_obstacle"), default: []].append(uuid)
                }
            }
            for (entry, contact) in try ContactStore.contacts(of: Array(chunk), in: db) {
                contacts[entry, default: []].append(contact)
            }
        }
        return entries.map { entry in
            var entry = entry
            entry.topics = topics[entry.id] ?? []
            entry.addresses = addresses[entry.id] ?? []
            entry.contacts = contacts[entry.id] ?? []
            return entry
        }
    }
}
