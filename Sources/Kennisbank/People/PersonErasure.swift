import Foundation
import GRDB

/// The SQL behind forgetting a person, inside a caller's transaction: every row that holds them
/// is deleted or rewritten without them.
enum PersonErasure {
    /// Erases `person` (row `id` when they are known, else only in the trash): the person row and
    /// its links, the versions of the person, the removed person, and every version of an entry
    /// (history and trash) that names them as a contact. The search index is rebuilt, so that
    /// no deleted term stays in its segments. Returns the report without the free space.
    static func erase(_ person: Person, id: Int64?, wasRemoved: Bool, in db: Database) throws -> ForgetReport {
        let uuid = person.id.uuidString.lowercased()
        let contactOf =
            try id.map {
                try Int.fetchOne(db, literal: "SELECT count(*) FROM entry_contact WHERE person_id = \($0)") ?? 0
            }
            ?? 0
        let versionsRewritten = try rewrite(table: "entry_revision", holding: person.id, in: db)
        let trashRewritten = try rewrite(table: "entry_trash", holding: person.id, in: db)
        try db.execute(literal: "DELETE FROM person_revision WHERE person_uuid = \(uuid)")
        let personVersions = db.changesCount
        try db.execute(literal: "DELETE FROM person_trash WHERE uuid = \(uuid)")
        if let id { try db.execute(literal: "DELETE FROM person WHERE id = \(id)") }
        try SearchIndex.rebuild(in: db)
        let (mentions, earlier) = try mentions(of: person, in: db)
        return ForgetReport(
            person: person, wasRemoved: wasRemoved, contactOf: contactOf, versionsRewritten: versionsRewritten,
            trashRewritten: trashRewritten, personVersionsErased: personVersions, mentions: mentions,
            earlierMentions: earlier, backups: [], freeSpace: .noFile)
    }

    /// Rewrites the snapshots of `table` (`entry_revision` or `entry_trash`) that name person
    /// `uuid` as a contact, without them; returns how many.
    private static func rewrite(table: String, holding uuid: UUID, in db: Database) throws -> Int {
        let text = uuid.uuidString.lowercased()
        let name = SQL(sql: table)
        var count = 0
        for row in try Row.fetchAll(
            db, literal: "SELECT id, snapshot FROM \(name) WHERE instr(snapshot, \(text)) > 0")
        {
            var version = try EntryVersion.decoded(row["snapshot"])
            let before = version.entry.contacts.count
            version.entry.contacts.removeAll { $0.id == uuid }
            guard version.entry.contacts.count != before else { continue }
            let id: Int64 = row["id"]
            try db.execute(literal: "UPDATE \(name) SET snapshot = \(try version.json()) WHERE id = \(id)")
            count += 1
        }
        return count
    }

    /// The entries whose current title or body mentions the person's name, e-mail address or
    /// phone number, and how many earlier versions (history and trash) do.
    private static func mentions(of person: Person, in db: Database) throws -> ([ForgetReport.Mention], Int) {
        let needles = [person.name, person.email, person.phone].compactMap { $0 }
        func mentions(_ text: String) -> Bool {
            needles.contains { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        var found: [ForgetReport.Mention] = []
        for row in try Row.fetchAll(db, literal: "SELECT id, title, body FROM entry ORDER BY id") {
            let title: String = row["title"]
            if mentions(title) || mentions(row["body"]) {
                found.append(ForgetReport.Mention(id: try row.decoded("id", table: "entry"), title: title))
            }
        }
        var earlier = 0
        for snapshot in try String.fetchAll(
            db, literal: "SELECT snapshot FROM entry_revision UNION ALL SELECT snapshot FROM entry_trash")
        {
            let entry = try EntryVersion.decoded(snapshot).entry
            if mentions(entry.title) || mentions(entry.body) { earlier += 1 }
        }
        return (found, earlier)
    }
}
