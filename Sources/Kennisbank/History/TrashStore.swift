import Foundation
import GRDB

/// The SQL behind the trash (`entry_trash`), inside a caller's transaction.
enum TrashStore {
    /// Moves entry `id` to the trash: its last version is kept in the history and the trash, and
    /// the entry leaves `entry` (and so the search index, lists, comparison and export).
    static func trash(_ id: Entry.ID, author: Author?, now: Date, in db: Database) throws -> Entry {
        try HistoryStore.keepCurrent(id, in: db)
        let version = try HistoryStore.capture(id, in: db)
        try HistoryStore.record(version, of: id, change: .remove, author: author, now: now, in: db)
        try db.cachedStatement(
            sql: """
                INSERT INTO entry_trash (id, uuid, kind, title, trashed_at, trashed_by, snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            id, version.entry.uuid.uuidString.lowercased(), version.entry.kind, version.entry.title,
            Timestamp.string(now), author?.name, try version.json(),
        ])
        try EntryStore.delete(id, in: db)
        return version.entry
    }

    /// The trashed entry `reference` names (its id, UUID or a UUID prefix of at least 4 characters), or nil.
    static func resolve(_ reference: String, in db: Database) throws -> Entry.ID? {
        var text = reference.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("#") { text.removeFirst() }
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        if let number = Int64(text), text.allSatisfy({ $0.isASCII && $0.isNumber }),
            try Bool.fetchOne(db, literal: "SELECT 1 FROM entry_trash WHERE id = \(number)") == true
        {
            return Entry.ID(number)
        }
        guard text.count >= 4, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        let matches = try Row.fetchAll(
            db,
            literal: "SELECT id, uuid FROM entry_trash WHERE uuid >= \(text) AND uuid < \(text + "\u{7F}") LIMIT 6")
        switch matches.count {
        case 0: return nil
        case 1: return try matches[0].decoded("id", table: "entry_trash")
        default:
            throw KennisbankError.ambiguousReference(
                reference, candidates: matches.map { String(($0["uuid"] as String).prefix(13)) })
        }
    }

    /// The trashed entry with this UUID, if any.
    static func id(ofUUID uuid: String, in db: Database) throws -> Entry.ID? {
        try Entry.ID.fetchOne(db.cachedStatement(sql: "SELECT id FROM entry_trash WHERE uuid = ?"), arguments: [uuid])
    }

    /// Brings trashed entry `id` back with its id, UUID, topics and links (to and from entries
    /// that still exist) and puts it back in the search index; returns it.
    static func restore(_ id: Entry.ID, author: Author?, now: Date, in db: Database) throws -> Entry {
        guard
            let snapshot = try String.fetchOne(
                db.cachedStatement(sql: "SELECT snapshot FROM entry_trash WHERE id = ?"), arguments: [id])
        else { throw KennisbankError.notInTrash(id.description) }
        let version = try EntryVersion.decoded(snapshot)
        let old = version.entry
        try db.execute(literal: "DELETE FROM entry_trash WHERE id = \(id)")
        var valid = try ValidEntry(
            NewEntry(
                kind: old.kind, title: old.title, body: old.body, municipality: version.municipalityID,
                topics: old.topics, source: old.source, date: old.date, status: old.status, uuid: old.uuid,
                createdAt: old.createdAt, updatedAt: now))
        valid.addresses = try existing(old.addresses, kinds: [.obstacle], in: db)
        valid.contacts = try ContactStore.existing(old.contacts.map(\.id), in: db)
        _ = try EntryStore.insert(valid, in: db, now: now, id: id)
        if old.kind == .obstacle {
            for entry in try existing(version.addressedBy, kinds: [.example, .tip], in: db) {
                try db.execute(
                    literal: "INSERT OR IGNORE INTO entry_obstacle (entry_id, obstacle_id) VALUES (\(entry), \(id))")
            }
        }
        try HistoryStore.record(id, change: .untrash, author: author, now: now, in: db)
        return try EntryStore.fetch(id, in: db)
    }

    /// The ids of the stored entries among `uuids` whose kind is one of `kinds`.
    static func existing(_ uuids: [UUID], kinds: Set<EntryKind>, in db: Database) throws -> [Entry.ID] {
        try uuids.compactMap { uuid in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, kind FROM entry WHERE uuid = ?"),
                arguments: [uuid.uuidString.lowercased()]
            ).flatMap { row in
                guard let kind = EntryKind(rawValue: row["kind"]), kinds.contains(kind) else { return nil }
                return try row.decoded("id", table: "entry") as Entry.ID
            }
        }
    }

    /// The entries in the trash, most recently removed first.
    static func list(in db: Database) throws -> [TrashedEntry] {
        try Row.fetchAll(
            db,
            literal:
                "SELECT id, uuid, kind, trashed_at, trashed_by, snapshot FROM entry_trash ORDER BY trashed_at DESC, id DESC"
        ).map { row in
            let version = try EntryVersion.decoded(row["snapshot"])
            return TrashedEntry(
                id: try row.decoded("id", table: "entry_trash"), uuid: version.entry.uuid, kind: version.entry.kind,
                title: version.entry.title, municipality: version.entry.municipality,
                trashedAt: Timestamp.date(row["trashed_at"]),
                trashedBy: (row["trashed_by"] as String?).flatMap(Author.init))
        }
    }

    /// Deletes for good the trashed entries removed before `cutoff` (all when nil), with their
    /// history and attachments, the attachments detached before `cutoff` and those of no entry
    /// at all; returns how many entries and how many of those other attachments.
    static func empty(before cutoff: Date?, in db: Database) throws -> TrashEmptying {
        let condition = self.condition(before: cutoff)
        let files = try AttachmentStore.purge(trashed: condition, detachedBefore: cutoff, in: db)
        try db.execute(
            literal: "DELETE FROM entry_revision WHERE entry_id IN (SELECT id FROM entry_trash WHERE \(condition))")
        try db.execute(literal: "DELETE FROM entry_trash WHERE \(condition)")
        return TrashEmptying(entries: db.changesCount, attachments: files)
    }

    /// What ``empty(before:in:)`` would delete now.
    static func toEmpty(before cutoff: Date?, in db: Database) throws -> TrashEmptying {
        let condition = self.condition(before: cutoff)
        return TrashEmptying(
            entries: try Int.fetchOne(db, literal: "SELECT count(*) FROM entry_trash WHERE \(condition)") ?? 0,
            attachments: try AttachmentStore.looseCount(trashed: condition, detachedBefore: cutoff, in: db))
    }

    /// The trashed entries removed before `cutoff` (all when nil), on `entry_trash`.
    private static func condition(before cutoff: Date?) -> SQL {
        cutoff.map { "trashed_at < \(Timestamp.string($0))" } ?? "1"
    }
}
