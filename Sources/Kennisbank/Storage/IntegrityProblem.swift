/// What one of ``KnowledgeBase/check()``'s checks found.
///
/// In JSON an object with a stable `code` and the values of the case:
/// `{"code": "damaged_file", "count": 3, "example": "…"}`, `{"code": "dangling_references", "count": 2}`,
/// `{"code": "search_index_disagrees"}`, `{"code": "orphaned_history", "count": 1}`,
/// `{"code": "trash_conflict", "count": 1}`, `{"code": "trashed_entry_indexed", "count": 1}`.
public enum IntegrityProblem: Equatable, Sendable, Codable {
    /// SQLite's integrity check found `count` problems (it stops counting at 20); `example` is
    /// the first, in SQLite's words. kb cannot repair the file: keep it, go on with a backup.
    case damagedFile(count: Int, example: String)
    /// `count` rows point to rows that do not exist.
    case danglingReferences(count: Int)
    /// The search index does not agree with the entries (a reindex rebuilds it).
    case searchIndexDisagrees
    /// `count` versions in the history belong to no entry, stored or in the trash.
    case orphanedHistory(count: Int)
    /// `count` entries in the trash share their id or UUID with a stored entry.
    case trashConflict(count: Int)
    /// `count` entries in the trash are still in the search index (a reindex removes them).
    case trashedEntryIndexed(count: Int)
    /// `count` attached files belong to no entry, stored or in the trash (emptying the trash
    /// deletes them).
    case orphanedAttachments(count: Int)

    /// The most problems SQLite's integrity check counts.
    public static let countLimit = 20

    /// The stable machine name of each case.
    public enum Code: String, CaseIterable, Codable, Sendable {
        /// The code of ``IntegrityProblem/damagedFile(count:example:)``.
        case damagedFile = "damaged_file"
        /// The code of ``IntegrityProblem/danglingReferences(count:)``.
        case danglingReferences = "dangling_references"
        /// The code of ``IntegrityProblem/searchIndexDisagrees``.
        case searchIndexDisagrees = "search_index_disagrees"
        /// The code of ``IntegrityProblem/orphanedHistory(count:)``.
        case orphanedHistory = "orphaned_history"
        /// The code of ``IntegrityProblem/trashConflict(count:)``.
        case trashConflict = "trash_conflict"
        /// The code of ``IntegrityProblem/trashedEntryIndexed(count:)``.
        case trashedEntryIndexed = "trashed_entry_indexed"
        /// The code of ``IntegrityProblem/orphanedAttachments(count:)``.
        case orphanedAttachments = "orphaned_attachments"
    }

    /// The stable machine name of this case.
    public var code: Code {
        switch self {
        case .damagedFile: .damagedFile
        case .danglingReferences: .danglingReferences
        case .searchIndexDisagrees: .searchIndexDisagrees
        case .orphanedHistory: .orphanedHistory
        case .trashConflict: .trashConflict
        case .trashedEntryIndexed: .trashedEntryIndexed
        case .orphanedAttachments: .orphanedAttachments
        }
    }

    private enum CodingKeys: String, CodingKey {
        case code, count, example
    }

    /// Reads the JSON object of a problem.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Code.self, forKey: .code) {
        case .damagedFile:
            self = .damagedFile(
                count: try container.decode(Int.self, forKey: .count),
                example: try container.decode(String.self, forKey: .example))
        case .danglingReferences:
            self = .danglingReferences(count: try container.decode(Int.self, forKey: .count))
        case .searchIndexDisagrees:
            self = .searchIndexDisagrees
        case .orphanedHistory:
            self = .orphanedHistory(count: try container.decode(Int.self, forKey: .count))
        case .trashConflict:
            self = .trashConflict(count: try container.decode(Int.self, forKey: .count))
        case .trashedEntryIndexed:
            self = .trashedEntryIndexed(count: try container.decode(Int.self, forKey: .count))
        case .orphanedAttachments:
            self = .orphanedAttachments(count: try container.decode(Int.self, forKey: .count))
        }
    }

    /// Writes the JSON object of a problem.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        switch self {
        case .damagedFile(let count, let example):
            try container.encode(count, forKey: .count)
            try container.encode(example, forKey: .example)
        case .danglingReferences(let count), .orphanedHistory(let count), .trashConflict(let count),
            .trashedEntryIndexed(let count), .orphanedAttachments(let count):
            try container.encode(count, forKey: .count)
        case .searchIndexDisagrees:
            break
        }
    }
}
