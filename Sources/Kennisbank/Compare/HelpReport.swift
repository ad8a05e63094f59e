import Foundation

/// "Who can help": for each obstacle of one municipality, the other municipalities that face
/// the same and those that can help with it, ranked. These are the municipalities worth visiting.
public struct HelpReport: Sendable, Hashable {
    /// The municipality that asks for help.
    public var municipality: Municipality
    /// Its selected obstacles, in the order they were added, each with who faces the same and who can help.
    public var obstacles: [ObstacleHelp]
    /// The municipalities that can help most over all these obstacles (scores summed), best first.
    public var bestVisits: [HelpSummary]

    /// Creates a report value.
    public init(municipality: Municipality, obstacles: [ObstacleHelp], bestVisits: [HelpSummary]) {
        self.municipality = municipality
        self.obstacles = obstacles
        self.bestVisits = bestVisits
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

/// Why an entry shows that its municipality (or the network) can help with an obstacle,
/// and what that is worth in the ranking.
///
/// A municipality's score for an obstacle is the sum of the weights of its entries, each
/// entry counted once for its strongest reason:
///
/// | reason | weight |
/// |---|---|
/// | ``linked``: a tip or example linked as addressing this very obstacle | 5 |
/// | ``resolvedObstacle``: it resolved an obstacle of the same kind (a shared topic or a clearly similar title) | 4 |
/// | ``sameTopic``: a tip or example on one of the obstacle's topics | 2 |
/// | ``similarText``: a tip or example with a clearly similar title | 1 |
///
/// So one resolved obstacle or one linked tip outweighs a topic match, and a municipality that
/// only has the same obstacle (unresolved) scores nothing: it faces the same, it cannot help yet.
public enum HelpReason: String, Codable, CaseIterable, Sendable, Hashable {
    /// A tip or example linked (`--addresses`) to the obstacle.
    case linked
    /// A resolved obstacle of the same kind: a shared topic or a clearly similar title.
    case resolvedObstacle = "resolved_obstacle"
    /// A tip or example on one of the obstacle's topics.
    case sameTopic = "same_topic"
    /// A tip or example whose title is clearly similar to the obstacle's.
    case similarText = "similar_text"

    /// What this reason adds to a municipality's score.
    public var weight: Int {
        switch self {
        case .linked: 5
        case .resolvedObstacle: 4
        case .sameTopic: 2
        case .similarText: 1
        }
    }

    /// A short description for people.
    public var explanation: String {
        switch self {
        case .linked: "linked to this obstacle"
        case .resolvedObstacle: "resolved an obstacle of this kind"
        case .sameTopic: "on the same topic"
        case .similarText: "similar title"
        }
    }
}

/// How an obstacle elsewhere is of the same kind as the one asked about.
public enum MatchKind: String, Codable, CaseIterable, Sendable, Hashable {
    /// It shares a topic.
    case sameTopic = "same_topic"
    /// Its title is clearly similar (and it shares no topic).
    case similarText = "similar_text"
}

/// An entry, short: enough to show it and to find it again (`kb show ID`).
public struct EntrySummary: Sendable, Hashable, Identifiable {
    /// The short reference `kb show` accepts.
    public var id: Entry.ID
    /// The stable identity.
    public var uuid: UUID
    /// Example, obstacle or tip.
    public var kind: EntryKind
    /// The title.
    public var title: String
    /// The municipality's name; nil for a tip of the whole network.
    public var municipality: String?
    /// The status, for an obstacle.
    public var status: ObstacleStatus?
    /// The day the knowledge refers to, if recorded.
    public var date: Day?

    /// Creates an entry summary.
    public init(id: Entry.ID, uuid: UUID, kind: EntryKind, title: String, municipality: String?, status: ObstacleStatus?, date: Day?) {
        self.id = id
        self.uuid = uuid
        self.kind = kind
        self.title = title
        self.municipality = municipality
        self.status = status
        self.date = date
    }
}

/// One obstacle of the asking municipality, with who faces the same and who can help.
public struct ObstacleHelp: Sendable, Hashable {
    /// The obstacle.
    public var obstacle: EntrySummary
    /// Its topic labels.
    public var topics: [String]
    /// Other municipalities with an obstacle of the same kind (a shared topic or a clearly
    /// similar title), most such obstacles first; at most ``HelpLimits/municipalities``.
    public var facing: [FacingMunicipality]
    /// How many municipalities face the same in all (``facing`` may show fewer).
    public var facingCount: Int
    /// Municipalities that can help, best score first; at most ``HelpLimits/municipalities``.
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
}

/// A municipality that faces an obstacle of the same kind.
public struct FacingMunicipality: Sendable, Hashable {
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
}

/// An obstacle elsewhere and how it matches the one asked about.
public struct FacingObstacle: Sendable, Hashable {
    /// The obstacle.
    public var entry: EntrySummary
    /// A shared topic, or a clearly similar title.
    public var match: MatchKind

    /// Creates a facing-obstacle value.
    public init(entry: EntrySummary, match: MatchKind) {
        self.entry = entry
        self.match = match
    }
}

/// A municipality that can help with an obstacle, with its score and the entries that show why.
public struct HelpingMunicipality: Sendable, Hashable {
    /// The municipality's name.
    public var name: String
    /// The sum of its entries' weights (see ``HelpReason``).
    public var score: Int
    /// How many of its entries count, per reason.
    public var counts: [HelpReason: Int]
    /// Its strongest entries, strongest first, at most ``HelpLimits/evidence``.
    public var evidence: [HelpEvidence]

    /// Creates a helping-municipality value.
    public init(name: String, score: Int, counts: [HelpReason: Int], evidence: [HelpEvidence]) {
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
}

/// An entry that shows who can help, and why.
public struct HelpEvidence: Sendable, Hashable {
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
}

/// A municipality's help summed over all obstacles of a ``HelpReport``.
public struct HelpSummary: Sendable, Hashable {
    /// The municipality's name.
    public var name: String
    /// Its scores summed over the obstacles.
    public var score: Int
    /// With how many of the obstacles it can help.
    public var obstacles: Int

    /// Creates a summary value.
    public init(name: String, score: Int, obstacles: Int) {
        self.name = name
        self.score = score
        self.obstacles = obstacles
    }
}
