import Foundation
import GRDB

extension KnowledgeBase {
    /// The entry `reference` names as ``entryID(_:)`` reads it (an id, a UUID or a UUID prefix),
    /// or else by its whole title, capitals aside: what a person types into a form that links an
    /// entry (a visit's page).
    ///
    /// Throws ``KennisbankError/unknownEntry(_:)`` when neither answers, and
    /// ``KennisbankError/ambiguousReference(_:candidates:)`` when more than one entry has that title.
    public func resolveEntry(referenceOrTitle reference: String) throws -> Entry.ID {
        try read { db in
            do {
                return try EntryStore.resolve(reference, in: db)
            } catch KennisbankError.unknownEntry(let unknown) {
                let title = reference.trimmingCharacters(in: .whitespacesAndNewlines)
                let matches = try Row.fetchAll(
                    db, literal: "SELECT id, uuid FROM entry WHERE title = \(title) COLLATE NOCASE ORDER BY id LIMIT 6")
                switch matches.count {
                case 0: throw KennisbankError.unknownEntry(unknown)
                case 1: return try matches[0].decoded("id", table: "entry")
                default:
                    throw KennisbankError.ambiguousReference(
                        reference, candidates: matches.map { String(($0["uuid"] as String).prefix(13)) })
                }
            }
        }
    }
}
