import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Meetings

    /// Every meeting, oldest first (by date, then number), with how many attended and how many
    /// entries came out of it.
    public func meetings() throws -> [Meeting] {
        try read { try MeetingStore.meetings(in: $0) }
    }

    /// The meeting `reference` names: its number (`3`, `#3`), or a date on which there is exactly
    /// one meeting (`2015-05-21`, `21 mei 2015`).
    ///
    /// Throws ``KennisbankError/meetings(_:)``: no such meeting, or several on that date.
    public func meetingID(_ reference: String) throws -> Meeting.ID {
        try read { try MeetingStore.id(of: reference, in: $0) }
    }

    /// Meeting `id` in full: who came, from where, and the entries that came out of it.
    public func meetingReport(_ id: Meeting.ID) throws -> MeetingReport {
        try read { db in
            MeetingReport(
                meeting: try MeetingStore.meeting(id, in: db), attendees: try MeetingStore.attendees(of: id, in: db),
                entries: try MeetingStore.entries(of: id, in: db))
        }
    }

    /// Records a meeting on `date` and returns it. `host` is the municipality that hosted it.
    ///
    /// Throws for an empty or too long title (``KennisbankError/emptyField(_:)`` …) and a theme
    /// that is not one line (``KennisbankError/meetings(_:)``); nothing is stored then.
    @discardableResult
    public func addMeeting(
        date: Day, title: String, host: Municipality.ID? = nil, theme: String? = nil, author: Author?
    ) throws -> Meeting {
        let title = try EntryValidation.title(title)
        let theme = try MeetingStore.theme(theme)
        return try write { db in
            if let host { _ = try MunicipalityLookup.municipality(host, in: db) }
            try db.execute(
                literal: """
                    INSERT INTO meeting (date, title, host_municipality_id, theme, created_at, created_by)
                    VALUES (\(date), \(title), \(host), \(theme), \(Timestamp.string(Date())), \(author?.name))
                    """)
            return try MeetingStore.meeting(Meeting.ID(db.lastInsertedRowID), in: db)
        }
    }

    /// Records that the people `people` name (see ``person(_:)``) attended meeting `id`, and
    /// returns those newly recorded; someone recorded already stays as they are.
    ///
    /// Throws ``KennisbankError/people(_:)`` for a reference that names nobody or several people;
    /// nothing is stored then.
    @discardableResult
    public func attend(_ id: Meeting.ID, people: [String], author: Author?) throws -> [Person] {
        try write { db in
            _ = try MeetingStore.meeting(id, in: db)
            let now = Timestamp.string(Date())
            var added: [Person] = []
            for person in try people.map({ try PersonLookup.id(of: $0, in: db) }) {
                try db.execute(
                    literal: """
                        INSERT OR IGNORE INTO meeting_attendance (meeting_id, person_id, recorded_at, recorded_by)
                        VALUES (\(id), \(person), \(now), \(author?.name))
                        """)
                if db.changesCount > 0 { added.append(try PersonStore.fetch(person, in: db)) }
            }
            return added
        }
    }

    /// Takes `person` off the attendance of meeting `id` (recording them again undoes it), and
    /// returns them.
    ///
    /// Throws ``KennisbankError/MeetingProblem/notAttending(_:meeting:)`` when they are not on it.
    @discardableResult
    public func removeAttendance(_ id: Meeting.ID, person: String) throws -> Person {
        try write { db in
            _ = try MeetingStore.meeting(id, in: db)
            let personID = try PersonLookup.id(of: person, in: db)
            let found = try PersonStore.fetch(personID, in: db)
            try db.execute(
                literal: "DELETE FROM meeting_attendance WHERE meeting_id = \(id) AND person_id = \(personID)")
            guard db.changesCount > 0 else {
                throw KennisbankError.meetings(.notAttending(found.qualifiedName, meeting: id.rawValue))
            }
            return found
        }
    }

    /// Links the entries `entries` to meeting `id` as having come out of it, and returns those
    /// newly linked. The link follows an entry into the trash and back.
    @discardableResult
    public func linkEntries(_ entries: [Entry.ID], to id: Meeting.ID, author: Author?) throws -> [EntrySummary] {
        try write { db in
            _ = try MeetingStore.meeting(id, in: db)
            let now = Timestamp.string(Date())
            var linked: [Entry.ID] = []
            for entry in entries {
                guard let uuid = try String.fetchOne(db, literal: "SELECT uuid FROM entry WHERE id = \(entry)") else {
                    throw KennisbankError.unknownEntry(entry.description)
                }
                try db.execute(
                    literal: """
                        INSERT OR IGNORE INTO meeting_entry (meeting_id, entry_uuid, linked_at, linked_by)
                        VALUES (\(id), \(uuid), \(now), \(author?.name))
                        """)
                if db.changesCount > 0 { linked.append(entry) }
            }
            return try MeetingStore.entries(of: id, in: db).filter { linked.contains($0.id) }
        }
    }

    /// Unlinks entry `entry` from meeting `id` (linking it again undoes it).
    ///
    /// Throws ``KennisbankError/MeetingProblem/notLinked(_:meeting:)`` when it is not linked.
    public func unlinkEntry(_ entry: Entry.ID, from id: Meeting.ID) throws {
        try write { db in
            _ = try MeetingStore.meeting(id, in: db)
            try db.execute(
                literal: """
                    DELETE FROM meeting_entry WHERE meeting_id = \(id)
                    AND entry_uuid = (SELECT uuid FROM entry WHERE id = \(entry))
                    """)
            guard db.changesCount > 0 else { throw KennisbankError.meetings(.notLinked(entry, meeting: id.rawValue)) }
        }
    }

    /// The meetings entry `entry` came out of, oldest first.
    public func meetings(of entry: Entry.ID) throws -> [Meeting] {
        try read { db in
            try MeetingStore.meetings(
                where: """
                    mt.id IN (SELECT l.meeting_id FROM meeting_entry l JOIN entry e ON e.uuid = l.entry_uuid
                              WHERE e.id = \(entry))
                    """, in: db)
        }
    }

    /// Removes meeting `id` and returns it, when nothing hangs on it: a meeting with attendance
    /// or linked entries (also entries in the trash) is refused with
    /// ``KennisbankError/MeetingProblem/meetingNotEmpty(_:attendees:entries:)``, so that removing
    /// loses only what ``addMeeting(date:title:host:theme:author:)`` gives back.
    @discardableResult
    public func removeMeeting(_ id: Meeting.ID) throws -> Meeting {
        try write { db in
            let meeting = try MeetingStore.meeting(id, in: db)
            let attendees =
                try Int.fetchOne(
                    db, literal: "SELECT count(*) FROM meeting_attendance WHERE meeting_id = \(id)") ?? 0
            let entries =
                try Int.fetchOne(
                    db, literal: "SELECT count(*) FROM meeting_entry WHERE meeting_id = \(id)") ?? 0
            guard attendees == 0, entries == 0 else {
                throw KennisbankError.meetings(
                    .meetingNotEmpty(id.rawValue, attendees: attendees, entries: entries))
            }
            try db.execute(literal: "DELETE FROM meeting WHERE id = \(id)")
            return meeting
        }
    }

    /// Who came most, and whom the network has not seen at its recent meetings: the last
    /// `lastMeetings` meetings, or with `since` the meetings on or after that day.
    public func attendanceReport(lastMeetings: Int = 3, since: Day? = nil) throws -> AttendanceReport {
        try read { db in
            let meetings = try MeetingStore.meetings(in: db)
            let recent: [Meeting] =
                if let since { meetings.filter { $0.date >= since }.reversed() } else {
                    Array(meetings.suffix(max(0, lastMeetings)).reversed())
                }
            let recentIDs = Set(recent.map(\.id.rawValue))
            let rows = try Row.fetchAll(
                db,
                literal: """
                    SELECT p.id AS person, mt.id AS meeting, mt.date AS date
                    FROM person p LEFT JOIN meeting_attendance a ON a.person_id = p.id
                    LEFT JOIN meeting mt ON mt.id = a.meeting_id
                    ORDER BY p.id
                    """)
            var tallies: [Int64: (count: Int, last: Day?, recent: Bool)] = [:]
            for row in rows {
                let person: Int64 = row["person"]
                var tally = tallies[person] ?? (0, nil, false)
                if let meeting: Int64 = row["meeting"] {
                    let date: Day? = try row.decodedIfPresent("date", table: "meeting")
                    tally.count += 1
                    if let date, tally.last.map({ date > $0 }) ?? true { tally.last = date }
                    if recentIDs.contains(meeting) { tally.recent = true }
                }
                tallies[person] = tally
            }
            var all: [(attendee: AttendanceReport.Attendee, recent: Bool)] = []
            for (id, tally) in tallies {
                all.append(
                    (
                        AttendanceReport.Attendee(
                            person: try PersonStore.fetch(id, in: db), attended: tally.count, lastDate: tally.last),
                        tally.recent
                    ))
            }
            func byName(_ a: AttendanceReport.Attendee, _ b: AttendanceReport.Attendee) -> Bool {
                (a.person.municipality, a.person.name) < (b.person.municipality, b.person.name)
            }
            let attendees = all.map(\.attendee).filter { $0.attended > 0 }.sorted { a, b in
                if a.attended != b.attended { return a.attended > b.attended }
                if a.lastDate != b.lastDate {
                    return (a.lastDate ?? Day(year: 1, month: 1, day: 1)!)
                        > (b.lastDate ?? Day(year: 1, month: 1, day: 1)!)
                }
                return byName(a, b)
            }
            let notSeen = all.filter { !$0.recent }.map(\.attendee).sorted { a, b in
                if a.lastDate != b.lastDate {
                    guard let first = a.lastDate else { return true }
                    guard let second = b.lastDate else { return false }
                    return first < second
                }
                return byName(a, b)
            }
            return AttendanceReport(meetings: meetings.count, recent: recent, attendees: attendees, notSeen: notSeen)
        }
    }
}
