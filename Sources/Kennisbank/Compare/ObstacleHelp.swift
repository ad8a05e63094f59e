/// One obstacle of the asking municipality, with who faces the same and who can help.
///
/// JSON: `obstacle`, `topics`, `facing`, `facing_count`, `helpers`, `helper_count`, `network`,
/// `network_count` and `network_counts` (by reason).
public struct ObstacleHelp: Codable, Sendable, Hashable {
    /// The obstacle.
    public var obstacle: EntrySummary
    /// Its topic labels.
    public var topics: [String]
    /// Other municipalities with an obstacle of the same kind (a shared topic or a clearly
    /// similar title), most such obstacles first; at most ``HelpLimits/municipalities``.
    public var facing: [FacingMunicipality]
    /// How many municipalities face the same in all (``facing`` may show fewer).
    public var facingCount: Int
    /// Municipalities that can help, strongest evidence first (see ``HelpReason``); at most
    /// ``HelpLimits/municipalities``.
    public var helpers: [HelpingMunicipality]
    /// How many municipalities can help in all (``helpers`` may show fewer).
    public var helperCount: Int
    /// Tips of the whole network that help, strongest first (not a municipality to visit);
    /// at most ``HelpLimits/evidence``.
    public var network: [HelpEvidence]
    /// How many network tips help, per reason (``network`` may show fewer).
    public var networkCounts: [HelpReason: Int]

    /// Creates an obstacle-help value.
    public init(
        obstacle: EntrySummary, topics: [String], facing: [FacingMunicipality], facingCount: Int,
        helpers: [HelpingMunicipality], helperCount: Int, network: [HelpEvidence], networkCounts: [HelpReason: Int]
    ) {
        self.obstacle = obstacle
        self.topics = topics
        self.facing = facing
        self.facingCount = facingCount
        self.helpers = helpers
        self.helperCount = helperCount
        self.network = network
        self.networkCounts = networkCounts
    }

    /// How many network tips help in all.
    public var networkCount: Int { networkCounts.values.reduce(0, +) }

    /// The network tips' score, weighted like a municipality's (for ordering; the network is not a place to visit).
    public var networkScore: Int { networkCounts.reduce(0) { $0 + $1.key.weight * $1.value } }

    enum CodingKeys: String, CodingKey {
        case obstacle, topics, facing, helpers, network
        case facingCount = "facing_count"
        case helperCount = "helper_count"
        case networkCount = "network_count"
        case networkCounts = "network_counts"
    }

    /// Encodes every field and ``networkCount``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(obstacle, forKey: .obstacle)
        try container.encode(topics, forKey: .topics)
        try container.encode(facing, forKey: .facing)
        try container.encode(facingCount, forKey: .facingCount)
        try container.encode(helpers, forKey: .helpers)
        try container.encode(helperCount, forKey: .helperCount)
        try container.encode(network, forKey: .network)
        try container.encode(networkCount, forKey: .networkCount)
        try container.encode(networkCounts, forKey: .networkCounts)
    }

    /// Decodes what ``encode(to:)`` writes (``networkCount`` follows from the counts).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            obstacle: try container.decode(EntrySummary.self, forKey: .obstacle),
            topics: try container.decode([String].self, forKey: .topics),
            facing: try container.decode([FacingMunicipality].self, forKey: .facing),
            facingCount: try container.decode(Int.self, forKey: .facingCount),
            helpers: try container.decode([HelpingMunicipality].self, forKey: .helpers),
            helperCount: try container.decode(Int.self, forKey: .helperCount),
            network: try container.decode([HelpEvidence].self, forKey: .network),
            networkCounts: try container.decode([HelpReason: Int].self, forKey: .networkCounts))
    }
}
