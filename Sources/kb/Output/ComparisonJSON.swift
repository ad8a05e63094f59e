import Kennisbank

/// `kb compare --format json`: one object with the matrix (`municipalities`, `topics`, `shared`,
/// `unique`, `totals`) and, when they apply, `help` and `similar`.
struct ComparisonJSON: Encodable {
    var selection: String
    var municipalities: [String]
    var totals: [MunicipalityTotal]
    var topics: [TopicCounts]
    var shared: [String]
    var unique: [String: [String]]
    var help: Help?
    var similar: [Similar]?
    var similarity: String?

    init(_ report: ComparisonReport) {
        let comparison = report.comparison
        let names = comparison.municipalities.map(\.name)
        selection = report.selection
        municipalities = names
        totals = comparison.municipalities.map {
            MunicipalityTotal(name: $0.name, code: $0.code, province: $0.province?.rawValue, obstacles: $0.obstacles, resolved: $0.resolved)
        }
        topics = comparison.rows.map { row in
            TopicCounts(
                topic: row.label, key: row.key,
                counts: Dictionary(uniqueKeysWithValues: zip(names, row.cells.map(\.obstacles))),
                resolved: Dictionary(uniqueKeysWithValues: zip(names, row.cells.map(\.resolved))),
                total: row.total.obstacles, totalResolved: row.total.resolved)
        }
        shared = comparison.shared
        unique = comparison.unique
        if report.shows(.help), let help = report.help { self.help = Help(help) }
        if report.shows(.similar), let similar = report.similar {
            self.similar = similar.map { Similar(municipalities: [$0.first, $0.second], score: $0.score, sharedTopics: $0.sharedTopics) }
            similarity = MunicipalitySimilarity.definition
        }
    }

    struct MunicipalityTotal: Encodable {
        var name: String
        var code: String?
        var province: String?
        var obstacles: Int
        var resolved: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(code, forKey: .code)
            try container.encode(province, forKey: .province)
            try container.encode(obstacles, forKey: .obstacles)
            try container.encode(resolved, forKey: .resolved)
        }
        enum CodingKeys: String, CodingKey { case name, code, province, obstacles, resolved }
    }

    struct TopicCounts: Encodable {
        var topic: String
        var key: String?
        var counts: [String: Int]
        var resolved: [String: Int]
        var total: Int
        var totalResolved: Int

        enum CodingKeys: String, CodingKey {
            case topic, key, counts, resolved, total
            case totalResolved = "total_resolved"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(topic, forKey: .topic)
            try container.encode(key, forKey: .key)
            try container.encode(counts, forKey: .counts)
            try container.encode(resolved, forKey: .resolved)
            try container.encode(total, forKey: .total)
            try container.encode(totalResolved, forKey: .totalResolved)
        }
    }

    struct Similar: Encodable {
        var municipalities: [String]
        var score: Double
        var sharedTopics: [String]

        enum CodingKeys: String, CodingKey {
            case municipalities, score
            case sharedTopics = "shared_topics"
        }
    }

    /// An entry, short, as JSON: `id`, `uuid`, `kind`, `title`, `municipality`, `status`, `date`.
    struct EntryJSON: Encodable {
        var entry: EntrySummary
        var reason: String?
        var weight: Int?

        enum CodingKeys: String, CodingKey { case id, uuid, kind, title, municipality, status, date, reason, weight }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entry.id, forKey: .id)
            try container.encode(entry.uuid.uuidString.lowercased(), forKey: .uuid)
            try container.encode(entry.kind, forKey: .kind)
            try container.encode(entry.title, forKey: .title)
            try container.encode(entry.municipality, forKey: .municipality)
            try container.encode(entry.status, forKey: .status)
            try container.encode(entry.date, forKey: .date)
            try container.encodeIfPresent(reason, forKey: .reason)
            try container.encodeIfPresent(weight, forKey: .weight)
        }
    }

    struct Help: Encodable {
        var municipality: String
        var weights: [String: Int]
        var obstacles: [Obstacle]
        var bestVisits: [Visit]

        enum CodingKeys: String, CodingKey {
            case municipality, weights, obstacles
            case bestVisits = "best_visits"
        }

        init(_ report: HelpReport) {
            municipality = report.municipality.name
            weights = Dictionary(uniqueKeysWithValues: HelpReason.allCases.map { ($0.rawValue, $0.weight) })
            obstacles = report.obstacles.map(Obstacle.init)
            bestVisits = report.bestVisits.map { Visit(municipality: $0.name, score: $0.score, obstacles: $0.obstacles) }
        }

        struct Visit: Encodable {
            var municipality: String
            var score: Int
            var obstacles: Int
        }

        struct Obstacle: Encodable {
            var obstacle: EntryJSON
            var topics: [String]
            var facing: [Facing]
            var facingCount: Int
            var helpers: [Helper]
            var helperCount: Int
            var network: [EntryJSON]
            var networkCount: Int
            var networkCounts: [String: Int]

            enum CodingKeys: String, CodingKey {
                case obstacle, topics, facing, helpers, network
                case facingCount = "facing_count"
                case helperCount = "helper_count"
                case networkCount = "network_count"
                case networkCounts = "network_counts"
            }

            init(_ help: ObstacleHelp) {
                obstacle = EntryJSON(entry: help.obstacle)
                topics = help.topics
                facing = help.facing.map { facing in
                    Facing(municipality: facing.name, obstacles: facing.obstacles, resolved: facing.resolved,
                           entries: facing.examples.map { EntryJSON(entry: $0.entry, reason: $0.match.rawValue) })
                }
                facingCount = help.facingCount
                helpers = help.helpers.enumerated().map { rank, helper in
                    Helper(rank: rank + 1, municipality: helper.name, score: helper.score,
                           counts: Dictionary(uniqueKeysWithValues: helper.counts.map { ($0.key.rawValue, $0.value) }),
                           entries: helper.evidence.map { EntryJSON(entry: $0.entry, reason: $0.reason.rawValue, weight: $0.weight) })
                }
                helperCount = help.helperCount
                network = help.network.map { EntryJSON(entry: $0.entry, reason: $0.reason.rawValue, weight: $0.weight) }
                networkCount = help.networkCount
                networkCounts = Dictionary(uniqueKeysWithValues: help.networkCounts.map { ($0.key.rawValue, $0.value) })
            }
        }

        struct Facing: Encodable {
            var municipality: String
            var obstacles: Int
            var resolved: Int
            var entries: [EntryJSON]
        }

        struct Helper: Encodable {
            var rank: Int
            var municipality: String
            var score: Int
            var counts: [String: Int]
            var entries: [EntryJSON]
        }
    }
}
