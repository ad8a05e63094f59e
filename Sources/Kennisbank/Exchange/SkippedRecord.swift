import Foundation

/// A record an import did not apply, with where it was read and why (``ImportReport/skippedRecords``).
///
/// In JSON: `{"source": "a.jsonl", "line": 3, "title": "…", "code": "stale", "entry": 12,
/// "stored_updated_at": "…", "record_updated_at": "…"}`; `code` is one of `matches_existing`,
/// `stale`, `in_trash`, `similar`.
public struct SkippedRecord: Sendable, Equatable, Codable {
    /// Where the record was read.
    public var location: RecordLocation
    /// The record's title.
    public var title: String
    /// Why it was not applied.
    public var reason: Reason

    /// Creates a value.
    public init(location: RecordLocation, title: String, reason: Reason) {
        self.location = location
        self.title = title
        self.reason = reason
    }

    /// Why a record was not applied.
    public enum Reason: Sendable, Equatable {
        /// A record without a UUID names the same kind, municipality and title as stored entry
        /// `entry` but says something else: perhaps another entry (`--update-matching` applies it).
        case matchesExisting(entry: Entry.ID)
        /// The record is older than stored entry `entry` (`--force` applies it).
        case stale(entry: Entry.ID, stored: Date, record: Date)
        /// The record's entry is in the trash (`--force` restores it and applies the record).
        case inTrash(entry: Entry.ID)
        /// The record nearly repeats stored entry `entry` (`--allow-duplicate` adds it).
        case similar(entry: Entry.ID)

        /// The stored entry the reason is about.
        public var entry: Entry.ID {
            switch self {
            case .matchesExisting(let entry), .stale(let entry, _, _), .inTrash(let entry), .similar(let entry): entry
            }
        }

        /// The stable machine name of the reason.
        public var code: String {
            switch self {
            case .matchesExisting: "matches_existing"
            case .stale: "stale"
            case .inTrash: "in_trash"
            case .similar: "similar"
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case source, line, title, code, entry
        case storedUpdatedAt = "stored_updated_at"
        case recordUpdatedAt = "record_updated_at"
    }

    /// Writes the JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.source, forKey: .source)
        try container.encode(location.line, forKey: .line)
        try container.encode(title, forKey: .title)
        try container.encode(reason.code, forKey: .code)
        try container.encode(reason.entry, forKey: .entry)
        if case .stale(_, let stored, let record) = reason {
            try container.encode(Timestamp.string(stored), forKey: .storedUpdatedAt)
            try container.encode(Timestamp.string(record), forKey: .recordUpdatedAt)
        }
    }

    /// Reads what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = RecordLocation(
            source: try container.decode(String.self, forKey: .source),
            line: try container.decodeIfPresent(Int.self, forKey: .line))
        title = try container.decode(String.self, forKey: .title)
        let entry = try container.decode(Entry.ID.self, forKey: .entry)
        switch try container.decode(String.self, forKey: .code) {
        case "matches_existing": reason = .matchesExisting(entry: entry)
        case "stale":
            reason = .stale(
                entry: entry, stored: Timestamp.date(try container.decode(String.self, forKey: .storedUpdatedAt)),
                record: Timestamp.date(try container.decode(String.self, forKey: .recordUpdatedAt)))
        case "in_trash": reason = .inTrash(entry: entry)
        case "similar": reason = .similar(entry: entry)
        default:
            throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "unknown code")
        }
    }
}
