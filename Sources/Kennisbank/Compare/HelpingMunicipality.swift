/// A municipality that can help with an obstacle, with its place in the ranking, its score and
/// the entries that show why.
///
/// JSON: `rank`, `municipality` (the name), `score`, `counts` (by reason), `entries` (the evidence).
public struct HelpingMunicipality: Codable, Sendable, Hashable {
    /// Its place among those that can help with the obstacle: 1 for the best.
    public var rank: Int
    /// The municipality's name.
    public var name: String
    /// The sum of its entries' weights (see ``HelpReason``): a summary; the order follows ``counts``.
    public var score: Int
    /// How many of its entries count, per reason: what the ranking compares, strongest reason first.
    public var counts: [HelpReason: Int]
    /// Its strongest entries, strongest first, at most ``HelpLimits/evidence``.
    public var evidence: [HelpEvidence]

    /// Creates a helping-municipality value.
    public init(rank: Int, name: String, score: Int, counts: [HelpReason: Int], evidence: [HelpEvidence]) {
        self.rank = rank
        self.name = name
        self.score = score
        self.counts = counts
        self.evidence = evidence
    }

    /// The number of entries that count for it.
    public var evidenceCount: Int { counts.values.reduce(0, +) }

    /// Its strongest reason.
    public var strongestReason: HelpReason? {
        HelpReason.allCases.first { (counts[$0] ?? 0) > 0 }
    }

    enum CodingKeys: String, CodingKey {
        case rank
        case name = "municipality"
        case score, counts
        case evidence = "entries"
    }
}

/// An entry that shows who can help, and why.
///
/// JSON: the entry's fields (see ``EntrySummary``) with `reason` and `weight`.
public struct HelpEvidence: Codable, Sendable, Hashable {
    /// The entry: a tip, a practice example or a resolved obstacle.
    public var entry: EntrySummary
    /// Its strongest reason.
    public var reason: HelpReason

    /// Creates an evidence value.
    public init(entry: EntrySummary, reason: HelpReason) {
        self.entry = entry
        self.reason = reason
    }

    /// What it adds to the score.
    public var weight: Int { reason.weight }

    enum CodingKeys: String, CodingKey {
        case reason, weight
    }

    /// Encodes the entry's fields, `reason` and `weight`.
    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encode(weight, forKey: .weight)
    }

    /// Decodes what ``encode(to:)`` writes (the weight follows from the reason).
    public init(from decoder: any Decoder) throws {
        self.init(
            entry: try EntrySummary(from: decoder),
            reason: try decoder.container(keyedBy: CodingKeys.self).decode(HelpReason.self, forKey: .reason))
    }
}
