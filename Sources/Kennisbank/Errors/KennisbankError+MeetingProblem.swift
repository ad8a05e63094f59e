extension KennisbankError {
    /// What is wrong with a meeting, its attendance or its entries (``KennisbankError/meetings(_:)``).
    public enum MeetingProblem: Equatable, Sendable, Codable {
        /// No meeting has this number or date.
        case unknownMeeting(String)
        /// Several meetings are on this date; `candidates` are `#number title`.
        case ambiguousMeeting(String, candidates: [String])
        /// A theme that is not one line of at most `limit` characters.
        case invalidTheme(limit: Int)
        /// The person (`Name (Municipality)`) is not recorded as attending meeting `meeting`.
        case notAttending(String, meeting: Int64)
        /// The entry is not linked to meeting `meeting`.
        case notLinked(Entry.ID, meeting: Int64)
        /// A meeting that still holds attendance or entries is not removed: that would lose them.
        case meetingNotEmpty(Int64, attendees: Int, entries: Int)
    }
}
