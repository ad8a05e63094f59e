import Foundation
import GRDB

/// The SQL behind attachments (the table `attachment`, migration 0014), inside a caller's transaction.
enum AttachmentStore {
    /// The attachments of entry `id`: attached ones (`detached` false) or detached ones, by name.
    static func list(_ id: Entry.ID, detached: Bool = false, in db: Database) throws -> [Attachment] {
        let state: SQL = detached ? "detached_at IS NOT NULL" : "detached_at IS NULL"
        return try Attachment.fetchAll(
            db,
            literal: """
                SELECT \(Attachment.columns) FROM attachment WHERE entry_id = \(id) AND \(state)
                ORDER BY name, detached_at DESC, id DESC
                """)
    }

    /// The attached files of the entries `ids`, by entry.
    static func attached(to ids: [Entry.ID], in db: Database) throws -> [Entry.ID: [Attachment]] {
        guard !ids.isEmpty else { return [:] }
        let list = try Attachment.fetchAll(
            db,
            literal: """
                SELECT \(Attachment.columns) FROM attachment
                WHERE entry_id IN \(ids) AND detached_at IS NULL ORDER BY entry_id, name
                """)
        return Dictionary(grouping: list, by: \.entry)
    }

    /// The attached file `name` of entry `id`; throws ``KennisbankError/AttachmentProblem/unknownAttachment(_:names:)``.
    static func find(_ name: String, of id: Entry.ID, in db: Database) throws -> Attachment {
        let wanted = AttachmentName.clean(name) ?? name
        if let found = try Attachment.fetchOne(
            db,
            literal: """
                SELECT \(Attachment.columns) FROM attachment
                WHERE entry_id = \(id) AND detached_at IS NULL AND name = \(wanted)
                """)
        {
            return found
        }
        throw KennisbankError.attachment(.unknownAttachment(name, names: try list(id, in: db).map(\.name)))
    }

    /// The bytes of attachment `id`.
    static func contents(_ id: Attachment.ID, in db: Database) throws -> Data {
        guard let row = try Row.fetchOne(db, literal: "SELECT id, content FROM attachment WHERE id = \(id)") else {
            throw KennisbankError.damagedRow(table: "attachment", id: id.rawValue)
        }
        let value: DatabaseValue = row["content"]
        if case .blob(let data) = value.storage { return data }
        if case .string(let text) = value.storage, text.isEmpty { return Data() }
        throw KennisbankError.damagedRow(table: "attachment", id: id.rawValue)
    }

    /// Checks `files` for entry `id` before anything is stored: each name clean, none taken by
    /// an attached file or by another of `files`, none larger than ``Attachment/maximumSize``.
    /// Returns the names as they will be kept.
    static func check(_ files: [AttachmentFile], for id: Entry.ID, in db: Database) throws -> [String] {
        let taken = Set(try list(id, in: db).map(\.name))
        var names: [String] = []
        for file in files {
            guard let name = AttachmentName.clean(file.name) else {
                throw KennisbankError.attachment(.invalidName(file.name))
            }
            guard file.contents.count <= Attachment.maximumSize else {
                throw KennisbankError.attachment(
                    .tooLarge(name: name, size: file.contents.count, limit: Attachment.maximumSize))
            }
            guard !taken.contains(name), !names.contains(name) else {
                throw KennisbankError.attachment(.nameTaken(name))
            }
            names.append(name)
        }
        return names
    }

    /// Stores `file` under `name` (checked by ``check(_:for:in:)``) for entry `id`.
    static func insert(
        _ file: AttachmentFile, name: String, for id: Entry.ID, author: Author?, now: Date, in db: Database
    ) throws -> Attachment {
        let sha256 = AttachmentHash.hex(file.contents)
        let type = AttachmentName.mediaType(of: name)
        // An empty Data can bind as NULL: store an empty blob as zeroblob(0).
        let content: SQL = file.contents.isEmpty ? "zeroblob(0)" : "\(file.contents)"
        try db.execute(
            literal: """
                INSERT INTO attachment (entry_id, name, media_type, size, sha256, content, added_at, added_by)
                VALUES (\(id), \(name), \(type), \(file.contents.count), \(sha256), \(content),
                        \(Timestamp.string(now)), \(author?.name))
                """)
        return Attachment(
            id: Attachment.ID(db.lastInsertedRowID), entry: id, name: name, mediaType: type, size: file.contents.count,
            sha256: sha256, addedAt: Timestamp.date(Timestamp.string(now)), addedBy: author?.name)
    }

