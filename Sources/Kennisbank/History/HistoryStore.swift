import Foundation
import GRDB

/// The SQL behind the history (`entry_revision`), inside a caller's transaction.
///
/// Every change to an entry records the entry as it is after the change. An entry stored before
/// the history was kept gets a first version of change ``RevisionChange/existing`` (its state
/// then) before its first change: call ``keepCurrent(_:in:)`` before changing an entry and
/// ``record(_:change:author:now:restoredFrom:in:)`` after.
enum HistoryStore {
    /// The entry `id` as it is now, with its municipality's id and the entries that address it.
    static func capture(_ id: Entry.ID, in db: Database) throws -> EntryVersion {
        let entry = try EntryStore.fetch(id, in: db)
        let municipalityID = try Municipality.ID.fetchOne(
            db.cachedStatement(sql: "SELECT municipality_id FROM entry WHERE id = ?"), arguments: [id])
        let addressedBy = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.uuid FROM entry_obstacle eo JOIN entry e ON e.id = eo.entry_id
                    WHERE eo.obstacle_id = ? ORDER BY e.uuid
                    """), arguments: [id]
        ).compactMap(UUID.init(uuidString:))
        return EntryVersion(entry: entry, municipalityID: municipalityID, addressedBy: addressedBy)
    }

    /// The number of the latest version of entry `id`, or 0 when it has none.
    static func latestNumber(_ id: Entry.ID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT max(revision) FROM entry_revision WHERE entry_id = ?"), arguments: [id])
            ?? 0
    }

    /// Records entry `id` as it is now as its first version when it has none (an entry stored
    /// before history was kept): call before changing it, so that its previous version is kept.
    static func keepCurrent(_ id: Entry.ID, in db: Database) throws {
        guard try latestNumber(id, in: db) == 0 else { return }
        let version = try capture(id, in: db)
        try insert(
            id, number: 1, change: .existing, restoredFrom: nil, at: Timestamp.string(version.entry.updatedAt),
            author: nil, version: version, in: db)
    }

    /// Records entry `id` as it is now, after a change of kind `change`; returns its number.
    @discardableResult
    static func record(
        _ id: Entry.ID, change: RevisionChange, author: Author?, now: Date, restoredFrom: Int? = nil, in db: Database
    ) throws -> Int {
        let number = try latestNumber(id, in: db) + 1
        try insert(
            id, number: number, change: change, restoredFrom: restoredFrom, at: Timestamp.string(now), author: author,
            version: try capture(id, in: db), in: db)
        return number
    }

    /// Records the entries `changes` names as they are now, each after its change, a chunk at a
    /// time (what an import added and updated): the same rows as ``record(_:change:author:now:restoredFrom:in:)``
    /// for each, with a few queries per chunk instead of several per entry.
    static func recordAll(
        _ changes: [(id: Entry.ID, change: RevisionChange)], author: Author?, now: Date, in db: Database
    ) throws {
        let time = Timestamp.string(now)
        for start in stride(from: 0, to: changes.count, by: 500) {
            let chunk = changes[start..<min(start + 500, changes.count)]
            let ids = chunk.map(\.id)
            let entries = Dictionary(
                try EntryStore.fetchAll("SELECT \(Entry.columns) FROM \(Entry.joins) WHERE e.id IN \(ids)", in: db)
                    .map { ($0.id, $0) }
            ) { first, _ in first }
            var municipalities: [Entry.ID: Municipality.ID] = [:]
            for row in try Row.fetchAll(db, literal: "SELECT id, municipality_id FROM entry WHERE id IN \(ids)") {
                if let municipality: Municipality.ID = row["municipality_id"] {
                    municipalities[row["id"]] = municipality
                }
            }
            var addressedBy: [Entry.ID: [UUID]] = [:]
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT eo.obstacle_id, e.uuid FROM entry_obstacle eo JOIN entry e ON e.id = eo.entry_id
                    WHERE eo.obstacle_id IN \(ids) ORDER BY e.uuid
                    """)
            {
                if let uuid = UUID(uuidString: row["uuid"]) {
                    addressedBy[row["obstacle_id"], default: []].append(uuid)
                }
            }
            var latest: [Entry.ID: Int] = [:]
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT entry_id, max(revision) AS latest FROM entry_revision WHERE entry_id IN \(ids) GROUP BY entry_id
                    """)
            {
                latest[row["entry_id"]] = row["latest"]
            }
            for (id, change) in chunk {
                guard let entry = entries[id] else { throw KennisbankError.unknownEntry(id.description) }
                let version = EntryVersion(
                    entry: entry, municipalityID: municipalities[id], addressedBy: addressedBy[id] ?? [])
                try insert(
                    id, number: (latest[id] ?? 0) + 1, change: change, restoredFrom: nil, at: time, author: author,
                    version: version, in: db)
            }
        }
    }

    /// Records `version` as a version of entry `id` (which may be in the trash).
    static func record(
        _ version: EntryVersion, of id: Entry.ID, change: RevisionChange, author: Author?, now: Date, in db: Database
    ) throws {
        let number = try latestNumber(id, in: db) + 1
        try insert(
            id, number: number, change: change, restoredFrom: nil, at: Timestamp.string(now), author: author,
            version: version, in: db)
    }

    private static func insert(
        _ id: Entry.ID, number: Int, change: RevisionChange, restoredFrom: Int?, at time: String, author: Author?,
        version: EntryVersion, in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO entry_revision (entry_id, revision, change, restored_from, changed_at, author, snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [id, number, change.rawValue, restoredFrom, time, author?.name, try version.json()])
    }

    /// Every version of entry `id`, oldest first, each with the fields it changed.
    static func revisions(_ id: Entry.ID, in db: Database) throws -> [Revision] {
        var previous: EntryVersion?
        return try Row.fetchAll(
            db,
            literal: """
                SELECT revision, change, restored_from, changed_at, author, snapshot FROM entry_revision
                WHERE entry_id = \(id) ORDER BY revision
                """
        ).map { row in
            let version = try EntryVersion.decoded(row["snapshot"])
            guard let change = RevisionChange(rawValue: row["change"]) else {
                throw KennisbankError.damagedRow(table: "entry_revision", id: nil)
            }
            defer { previous = version }
            return Revision(
                entryID: id, number: row["revision"], change: change, restoredFrom: row["restored_from"],
                changedAt: Timestamp.date(row["changed_at"]), author: (row["author"] as String?).flatMap(Author.init),
                changed: previous?.changedFields(to: version) ?? [], version: version)
        }
    }

    /// Version `number` of entry `id`.
    static func version(_ number: Int, of id: Entry.ID, in db: Database) throws -> EntryVersion? {
        try String.fetchOne(
            db, literal: "SELECT snapshot FROM entry_revision WHERE entry_id = \(id) AND revision = \(number)"
        ).map(EntryVersion.decoded)
    }
}

extension HistoryStore {
    /// Makes version `number` of entry `id` its current version (fields, topics and the obstacles
    /// it addresses that still exist), recorded as a new version; returns the entry.
    static func restore(_ id: Entry.ID, to number: Int, author: Author?, now: Date, in db: Database) throws -> Entry {
        try keepCurrent(id, in: db)
        let latest = try latestNumber(id, in: db)
        guard (1...latest).contains(number), let version = try version(number, of: id, in: db) else {
            throw KennisbankError.unknownRevision(id, revision: number, latest: latest)
        }
        let old = version.entry
        let valid = try ValidEntry(
            NewEntry(
                kind: old.kind, title: old.title, body: old.body, municipality: version.municipalityID,
                topics: old.topics, source: old.source, date: old.date, status: old.status, uuid: old.uuid))
        try EntryStore.replaceContent(of: id, with: valid, in: db, now: now)
        if old.kind != .obstacle {
            let targets = Set(try TrashStore.existing(old.addresses, kinds: [.obstacle], in: db))
            let current = Set(
                try Entry.ID.fetchAll(db, literal: "SELECT obstacle_id FROM entry_obstacle WHERE entry_id = \(id)"))
            for obstacle in current.subtracting(targets) {
                try db.execute(
                    literal: "DELETE FROM entry_obstacle WHERE entry_id = \(id) AND obstacle_id = \(obstacle)")
            }
            for obstacle in targets.subtracting(current) {
                try EntryStore.addAddress(obstacle, from: id, kind: old.kind, in: db)
            }
        }
        try ContactStore.replace(
            contactsOf: id, with: try ContactStore.existing(old.contacts.map(\.id), in: db), in: db)
        try record(id, change: .restore, author: author, now: now, restoredFrom: number, in: db)
        return try EntryStore.fetch(id, in: db)
    }
}
