import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: History

    /// Every version of entry `id` (which may be in the trash), oldest first, numbered from 1.
    ///
    /// An entry stored before the history was kept and not changed since has none yet.
    public func history(of id: Entry.ID) throws -> [Revision] {
        try read { db in
            guard try EntryStore.exists(id, in: db) || TrashStore.resolve(id.description, in: db) == id else {
                throw KennisbankError.unknownEntry(id.description)
            }
            return try HistoryStore.revisions(id, in: db)
        }
    }

    /// Makes version `revision` of entry `id` its current version — or, when nil, the version
    /// before the current one (undoing the last change). The restore is itself a new version, so
    /// it can be undone too. Throws ``KennisbankError/unknownRevision(_:revision:latest:)``.
    @discardableResult
    public func restore(_ id: Entry.ID, toRevision revision: Int? = nil, by author: Author? = nil) throws -> Entry {
        try write { db in
            try HistoryStore.keepCurrent(id, in: db)
            let number = try revision ?? (HistoryStore.latestNumber(id, in: db) - 1)
            return try HistoryStore.restore(id, to: number, author: author, now: Date(), in: db)
        }
    }

    // MARK: Trash

    /// Moves entry `id` to the trash and returns it as it was: it keeps its id and UUID, its
    /// history stays, and it leaves the search index, lists, comparison and export until restored.
    @discardableResult
    public func moveToTrash(_ id: Entry.ID, by author: Author? = nil) throws -> Entry {
        try write { db in try TrashStore.trash(id, author: author, now: Date(), in: db) }
    }

    /// The entries in the trash, most recently removed first.
    public func trash() throws -> [TrashedEntry] {
        try read { db in try TrashStore.list(in: db) }
    }

    /// The trashed entry `reference` names: its id, UUID or a UUID prefix.
    ///
    /// Throws ``KennisbankError/notInTrash(_:)`` or ``KennisbankError/ambiguousReference(_:candidates:)``.
    public func trashedEntryID(_ reference: String) throws -> Entry.ID {
        try read { db in
            guard let id = try TrashStore.resolve(reference, in: db) else {
                throw KennisbankError.notInTrash(reference)
            }
            return id
        }
    }

    /// Brings trashed entry `id` back with its id, UUID, topics and links, into the search index.
    @discardableResult
    public func restoreFromTrash(_ id: Entry.ID, by author: Author? = nil) throws -> Entry {
        try write { db in try TrashStore.restore(id, author: author, now: Date(), in: db) }
    }

    /// Deletes for good the entries in the trash — only those removed more than `days` days ago
    /// when given — with their history and attachments, and the attachments detached (`kb detach`)
    /// before then; returns how many entries. One transaction.
    @discardableResult
    public func emptyTrash(olderThanDays days: Int? = nil) throws -> Int {
        try emptyTrashCounting(olderThanDays: days).entries
    }

    /// Empties the trash as ``emptyTrash(olderThanDays:)`` does — also when no entry is in it,
    /// the detached attachments and those that belong to no entry at all are deleted — and
    /// returns how many entries and how many of those attachments went. One transaction.
    @discardableResult
    public func emptyTrashCounting(olderThanDays days: Int? = nil) throws -> TrashEmptying {
        let cutoff = Self.trashCutoff(days)
        return try write { db in try TrashStore.empty(before: cutoff, in: db) }
    }

    /// What ``emptyTrashCounting(olderThanDays:)`` would delete now, for a front end to ask first.
    public func trashToEmpty(olderThanDays days: Int? = nil) throws -> TrashEmptying {
        let cutoff = Self.trashCutoff(days)
        return try read { db in try TrashStore.toEmpty(before: cutoff, in: db) }
    }

    /// The time before which emptying deletes: `days` days ago, or nil for all.
    private static func trashCutoff(_ days: Int?) -> Date? {
        days.map { Date().addingTimeInterval(-Double(max(0, $0)) * 86_400) }
    }
}