    /// Marks attachment `attachment` detached by `author` now; the row and its bytes stay.
    static func detach(_ attachment: Attachment, author: Author?, now: Date, in db: Database) throws -> Attachment {
        try db.execute(
            literal: """
                UPDATE attachment SET detached_at = \(Timestamp.string(now)), detached_by = \(author?.name)
                WHERE id = \(attachment.id)
                """)
        var detached = attachment
        detached.detachedAt = Timestamp.date(Timestamp.string(now))
        detached.detachedBy = author?.name
        return detached
    }

    /// Attaches again the most recently detached file `name` of entry `id`.
    static func reattach(_ name: String, of id: Entry.ID, in db: Database) throws -> Attachment {
        let wanted = AttachmentName.clean(name) ?? name
        guard
            var found = try list(id, detached: true, in: db).filter({ $0.name == wanted })
                .max(by: { ($0.detachedAt ?? .distantPast, $0.id) < ($1.detachedAt ?? .distantPast, $1.id) })
        else {
            throw KennisbankError.attachment(.notDetached(name))
        }
        if try list(id, in: db).contains(where: { $0.name == wanted }) {
            throw KennisbankError.attachment(.nameTaken(wanted))
        }
        try db.execute(literal: "UPDATE attachment SET detached_at = NULL, detached_by = NULL WHERE id = \(found.id)")
        found.detachedAt = nil
        found.detachedBy = nil
        return found
    }

    /// The attachments that belong to no entry, stored or in the trash (`entry_id` has no foreign
    /// key): what `kb check` reports and emptying the trash deletes.
    static let orphaned: SQL = """
        NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = attachment.entry_id)
        AND NOT EXISTS (SELECT 1 FROM entry_trash t WHERE t.id = attachment.entry_id)
        """

    /// The attachments that emptying the trash deletes beside those of the trashed entries:
    /// those detached before `cutoff` (all detached ones when nil) and those of no entry at all.
    static func loose(detachedBefore cutoff: Date?) -> SQL {
        let detached: SQL = cutoff.map { "detached_at < \(Timestamp.string($0))" } ?? "detached_at IS NOT NULL"
        return "((\(detached)) OR (\(orphaned)))"
    }

    /// How many attachments belong to no entry, stored or in the trash.
    static func orphanCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, literal: "SELECT count(*) FROM attachment WHERE \(orphaned)") ?? 0
    }

    /// How many attachments ``purge(trashed:detachedBefore:in:)`` deletes beside those of the
    /// trashed entries emptied with `condition`.
    static func looseCount(trashed condition: SQL, detachedBefore cutoff: Date?, in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            literal: """
                SELECT count(*) FROM attachment WHERE \(loose(detachedBefore: cutoff))
                AND entry_id NOT IN (SELECT id FROM entry_trash WHERE \(condition))
                """) ?? 0
    }

    /// Deletes for good the attachments of the trashed entries emptied with `condition` (on
    /// `entry_trash`), those detached before `cutoff` (all detached ones when nil) and those of
    /// no entry at all; returns how many it deleted beside those of the trashed entries.
    @discardableResult
    static func purge(trashed condition: SQL, detachedBefore cutoff: Date?, in db: Database) throws -> Int {
        try db.execute(
            literal: "DELETE FROM attachment WHERE entry_id IN (SELECT id FROM entry_trash WHERE \(condition))")
        try db.execute(literal: "DELETE FROM attachment WHERE \(loose(detachedBefore: cutoff))")
        return db.changesCount
    }
}
