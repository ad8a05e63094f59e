import Kennisbank

/// What a change command of `kb meetings` did, as its `--format json` prints it: the meeting's
/// number and, by command, `attended` (the people newly recorded), `unattended` (the person taken
/// off), `linked` (the entries newly linked) or `unlinked` (the entry's number).
struct MeetingChange: Encodable {
    /// The meeting changed.
    var meeting: Meeting.ID
    /// `kb meetings attend`: the people newly recorded as attending.
    var attended: [Person]?
    /// `kb meetings unattend`: the person taken off the attendance.
    var unattended: Person?
    /// `kb meetings link`: the entries newly linked.
    var linked: [EntrySummary]?
    /// `kb meetings unlink`: the entry unlinked.
    var unlinked: Entry.ID?

    enum CodingKeys: String, CodingKey {
        case meeting, attended, unattended, linked, unlinked
    }

    /// The meeting and the one key its command sets.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(meeting, forKey: .meeting)
        try container.encodeIfPresent(attended, forKey: .attended)
        try container.encodeIfPresent(unattended, forKey: .unattended)
        try container.encodeIfPresent(linked, forKey: .linked)
        try container.encodeIfPresent(unlinked, forKey: .unlinked)
    }
}
