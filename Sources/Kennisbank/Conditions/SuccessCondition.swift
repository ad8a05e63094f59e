import Foundation

/// One of the network's conditions for success (*voorwaarden voor succes*): the seven of the
/// meeting of 21 May 2015, and any a coordinator added. A municipality assesses itself against
/// each (``ConditionAssessment``).
///
/// Its JSON: `{"number": 1, "title": "…", "description": "…", "author": null,
/// "updated_at": "…", "earlier_wordings": [{"title", "description", "replaced_at", "replaced_by"}]}`.
public struct SuccessCondition: Sendable, Hashable, Codable, Identifiable {
    /// An earlier wording of a condition, kept when it was reworded.
    public struct Wording: Sendable, Hashable, Codable {
        /// The title as it was.
        public var title: String
        /// The description as it was.
        public var description: String
        /// When it was replaced.
        public var replacedAt: Date
        /// Who replaced it, if known.
        public var replacedBy: String?

        /// Creates a wording value.
        public init(title: String, description: String, replacedAt: Date, replacedBy: String?) {
            self.title = title
            self.description = description
            self.replacedAt = replacedAt
            self.replacedBy = replacedBy
        }

        enum CodingKeys: String, CodingKey {
            case title, description
            case replacedAt = "replaced_at"
            case replacedBy = "replaced_by"
        }

        /// Encodes every field; the time as ISO 8601 text, an unknown author as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(description, forKey: .description)
            try container.encode(Timestamp.string(replacedAt), forKey: .replacedAt)
            try container.encode(replacedBy, forKey: .replacedBy)
        }

        /// Decodes what ``encode(to:)`` writes.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                title: try container.decode(String.self, forKey: .title),
                description: try container.decode(String.self, forKey: .description),
                replacedAt: Timestamp.date(try container.decode(String.self, forKey: .replacedAt)),
                replacedBy: try container.decodeIfPresent(String.self, forKey: .replacedBy))
        }
    }

    /// The number people use for it, from 1; it never changes.
    public var number: Int
    /// The short title.
    public var title: String
    /// What it means, in a sentence or two (may be empty).
    public var description: String
    /// Who added it; nil for the built-in seven.
    public var author: String?
    /// When it was added or last reworded.
    public var updatedAt: Date
    /// Its earlier wordings, oldest first.
    public var earlierWordings: [Wording]

    /// The number.
    public var id: Int { number }

    /// Creates a condition value.
    public init(
        number: Int, title: String, description: String, author: String?, updatedAt: Date,
        earlierWordings: [Wording] = []
    ) {
        self.number = number
        self.title = title
        self.description = description
        self.author = author
        self.updatedAt = updatedAt
        self.earlierWordings = earlierWordings
    }

    enum CodingKeys: String, CodingKey {
        case number, title, description, author
        case updatedAt = "updated_at"
        case earlierWordings = "earlier_wordings"
    }

    /// Encodes every field; the time as ISO 8601 text, an absent author as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(author, forKey: .author)
        try container.encode(Timestamp.string(updatedAt), forKey: .updatedAt)
        try container.encode(earlierWordings, forKey: .earlierWordings)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: try container.decode(Int.self, forKey: .number),
            title: try container.decode(String.self, forKey: .title),
            description: try container.decode(String.self, forKey: .description),
            author: try container.decodeIfPresent(String.self, forKey: .author),
            updatedAt: Timestamp.date(try container.decode(String.self, forKey: .updatedAt)),
            earlierWordings: try container.decodeIfPresent([Wording].self, forKey: .earlierWordings) ?? [])
    }
}
