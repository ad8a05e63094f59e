/// Which obstacles a comparison looks at, and which municipalities it compares.
///
/// Empty lists select everything. Names are resolved like ``KnowledgeBase/municipality(_:)``,
/// so an unknown or ambiguous name is an error, never an empty comparison.
public struct ComparisonFilter: Sendable, Hashable {
    /// Municipality references (name, alias or CBS code) to compare, in the order given.
    /// Empty: every municipality that reported a selected obstacle.
    public var municipalities: [String]
    /// A province. Without ``municipalities`` it selects the municipalities of this province;
    /// with them, it limits the *others* they are set against (who faces the same, who can
    /// help, who is most alike) to this province.
    public var province: String?
    /// Topic labels: only obstacles with one of these topics count, and only under these topics.
    public var topics: [String]
    /// Obstacle statuses to include; empty includes every status.
    public var statuses: [ObstacleStatus]

    /// Creates a filter; by default it compares every municipality that reported obstacles.
    public init(municipalities: [String] = [], province: String? = nil, topics: [String] = [], statuses: [ObstacleStatus] = []) {
        self.municipalities = municipalities
        self.province = province
        self.topics = topics
        self.statuses = statuses
    }
}
