/// "Who can help": for each obstacle of one municipality, the other municipalities that face
/// the same and those that can help with it, ranked. These are the municipalities worth visiting.
///
/// JSON: `municipality` (the name), `order` (the reasons, strongest first: the ranking compares
/// the counts of the first, then the next, …), `weights` (each ``HelpReason``'s weight by its raw
/// value, for the `score` summaries), `obstacles` and `best_visits`.
public struct HelpReport: Codable, Sendable, Hashable {
    /// The name of the municipality that asks for help.
    public var municipality: String
    /// Its selected obstacles, in the order they were added, each with who faces the same and who can help.
    public var obstacles: [ObstacleHelp]
    /// The municipalities that can help most over all these obstacles (evidence summed), best first.
    public var bestVisits: [HelpSummary]

    /// Creates a report value.
    public init(municipality: String, obstacles: [ObstacleHelp], bestVisits: [HelpSummary]) {
        self.municipality = municipality
        self.obstacles = obstacles
        self.bestVisits = bestVisits
    }

    enum CodingKeys: String, CodingKey {
        case municipality, order, weights, obstacles
        case bestVisits = "best_visits"
    }

    /// Encodes the report with the ranking's weights.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(HelpReason.allCases, forKey: .order)
        try container.encode(HelpReason.weights, forKey: .weights)
        try container.encode(obstacles, forKey: .obstacles)
        try container.encode(bestVisits, forKey: .bestVisits)
    }

    /// Decodes what ``encode(to:)`` writes (the weights are ``HelpReason/weight``'s).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            municipality: try container.decode(String.self, forKey: .municipality),
            obstacles: try container.decode([ObstacleHelp].self, forKey: .obstacles),
            bestVisits: try container.decode([HelpSummary].self, forKey: .bestVisits))
    }
}

/// How much help to look for and show.
public struct HelpLimits: Sendable, Hashable {
    /// At most this many municipalities per list (facing the same, can help, best visits).
    public var municipalities: Int
    /// At most this many entries shown as the reason per municipality or network list.
    public var evidence: Int

    /// Creates limits; by default five municipalities per list and three entries each.
    public init(municipalities: Int = 5, evidence: Int = 3) {
        self.municipalities = max(0, municipalities)
        self.evidence = max(0, evidence)
    }
}

/// A municipality's help summed over all obstacles of a ``HelpReport``.
///
/// JSON: `municipality` (the name), `score`, `obstacles`, `counts` (by reason, summed).
public struct HelpSummary: Codable, Sendable, Hashable {
    /// The municipality's name.
    public var name: String
    /// Its scores summed over the obstacles (a summary: the order follows ``counts``).
    public var score: Int
    /// With how many of the obstacles it can help.
    public var obstacles: Int
    /// How many of its entries count, per reason, summed over the obstacles: what it is ranked by.
    public var counts: [HelpReason: Int]

    /// Creates a summary value.
    public init(name: String, score: Int, obstacles: Int, counts: [HelpReason: Int] = [:]) {
        self.name = name
        self.score = score
        self.obstacles = obstacles
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey {
        case name = "municipality"
        case score, obstacles, counts
    }

    /// Decodes what the synthesized encoding writes (`counts` may be absent: none).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            score: try container.decode(Int.self, forKey: .score),
            obstacles: try container.decode(Int.self, forKey: .obstacles),
            counts: try container.decodeIfPresent([HelpReason: Int].self, forKey: .counts) ?? [:])
    }
}
