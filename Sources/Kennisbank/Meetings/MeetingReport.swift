/// One meeting in full: who came (and from where) and what came out of it.
///
/// Its JSON: `{"meeting": {…}, "attendees": [person…], "entries": [entry summary…]}`; a person as
/// ``Person`` encodes it, an entry as ``EntrySummary`` does.
public struct MeetingReport: Sendable, Hashable, Codable {
    /// The meeting.
    public var meeting: Meeting
    /// The people who attended, by municipality, then name.
    public var attendees: [Person]
    /// The entries linked to it (not those in the trash), by id.
    public var entries: [EntrySummary]

    /// Creates a report value.
    public init(meeting: Meeting, attendees: [Person], entries: [EntrySummary]) {
        self.meeting = meeting
        self.attendees = attendees
        self.entries = entries
    }
}
