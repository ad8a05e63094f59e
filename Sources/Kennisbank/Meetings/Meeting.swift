import Foundation

/// A meeting of the network: a day, a title, optionally the municipality that hosted it and a
/// theme, with how many people came and how many entries came out of it.
///
/// Its JSON: `{"id": 1, "date": "2015-05-21", "title": "…", "host": null, "theme": "…",
/// "attendees": 0, "entries": 17}`.
public struct Meeting: Sendable, Hashable, Codable, Identifiable {
    /// A meeting's row id: the number people refer to it by.
    public typealias ID = RowID<Meeting>

    /// The row id.
    public var id: ID
    /// The day of the meeting.
    public var date: Day
    /// Its title.
    public var title: String
    /// The name of the municipality that hosted it, if any.
    public var host: String?
    /// Its theme, if any.
    public var theme: String?
    /// How many people attended.
    public var attendees: Int
    /// How many entries (not in the trash) came out of it.
    public var entries: Int

    /// Creates a meeting value.
    public init(
        id: ID, date: Day, title: String, host: String?, theme: String?, attendees: Int = 0, entries: Int = 0
    ) {
        self.id = id
        self.date = date
        self.title = title
        self.host = host
        self.theme = theme
        self.attendees = attendees
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case id, date, title, host, theme, attendees, entries
    }

    /// Encodes every field, an absent host or theme as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(title, forKey: .title)
        try container.encode(host, forKey: .host)
        try container.encode(theme, forKey: .theme)
        try container.encode(attendees, forKey: .attendees)
        try container.encode(entries, forKey: .entries)
    }
}
