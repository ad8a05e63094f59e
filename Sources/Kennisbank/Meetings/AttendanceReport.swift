/// Who comes to the meetings: who attended most, and whom the network has not seen at its
/// recent meetings (for a coordinator who wants a larger, more stable group).
///
/// Its JSON: `{"meetings": 4, "recent": [meeting…], "attendees": [{"person", "attended",
/// "last_date"}…], "not_seen": [{"person", "attended", "last_date"}…]}`.
public struct AttendanceReport: Sendable, Hashable, Codable {
    /// A person's attendance.
    public struct Attendee: Sendable, Hashable, Codable {
        /// The person.
        public var person: Person
        /// How many meetings they attended.
        public var attended: Int
        /// The day of the last meeting they attended, if any.
        public var lastDate: Day?

        /// Creates an attendee value.
        public init(person: Person, attended: Int, lastDate: Day?) {
            self.person = person
            self.attended = attended
            self.lastDate = lastDate
        }

        enum CodingKeys: String, CodingKey {
            case person, attended
            case lastDate = "last_date"
        }

        /// Encodes every field, no last date as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(person, forKey: .person)
            try container.encode(attended, forKey: .attended)
            try container.encode(lastDate, forKey: .lastDate)
        }
    }

    /// How many meetings there are.
    public var meetings: Int
    /// The recent meetings "not seen" looks at, newest first.
    public var recent: [Meeting]
    /// Everyone who attended at least once: most meetings first, then the latest, then by name.
    public var attendees: [Attendee]
    /// The people who attended none of the ``recent`` meetings (also those who never came),
    /// longest unseen first.
    public var notSeen: [Attendee]

    /// Creates a report value.
    public init(meetings: Int, recent: [Meeting], attendees: [Attendee], notSeen: [Attendee]) {
        self.meetings = meetings
        self.recent = recent
        self.attendees = attendees
        self.notSeen = notSeen
    }

    enum CodingKeys: String, CodingKey {
        case meetings, recent, attendees
        case notSeen = "not_seen"
    }
}
