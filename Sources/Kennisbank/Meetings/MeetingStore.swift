import Foundation
import GRDB

/// The meetings, their attendance and their entries, in the tables of migration 0013.
enum MeetingStore {
    /// The longest theme kept, in characters.
    static let themeLimit = 200

    /// The columns a ``Meeting`` is read from, on `meeting mt` left-joined to `municipality h`.
    static let columns: SQL = """
        mt.id, mt.date, mt.title, mt.theme, h.name AS host,
        (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = mt.id) AS attendees,
        (SELECT count(*) FROM meeting_entry l JOIN entry e ON e.uuid = l.entry_uuid WHERE l.meeting_id = mt.id)
            AS entries
        """

    /// Every meeting, oldest first (by date, then number), or those `condition` selects.
    static func meetings(where condition: SQL = "1", in db: Database) throws -> [Meeting] {
        try Meeting.fetchAll(
            db,
            literal: """
                SELECT \(columns) FROM meeting mt LEFT JOIN municipality h ON h.id = mt.host_municipality_id
                WHERE \(condition) ORDER BY mt.date, mt.id
                """)
    }

    /// The meeting `id`.
    static func meeting(_ id: Meeting.ID, in db: Database) throws -> Meeting {
        guard let meeting = try meetings(where: "mt.id = \(id)", in: db).first else {
            throw KennisbankError.meetings(.unknownMeeting(id.description))
        }
        return meeting
    }

    /// The meeting `reference` names: its number (`3` or `#3`), or a date on which there is
    /// exactly one meeting (`2015-05-21`, `21 mei 2015`).
    static func id(of reference: String, in db: Database) throws -> Meeting.ID {
        var text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("#") { text.removeFirst() }
        if !text.isEmpty, text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int64(text) {
            if try Bool.fetchOne(db, literal: "SELECT 1 FROM meeting WHERE id = \(number)") == true {
                return Meeting.ID(number)
            }
            throw KennisbankError.meetings(.unknownMeeting(reference))
        }
        guard let period = Day.Period(parsing: text), !period.isMonth else {
            throw KennisbankError.meetings(.unknownMeeting(reference))
        }
        let day = period.first
        let found = try meetings(where: "mt.date = \(day)", in: db)
        switch found.count {
        case 0: throw KennisbankError.meetings(.unknownMeeting(reference))
        case 1: return found[0].id
        default:
            throw KennisbankError.meetings(
                .ambiguousMeeting(reference, candidates: found.map { "#\($0.id) \($0.title)" }))
        }
    }

    /// The people who attended meeting `id`, by municipality, then name.
    static func attendees(of id: Meeting.ID, in db: Database) throws -> [Person] {
        let people = try Int64.fetchAll(
            db,
            literal: """
                SELECT p.id FROM meeting_attendance a JOIN person p ON p.id = a.person_id
                JOIN municipality m ON m.id = p.municipality_id
                WHERE a.meeting_id = \(id) ORDER BY m.name, p.lookup_key, p.id
                """)
        return try people.map { try PersonStore.fetch($0, in: db) }
    }

    /// The entries linked to meeting `id` that are not in the trash, by id.
    static func entries(of id: Meeting.ID, in db: Database) throws -> [EntrySummary] {
        try EntrySummary.fetchAll(
            db,
            literal: """
                SELECT \(EntrySummary.columns) FROM \(EntrySummary.joins)
                JOIN meeting_entry l ON l.entry_uuid = e.uuid
                WHERE l.meeting_id = \(id) ORDER BY e.id
                """)
    }

    /// Links the entry with UUID `entry` to each of `meetings` as having come out of it; a link
    /// already there stays as it is.
    static func link(_ entry: UUID, to meetings: [Meeting.ID], author: Author?, now: Date, in db: Database) throws {
        let uuid = entry.uuidString.lowercased()
        for meeting in meetings {
            try db.execute(
                literal: """
                    INSERT OR IGNORE INTO meeting_entry (meeting_id, entry_uuid, linked_at, linked_by)
                    VALUES (\(meeting), \(uuid), \(Timestamp.string(now)), \(author?.name))
                    """)
        }
    }

    /// The theme as kept: one line, trimmed; blank is no theme.
    static func theme(_ text: String?) throws -> String? {
        guard let text else { return nil }
        let clean = EntryValidation.trimmed(EntryValidation.normalized(text))
        if clean.isEmpty { return nil }
        guard clean.unicodeScalars.count <= themeLimit, !clean.unicodeScalars.contains(where: EntryValidation.isControl)
        else { throw KennisbankError.meetings(.invalidTheme(limit: themeLimit)) }
        return clean
    }

    // MARK: The sample network

    /// The source of the sample entries that come from the meeting of 21 May 2015.
    static let sampleSource = "Bijeenkomst netwerk Gemeenten, voorzieningen en vastgoed, 21 mei 2015"
    /// The title of that meeting in the sample network.
    static let sampleTitle = "Bijeenkomst netwerk Gemeenten, voorzieningen en vastgoed"
    /// Its theme.
    static let sampleTheme = "Ervaring met bottom-up ontwikkelingen"

    /// Adds the sample network's meeting of 21 May 2015 when it is missing, and links to it
    /// every entry whose source is that meeting (again when loaded again: nothing doubles).
    static func addSampleMeeting(author: Author?, in db: Database) throws {
        let day = Day(year: 2015, month: 5, day: 21)!
        let now = Timestamp.string(Date())
        var id = try Int64.fetchOne(
            db, literal: "SELECT id FROM meeting WHERE date = \(day) AND title = \(sampleTitle) ORDER BY id LIMIT 1")
        if id == nil {
            try db.execute(
                literal: """
                    INSERT INTO meeting (date, title, theme, created_at, created_by)
                    VALUES (\(day), \(sampleTitle), \(sampleTheme), \(now), \(author?.name))
                    """)
            id = db.lastInsertedRowID
        }
        try db.execute(
            literal: """
                INSERT OR IGNORE INTO meeting_entry (meeting_id, entry_uuid, linked_at, linked_by)
                SELECT \(id), e.uuid, \(now), \(author?.name) FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.title = \(sampleSource)
                """)
    }
}
