/// A comparison as a front end shows it: the matrix, and when asked, who can help one
/// municipality and which municipalities are most alike (see ``KnowledgeBase/compare(_:help:similar:)``).
///
/// JSON: one object holding the matrix's keys (see ``ObstacleComparison``) and, when present,
/// `help` (a ``HelpReport``) and `similar` (``MunicipalitySimilarity`` values); absent parts are
/// left out. This is the JSON of `kb compare --format json`, the one shape every front end prints.
public struct ComparisonResults: Codable, Sendable, Hashable {
    /// The matrix.
    public var comparison: ObstacleComparison
    /// Who can help, when asked for one municipality.
    public var help: HelpReport?
    /// The most alike municipalities, when asked for.
    public var similar: [MunicipalitySimilarity]?

    /// Creates a results value.
    public init(comparison: ObstacleComparison, help: HelpReport? = nil, similar: [MunicipalitySimilarity]? = nil) {
        self.comparison = comparison
        self.help = help
        self.similar = similar
    }

    enum CodingKeys: String, CodingKey {
        case help, similar
    }

    /// Encodes the matrix's keys, then `help` and `similar` when present.
    public func encode(to encoder: any Encoder) throws {
        try comparison.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(help, forKey: .help)
        try container.encodeIfPresent(similar, forKey: .similar)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            comparison: try ObstacleComparison(from: decoder),
            help: try container.decodeIfPresent(HelpReport.self, forKey: .help),
            similar: try container.decodeIfPresent([MunicipalitySimilarity].self, forKey: .similar))
    }
}
