import Kennisbank

extension Wording {
    /// The message of a problem with a meeting, its attendance or its entries.
    func message(_ problem: KennisbankError.MeetingProblem) -> String {
        switch problem {
        case .unknownMeeting(let reference):
            return text("error.meetings.unknown", ["reference": Self.clip(reference)])
        case .ambiguousMeeting(let reference, let candidates):
            return text(
                "error.meetings.ambiguous",
                [
                    "reference": Self.clip(reference),
                    "candidates": candidates.map { Self.clip($0) }.joined(separator: ", "),
                ])
        case .invalidTheme(let limit):
            return text("error.meetings.invalidTheme", ["limit": String(limit)])
        case .notAttending(let person, let meeting):
            return text("error.meetings.notAttending", ["person": Self.clip(person), "meeting": String(meeting)])
        case .notLinked(let entry, let meeting):
            return text("error.meetings.notLinked", ["entry": entry.description, "meeting": String(meeting)])
        case .meetingNotEmpty(let meeting, let attendees, let entries):
            return text(
                "error.meetings.notEmpty",
                ["meeting": String(meeting), "attendees": String(attendees), "entries": String(entries)])
        }
    }
}
