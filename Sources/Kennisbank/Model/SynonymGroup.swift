import Foundation

/// Words a search treats as one (a group of the thesaurus), or words the coordinator took out of
/// it: what `kb synonyms list` shows.
///
/// Its JSON: `{"words": ["mfa", "multifunctionele accommodatie"], "source": "builtin",
/// "author": null, "changed_at": null}`; `source` is `builtin` (in the binary), `added` or
/// `removed` (changes kept in the knowledge base, with who made them and when).
public struct SynonymGroup: Sendable, Hashable, Codable {
    /// Where a group comes from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The thesaurus built into this binary.
        case builtIn = "builtin"
        /// Added by a person (`kb synonyms add`).
        case added
        /// Words a person took out of every group (`kb synonyms remove`).
        case removed
    }

    /// The words and phrases, as written.
    public var words: [String]
    /// Where the group comes from.
    public var source: Source
    /// Who added or removed it; nil for the built-in thesaurus or when nobody was known.
    public var author: String?
    /// When it was added or removed; nil for the built-in thesaurus.
    public var time: Date?

    /// Creates a group value.
    public init(words: [String], source: Source, author: String?, time: Date?) {
        self.words = words
        self.source = source
        self.author = author
        self.time = time
    }

    enum CodingKeys: String, CodingKey {
        case words, source, author
        case time = "changed_at"
    }

    /// Encodes every field; an absent author or time as `null`, a time as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(words, forKey: .words)
        try container.encode(source, forKey: .source)
        try container.encode(author, forKey: .author)
        try container.encode(time.map(Timestamp.string), forKey: .time)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            words: try container.decode([String].self, forKey: .words),
            source: try container.decode(Source.self, forKey: .source),
            author: try container.decodeIfPresent(String.self, forKey: .author),
            time: try container.decodeIfPresent(String.self, forKey: .time).flatMap(Timestamp.parse))
    }
}
