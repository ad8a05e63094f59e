/// A municipality that faces an obstacle of the same kind.
///
/// JSON: `municipality` (the name), `obstacles`, `resolved`, `entries` (the examples).
public struct FacingMunicipality: Codable, Sendable, Hashable {
    /// The municipality's name.
    public var name: String
    /// How many of its obstacles are of the same kind.
    public var obstacles: Int
    /// How many of those it resolved.
    public var resolved: Int
    /// Some of those obstacles (resolved first), at most ``HelpLimits/evidence``, each with how it matched.
    public var examples: [FacingObstacle]

    /// Creates a facing-municipality value.
    public init(name: String, obstacles: Int, resolved: Int, examples: [FacingObstacle]) {
        self.name = name
        self.obstacles = obstacles
        self.resolved = resolved
        self.examples = examples
    }

    enum CodingKeys: String, CodingKey {
        case name = "municipality"
        case obstacles, resolved
        case examples = "entries"
    }
}

/// An obstacle elsewhere and how it matches the one asked about.
///
/// JSON: the entry's fields (see ``EntrySummary``) with `reason`: how it matches.
public struct FacingObstacle: Codable, Sendable, Hashable {
    /// The obstacle.
    public var entry: EntrySummary
    /// A shared topic, or a clearly similar title.
    public var match: MatchKind

    /// Creates a facing-obstacle value.
    public init(entry: EntrySummary, match: MatchKind) {
        self.entry = entry
        self.match = match
    }

    enum CodingKeys: String, CodingKey {
        case match = "reason"
    }

    /// Encodes the entry's fields and `reason`.
    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(match, forKey: .match)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        self.init(
            entry: try EntrySummary(from: decoder),
            match: try decoder.container(keyedBy: CodingKeys.self).decode(MatchKind.self, forKey: .match))
    }
}
