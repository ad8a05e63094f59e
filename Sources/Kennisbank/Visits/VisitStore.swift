import Foundation
import GRDB

/// The SQL behind visits, inside a caller's transaction.
enum VisitStore {
    /// The longest notes kept, in characters.
    static let notesLimit = 4000

    /// The visit `reference` names: its number (`3`, `#3`) or its UUID or a UUID prefix of at
    /// least 4 characters.
    static func resolve(_ reference: String, in db: Database) throws -> Visit.ID {
        var text = reference.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("#") { text.removeFirst() }
        let unknown = KennisbankError.visits(.unknownVisit(reference))
        guard !text.isEmpty, text.utf8.count <= 64 else { throw unknown }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int64(text),
            try Bool.fetchOne(db, literal: "SELECT 1 FROM visit WHERE id = \(number)") == true
        {
            return Visit.ID(number)
        }
        guard text.count >= 4, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { throw unknown }
        let matches = try Row.fetchAll(
            db, literal: "SELECT id, uuid FROM visit WHERE uuid >= \(text) AND uuid < \(text + "\u{7F}") LIMIT 6")
        switch matches.count {
        case 0: throw unknown
        case 1: return try matches[0].decoded("id", table: "visit")
        default:
            throw KennisbankError.ambiguousReference(
                reference, candidates: matches.map { String(($0["uuid"] as String).prefix(13)) })
        }
    }

    /// Notes as kept: trimmed; nil stays nil. Empty or too long notes are an error.
    static func validNotes(_ notes: String?) throws -> String? {
        guard let notes else { return nil }
        let trimmed = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw KennisbankError.visits(.emptyNotes) }
        guard trimmed.count <= notesLimit else { throw KennisbankError.visits(.notesTooLong(limit: notesLimit)) }
        return trimmed
    }

    /// Inserts a visit with its people (row ids, in order, without repeats); returns its id.
    static func insert(
        from: Municipality.ID, to: Municipality.ID, date: Day, status: VisitStatus, notes: String?,
        people: [Int64], author: Author?, now: Date, in db: Database
    ) throws -> Visit.ID {
        let time = Timestamp.string(now)
        try db.execute(
            literal: """
                INSERT INTO visit (uuid, from_municipality_id, to_municipality_id, date, status, notes,
                                   created_at, updated_at, author)
                VALUES (\(UUID().uuidString.lowercased()), \(from), \(to), \(date.description), \(status.rawValue),
                        \(notes), \(time), \(time), \(author?.name))
                """)
        let id = Visit.ID(db.lastInsertedRowID)
        var seen: Set<Int64> = []
        for person in people where seen.insert(person).inserted {
            try db.execute(
                literal:
                    "INSERT INTO visit_person (visit_id, person_id, position) VALUES (\(id), \(person), \(seen.count - 1))"
            )
        }
        return id
    }

    /// Marks visit `id` done (a done visit stays as it is).
    static func markDone(_ id: Visit.ID, now: Date, in db: Database) throws {
        try db.execute(
            literal: """
                UPDATE visit SET status = 'done', updated_at = max(updated_at, \(Timestamp.string(now)))
                WHERE id = \(id) AND status <> 'done'
                """)
    }

    /// Links entries to visit `id` (those linked already stay as they are).
    static func link(_ id: Visit.ID, entries: [Entry.ID], now: Date, in db: Database) throws {
        let time = Timestamp.string(now)
        for entry in entries {
            try db.execute(
                literal: """
                    INSERT OR IGNORE INTO visit_entry (visit_id, entry_uuid, linked_at)
                    SELECT \(id), uuid, \(time) FROM entry WHERE id = \(entry)
                    """)
        }
        try db.execute(literal: "UPDATE visit SET updated_at = max(updated_at, \(time)) WHERE id = \(id)")
    }

    /// The visits `condition` (on `visit v`, `municipality f` and `t`) selects, newest first.
    static func fetchAll(where condition: SQL, in db: Database) throws -> [Visit] {
        let rows = try Row.fetchAll(
            db,
            literal: "SELECT \(Visit.columns) FROM \(Visit.joins) WHERE \(condition) ORDER BY v.date DESC, v.id DESC")
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = try rows.map { try $0.decoded("id", table: "visit") }
        var people: [Int64: [Person]] = [:]
        var entries: [Int64: [EntrySummary]] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)]
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT vp.visit_id, \(Person.columns) FROM visit_person vp
                    JOIN person p ON p.id = vp.person_id JOIN municipality m ON m.id = p.municipality_id
                    WHERE vp.visit_id IN \(chunk) ORDER BY vp.visit_id, vp.position
                    """)
            {
                people[try row.decoded("visit_id", table: "visit_person"), default: []].append(try Person(row: row))
            }
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT ve.visit_id, \(EntrySummary.columns) FROM visit_entry ve
                    JOIN entry e ON e.uuid = ve.entry_uuid LEFT JOIN municipality m ON m.id = e.municipality_id
                    WHERE ve.visit_id IN \(chunk) ORDER BY ve.visit_id, ve.linked_at, e.id
                    """)
            {
                entries[try row.decoded("visit_id", table: "visit_entry"), default: []].append(
                    try EntrySummary(row: row))
            }
        }
        return try rows.map { row in
            let id: Int64 = try row.decoded("id", table: "visit")
            return try Visit(row: row, people: people[id] ?? [], entries: entries[id] ?? [])
        }
    }

    /// Visit `id`.
    static func fetch(_ id: Visit.ID, in db: Database) throws -> Visit {
        guard let visit = try fetchAll(where: "v.id = \(id)", in: db).first else {
            throw KennisbankError.visits(.unknownVisit(id.description))
        }
        return visit
    }
}
