import Foundation
import GRDB

/// The SQL behind entries: insert, fetch, update and delete inside a caller's transaction.
enum EntryStore {
    // MARK: References

    /// The row id that `reference` names: a row id (`12`, `#12`), a UUID, or a UUID prefix of at
    /// least 4 characters (digits name an id when one exists, else a UUID prefix).
    static func resolve(_ reference: String, in db: Database) throws -> Int64 {
        var text = reference.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("#") { text.removeFirst() }
        guard !text.isEmpty, text.utf8.count <= 64 else { throw KennisbankError.unknownEntry(reference) }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // An id first; a run of digits may also start a UUID.
            if let id = Int64(text), try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entry WHERE id = ?"), arguments: [id]) != nil { return id }
        }
        guard text.count >= 4, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw KennisbankError.unknownEntry(reference)
        }
        let matches = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, uuid FROM entry WHERE uuid >= ? AND uuid < ? ORDER BY uuid LIMIT 6"),
            arguments: [text, text + "\u{7F}"])
        switch matches.count {
        case 0: throw KennisbankError.unknownEntry(reference)
        case 1: return matches[0]["id"]
        default: throw KennisbankError.ambiguousReference(reference, candidates: matches.map { String(($0["uuid"] as String).prefix(13)) })
        }
    }

    // MARK: Writing

    /// Inserts a validated entry, its links and its search index row; returns its row id.
    static func insert(_ new: NewEntry, in db: Database, now: Date) throws -> Int64 {
        let title = try EntryValidation.title(new.title)
        let body = try EntryValidation.body(new.body)
        let date = try EntryValidation.date(new.date)
        let source = try EntryValidation.optionalText(new.source, field: "source")
        try EntryValidation.topicCount(new.topics)
        if new.kind != .obstacle, new.status != nil { throw KennisbankError.statusOnlyForObstacles }
        var municipalityID: Int64?
        if let reference = new.municipality, !reference.trimmingCharacters(in: .whitespaces).isEmpty {
            municipalityID = try MunicipalityLookup.resolve(reference, in: db).id
        } else if new.kind != .tip {
            throw KennisbankError.municipalityRequired(new.kind)
        }
        let uuid = (new.uuid ?? UUID()).uuidString.lowercased()
        if try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entry WHERE uuid = ?"), arguments: [uuid]) != nil {
            throw KennisbankError.duplicateUUID(uuid)
        }
        let created = new.createdAt ?? now
        let updated = max(new.updatedAt ?? created, created)
        try db.cachedStatement(sql: """
                INSERT INTO entry (uuid, kind, title, body, municipality_id, status, source_id, date, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                uuid, new.kind.rawValue, title, body, municipalityID,
                new.kind == .obstacle ? (new.status ?? .open).rawValue : nil,
                try sourceID(source, in: db), date, Timestamp.string(created), Timestamp.string(updated),
            ])
        let id = db.lastInsertedRowID
        for label in new.topics {
            try addTopic(label, to: id, in: db)
        }
        for reference in new.addresses {
            try addAddress(reference, from: id, kind: new.kind, in: db)
        }
        try SearchIndex.add(id, in: db)
        return id
    }

    /// Applies `changes` to entry `id`, keeping the search index in step.
    static func update(_ id: Int64, with changes: EntryChanges, in db: Database, now: Date) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, municipality_id FROM entry WHERE id = ?", arguments: [id]) else {
            throw KennisbankError.unknownEntry(String(id))
        }
        let kind = EntryKind(rawValue: row["kind"])!
        try SearchIndex.remove(id, in: db)
        var assignments: [String] = []
        var arguments: StatementArguments = []
        if let title = changes.title {
            assignments.append("title = ?")
            arguments += [try EntryValidation.title(title)]
        }
        if let body = changes.body {
            assignments.append("body = ?")
            arguments += [try EntryValidation.body(body)]
        }
        if let municipality = changes.municipality {
            var municipalityID: Int64?
            if let reference = municipality, !reference.trimmingCharacters(in: .whitespaces).isEmpty {
                municipalityID = try MunicipalityLookup.resolve(reference, in: db).id
            } else if kind != .tip {
                throw KennisbankError.municipalityRequired(kind)
            }
            assignments.append("municipality_id = ?")
            arguments += [municipalityID]
        }
        if let source = changes.source {
            assignments.append("source_id = ?")
            arguments += [try sourceID(try EntryValidation.optionalText(source, field: "source"), in: db)]
        }
        if let date = changes.date {
            assignments.append("date = ?")
            arguments += [try EntryValidation.date(date)]
        }
        if let status = changes.status {
            guard kind == .obstacle else { throw KennisbankError.statusOnlyForObstacles }
            assignments.append("status = ?")
            arguments += [status.rawValue]
        }
        if let topics = changes.topics {
            try EntryValidation.topicCount(topics)
            try db.execute(sql: "DELETE FROM entry_topic WHERE entry_id = ?", arguments: [id])
            for label in topics { try addTopic(label, to: id, in: db) }
        }
        try EntryValidation.topicCount(changes.addTopics)
        for label in changes.addTopics {
            try addTopic(label, to: id, in: db)
        }
        for label in changes.removeTopics {
            let topic = try EntryValidation.topic(label)
            try db.execute(
                sql: "DELETE FROM entry_topic WHERE entry_id = ? AND topic_id = (SELECT id FROM topic WHERE key = ?)",
                arguments: [id, topic.key])
            if db.changesCount == 0 { throw KennisbankError.topicNotOnEntry(label) }
        }
        // Topics added (or given anew) may not take the entry past the limit; an older entry
        // with more can still lose some.
        if changes.topics != nil || !changes.addTopics.isEmpty,
           try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_topic WHERE entry_id = ?", arguments: [id]) ?? 0 > EntryLimits.topicsPerEntry {
            throw KennisbankError.tooManyTopics(limit: EntryLimits.topicsPerEntry)
        }
        for reference in changes.addAddresses {
            try addAddress(reference, from: id, kind: kind, in: db)
        }
        for reference in changes.removeAddresses {
            let obstacle = try resolve(reference, in: db)
            try db.execute(sql: "DELETE FROM entry_obstacle WHERE entry_id = ? AND obstacle_id = ?", arguments: [id, obstacle])
            if db.changesCount == 0 {
                throw KennisbankError.cannotAddress("The entry does not address “\(reference)”: see what it addresses with `kb show`.")
            }
        }
        assignments.append("updated_at = max(created_at, ?)")
        arguments += [Timestamp.string(now)]
        try db.execute(sql: "UPDATE entry SET \(assignments.joined(separator: ", ")) WHERE id = ?", arguments: arguments + [id])
        try SearchIndex.add(id, in: db)
        try removeUnusedTopicsAndSources(in: db)
    }

    /// Deletes entry `id` with its links.
    static func delete(_ id: Int64, in db: Database) throws {
        try SearchIndex.remove(id, in: db)
        try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [id])
        try removeUnusedTopicsAndSources(in: db)
    }

    static func addTopic(_ label: String, to id: Int64, in db: Database) throws {
        let topic = try EntryValidation.topic(label)
        try db.cachedStatement(sql: "INSERT INTO topic (label, key) VALUES (?, ?) ON CONFLICT(key) DO NOTHING")
            .execute(arguments: [topic.label, topic.key])
        // The topic's id first, then one row with VALUES: an INSERT … SELECT would run in a
        // statement transaction and make FTS5 flush the pending index terms (see SearchIndex.add).
        guard let topicID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM topic WHERE key = ?"), arguments: [topic.key]) else {
            return
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_topic (entry_id, topic_id) VALUES (?, ?)")
            .execute(arguments: [id, topicID])
    }

    static func addAddress(_ reference: String, from id: Int64, kind: EntryKind, in db: Database) throws {
        guard kind != .obstacle else {
            throw KennisbankError.cannotAddress("An obstacle cannot address another obstacle: link a tip or example to it instead.")
        }
        let obstacle = try resolve(reference, in: db)
        guard try String.fetchOne(db.cachedStatement(sql: "SELECT kind FROM entry WHERE id = ?"), arguments: [obstacle]) == EntryKind.obstacle.rawValue else {
            throw KennisbankError.cannotAddress("“\(KennisbankError.clip(reference))” is not an obstacle: --addresses takes the id of an obstacle.")
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry_obstacle (entry_id, obstacle_id) VALUES (?, ?)").execute(arguments: [id, obstacle])
    }

    static func sourceID(_ title: String?, in db: Database) throws -> Int64? {
        guard let title else { return nil }
        try db.cachedStatement(sql: "INSERT INTO source (title) VALUES (?) ON CONFLICT(title) DO NOTHING").execute(arguments: [title])
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE title = ?"), arguments: [title])
    }

    static func removeUnusedTopicsAndSources(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM topic WHERE NOT EXISTS (SELECT 1 FROM entry_topic WHERE topic_id = topic.id);
            DELETE FROM source WHERE NOT EXISTS (SELECT 1 FROM entry WHERE source_id = source.id);
            """)
    }

    // MARK: Reading

    /// The columns every entry query selects, for `entryRows`.
    static let selection = """
        e.id, e.uuid, e.kind, e.title, e.body, e.status, e.date, e.created_at, e.updated_at,
        m.name AS municipality, m.code AS municipality_code, m.province, s.title AS source
        """
    /// The joins every entry query needs for `selection`.
    static let joins = "entry e LEFT JOIN municipality m ON m.id = e.municipality_id LEFT JOIN source s ON s.id = e.source_id"

    /// Entries from rows selected with `selection`, topics and addresses filled in, in row order.
    static func entries(from rows: [Row], in db: Database) throws -> [Entry] {
        let ids = rows.map { $0["id"] as Int64 }
        var topics: [Int64: [String]] = [:]
        var addresses: [Int64: [UUID]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let list = chunk.map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT et.entry_id, t.label FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                WHERE et.entry_id IN (\(list)) ORDER BY t.key
                """) {
                topics[row["entry_id"], default: []].append(row["label"])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT eo.entry_id, o.uuid FROM entry_obstacle eo JOIN entry o ON o.id = eo.obstacle_id
                WHERE eo.entry_id IN (\(list)) ORDER BY o.uuid
                """) {
                if let uuid = UUID(uuidString: row["uuid"]) { addresses[row["entry_id"], default: []].append(uuid) }
            }
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return Entry(
                id: id,
                uuid: UUID(uuidString: row["uuid"]) ?? UUID(),
                kind: EntryKind(rawValue: row["kind"]) ?? .tip,
                title: row["title"],
                body: row["body"],
                municipality: row["municipality"],
                municipalityCode: row["municipality_code"],
                province: row["province"],
                topics: topics[id] ?? [],
                source: row["source"],
                date: row["date"],
                status: (row["status"] as String?).flatMap(ObstacleStatus.init(rawValue:)),
                addresses: addresses[id] ?? [],
                createdAt: Timestamp.date(row["created_at"]),
                updatedAt: Timestamp.date(row["updated_at"]))
        }
    }

    /// One entry by row id.
    static func fetch(_ id: Int64, in db: Database) throws -> Entry {
        let rows = try Row.fetchAll(db, sql: "SELECT \(selection) FROM \(joins) WHERE e.id = ?", arguments: [id])
        guard let entry = try entries(from: rows, in: db).first else { throw KennisbankError.unknownEntry(String(id)) }
        return entry
    }
}
