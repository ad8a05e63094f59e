/// What one municipality (or the network) has for one asked obstacle, and what it is worth.
struct HelpTally {
    /// Entries sharing a topic with the obstacle, per ``EntryClass``.
    var unresolvedByTopic = 0, resolvedByTopic = 0, adviceByTopic = 0
    /// Tips and examples linked to the obstacle, newest first.
    var linked: [FoundEntry] = []
    /// How many of ``linked`` share a topic with the obstacle (they count as linked only).
    var linkedOnTopic = 0
    /// Entries with a clearly similar title that share no topic with the obstacle, per class.
    var unresolvedByText: [FoundEntry] = [], resolvedByText: [FoundEntry] = [], adviceByText: [FoundEntry] = []

    /// Adds `count` entries of `entryClass` that share a topic with the obstacle.
    mutating func addTopical(_ entryClass: EntryClass, _ count: Int) {
        switch entryClass {
        case .unresolvedObstacle: unresolvedByTopic += count
        case .resolvedObstacle: resolvedByTopic += count
        case .advice: adviceByTopic += count
        }
    }

    /// Adds an entry with a clearly similar title.
    mutating func addText(_ found: FoundEntry) {
        switch found.entryClass {
        case .unresolvedObstacle: unresolvedByText.append(found)
        case .resolvedObstacle: resolvedByText.append(found)
        case .advice: adviceByText.append(found)
        }
    }

    /// Resolved obstacles of the same kind.
    var resolvedCount: Int { resolvedByTopic + resolvedByText.count }
    /// Obstacles of the same kind, resolved or not.
    var facingCount: Int { resolvedCount + unresolvedByTopic + unresolvedByText.count }
    /// Tips and examples on the obstacle's topics that are not linked to it.
    var sameTopicCount: Int { adviceByTopic - linkedOnTopic }

    /// How many entries count, per reason (reasons without entries left out).
    var counts: [HelpReason: Int] {
        [
            .linked: linked.count, .resolvedObstacle: resolvedCount, .sameTopic: sameTopicCount,
            .similarText: adviceByText.count,
        ]
        .filter { $0.value > 0 }
    }

    /// The sum of the entries' weights.
    var score: Int {
        HelpReason.linked.weight * linked.count + HelpReason.resolvedObstacle.weight * resolvedCount
            + HelpReason.sameTopic.weight * sameTopicCount + HelpReason.similarText.weight * adviceByText.count
    }

    /// The weight of the strongest reason with an entry (0 for none): breaks ties of ``score``.
    var strongestWeight: Int {
        !linked.isEmpty
            ? HelpReason.linked.weight
            : resolvedCount > 0
                ? HelpReason.resolvedObstacle.weight
                : sameTopicCount > 0
                    ? HelpReason.sameTopic.weight : adviceByText.isEmpty ? 0 : HelpReason.similarText.weight
    }
}

/// The ``HelpTally`` of every municipality (and the network) for every asked obstacle.
///
/// Municipalities get a dense number in the order they are met (nil, the network, too), so
/// that the tallies of an obstacle are a small dictionary by number.
struct HelpTallies {
    /// The asked obstacles.
    let asked: [AskedObstacle]
    /// The topics of the asked obstacles, in the order met.
    let topics: [Topic.ID]
    /// For each of ``topics``, the indices of the asked obstacles that carry it.
    private let obstaclesWithTopic: [[Int]]
    private let topicIndex: [Topic.ID: Int]

    /// The municipality (nil: the network) of each number.
    private(set) var municipalityIDs: [Municipality.ID?] = []
    private var municipalityNumber: [Municipality.ID?: Int] = [:]
    /// For each asked obstacle (by index), the tallies by municipality number.
    private(set) var byObstacle: [[Int: HelpTally]]
    /// For each municipality number, the indices of its topic signatures (see ``addTopical(_:)``).
    private(set) var signaturesOf: [Int: [Int]] = [:]

    /// Empty tallies for `asked`.
    init(asked: [AskedObstacle]) {
        self.asked = asked
        var topicIndex: [Topic.ID: Int] = [:]
        var topics: [Topic.ID] = []
        for obstacle in asked {
            for topic in obstacle.topicIDs where topicIndex[topic] == nil {
                topicIndex[topic] = topics.count
                topics.append(topic)
            }
        }
        var obstaclesWithTopic = Array(repeating: [Int](), count: topics.count)
        for (index, obstacle) in asked.enumerated() {
            for topic in obstacle.topicIDs { obstaclesWithTopic[topicIndex[topic]!].append(index) }
        }
        self.topics = topics
        self.topicIndex = topicIndex
        self.obstaclesWithTopic = obstaclesWithTopic
        byObstacle = Array(repeating: [:], count: asked.count)
    }

    /// The number of the network, if it has a tally.
    var network: Int? { municipalityNumber[nil] }

    /// The number of municipality `id` (nil: the network), given on first use.
    mutating func number(_ id: Municipality.ID?) -> Int {
        if let known = municipalityNumber[id] { return known }
        municipalityNumber[id] = municipalityIDs.count
        municipalityIDs.append(id)
        return municipalityIDs.count - 1
    }

    /// Topics: each signature (municipality, class, topic set) adds its count to every asked
    /// obstacle that shares a topic with the set, once.
    mutating func addTopical(_ signatures: [TopicSignature]) {
        var stamp = Array(repeating: -1, count: asked.count)
        for (row, signature) in signatures.enumerated() {
            let municipality = number(signature.municipalityID)
            signaturesOf[municipality, default: []].append(row)
            for topic in signature.topicIDs {
                for obstacle in obstaclesWithTopic[topicIndex[topic]!] where stamp[obstacle] != row {
                    stamp[obstacle] = row
                    byObstacle[obstacle][municipality, default: HelpTally()].addTopical(
                        signature.entryClass, signature.count)
                }
            }
        }
    }

    /// Links: the tips and examples linked to each asked obstacle (by id).
    mutating func addLinks(_ linked: [Entry.ID: [LinkedEntry]]) {
        for (index, obstacle) in asked.enumerated() {
            for link in linked[obstacle.summary.id] ?? [] {
                let municipality = number(link.found.municipalityID)
                byObstacle[index][municipality, default: HelpTally()].linked.append(link.found)
                if link.onTopic { byObstacle[index][municipality]!.linkedOnTopic += 1 }
            }
        }
    }

    /// Clearly similar titles that share no topic (those count by topic already) and are not
    /// linked (those count as linked).
    mutating func addSimilar(_ similar: [Entry.ID: [TitleMatch]], linked: [Entry.ID: [LinkedEntry]]) {
        for (index, obstacle) in asked.enumerated() {
            let linkedIDs = Set((linked[obstacle.summary.id] ?? []).map(\.found.summary.id))
            for match in similar[obstacle.summary.id] ?? [] where !linkedIDs.contains(match.found.summary.id) {
                byObstacle[index][number(match.found.municipalityID), default: HelpTally()].addText(match.found)
            }
        }
    }
}
