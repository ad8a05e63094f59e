import Foundation

/// A municipality's assessment of one condition for success on a date: one row of its history.
/// Assessments are only ever added; the state of a condition in a municipality is its latest
/// assessment, by date, then by the order they were recorded (``isLater(than:)``).
///
/// Its JSON: `{"id": 3, "municipality": "Zwolle", "condition": 2, "state": "partly",
/// "note": null, "date": "2025-03-01", "recorded_at": "…", "recorded_by": "anna"}`.
public struct ConditionAssessment: Sendable, Hashable, Codable, Identifiable {
    /// The row id: the order in which assessments were recorded.
    public var id: Int64
    /// The municipality's name.
    public var municipality: String
    /// The condition's number.
    public var condition: Int
    /// The state it was assessed in.
    public var state: ConditionState
    /// A note on why, if any.
    public var note: String?
    /// The day the assessment holds for.
    public var date: Day
    /// When it was recorded.
    public var recordedAt: Date
    /// Who recorded it, if known.
    public var recordedBy: String?

    /// Creates an assessment value.
    public init(
        id: Int64, municipality: String, condition: Int, state: ConditionState, note: String?, date: Day,
        recordedAt: Date, recordedBy: String?
    ) {
        self.id = id
        self.municipality = municipality
        self.condition = condition
        self.state = state
        self.note = note
        self.date = date
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }

    /// Whether this assessment replaces `other` as the current one: a later date wins, and on the
    /// same date the one recorded later (the higher id). An assessment recorded today for an
    /// earlier date therefore does not replace one dated later.
    public func isLater(than other: ConditionAssessment) -> Bool {
        (date, id) > (other.date, other.id)
    }

    enum CodingKeys: String, CodingKey {
        case id, municipality, condition, state, note, date
        case recordedAt = "recorded_at"
        case recordedBy = "recorded_by"
    }

    /// Encodes every field; an absent note or author as `null`, the time as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(condition, forKey: .condition)
        try container.encode(state, forKey: .state)
        try container.encode(note, forKey: .note)
        try container.encode(date, forKey: .date)
        try container.encode(Timestamp.string(recordedAt), forKey: .recordedAt)
        try container.encode(recordedBy, forKey: .recordedBy)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Int64.self, forKey: .id),
            municipality: try container.decode(String.self, forKey: .municipality),
            condition: try container.decode(Int.self, forKey: .condition),
            state: try container.decode(ConditionState.self, forKey: .state),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            date: try container.decode(Day.self, forKey: .date),
            recordedAt: Timestamp.date(try container.decode(String.self, forKey: .recordedAt)),
            recordedBy: try container.decodeIfPresent(String.self, forKey: .recordedBy))
    }
}
