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
    /// Resolved obstacles sharing a topic whose topics make them of the same kind (``SameKind``).
    var resolvedOfKindByTopic = 0
    /// Resolved obstacles sharing a topic, not of the same kind by their topics, but with a
    /// clearly similar title (so of the same kind after all), newest first.
    var resolvedOfKindByTitle: [FoundEntry] = []

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

    /// Resolved obstacles that share a topic or have a clearly similar title (they face the same).
    var resolvedCount: Int { resolvedByTopic + resolvedByText.count }
    /// Resolved obstacles of the same kind (``SameKind``): they show it can help.
    var resolvedOfKindCount: Int { resolvedOfKindByTopic + resolvedByText.count + resolvedOfKindByTitle.count }
    /// Obstacles of the same kind, resolved or not.
    var facingCount: Int { resolvedCount + unresolvedByTopic + unresolvedByText.count }
    /// Tips and examples on the obstacle's topics that are not linked to it.
    var sameTopicCount: Int { adviceByTopic - linkedOnTopic }

    /// How many entries count, per reason (reasons without entries left out).
    var counts: [HelpReason: Int] { evidence.byReason }

    /// The sum of the entries' weights (a summary; the order is ``evidence``).
    var score: Int {
        HelpReason.linked.weight * linked.count + HelpReason.resolvedObstacle.weight * resolvedOfKindCount
            + HelpReason.sameTopic.weight * sameTopicCount + HelpReason.similarText.weight * adviceByText.count
    }

    /// How many entries count per reason, strongest reason first: what the ranking compares.
    var evidence: HelpEvidenceCounts {
        HelpEvidenceCounts(
            linked: linked.count, resolvedObstacles: resolvedOfKindCount, sameTopic: sameTopicCount,
            similarText: adviceByText.count)
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
                    if signature.entryClass == .resolvedObstacle, isOfKind(signature, obstacle) {
                        byObstacle[obstacle][municipality]!.resolvedOfKindByTopic += signature.count
                    }
                }
            }
        }
    }

    /// Whether the resolved obstacles of `signature` are of the same kind as asked obstacle
    /// `obstacle` by their topics (``SameKind``).
    func isOfKind(_ signature: TopicSignature, _ obstacle: Int) -> Bool {
        let topics = asked[obstacle].topicIDs
        let shared = signature.topicIDs.filter { topics.contains($0) }.count
        return SameKind.byTopics(shared: shared, asked: topics.count, other: signature.topicCount)
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

    /// Clearly similar titles that are not linked (those count as linked): those that share no
    /// topic count by their title; of those that share one (and count by topic already), a
    /// resolved obstacle not of the same kind by its topics is of the same kind by its title.
    mutating func addSimilar(_ similar: [Entry.ID: [TitleMatch]], linked: [Entry.ID: [LinkedEntry]]) {
        for (index, obstacle) in asked.enumerated() {
            let linkedIDs = Set((linked[obstacle.summary.id] ?? []).map(\.found.summary.id))
            for match in similar[obstacle.summary.id] ?? [] where !linkedIDs.contains(match.found.summary.id) {
                let municipality = number(match.found.municipalityID)
                if match.sharedTopics == 0 {
                    byObstacle[index][municipality, default: HelpTally()].addText(match.found)
                } else if match.found.entryClass == .resolvedObstacle,
                    !SameKind.byTopics(
                        shared: match.sharedTopics, asked: obstacle.topicIDs.count, other: match.topicCount)
                {
                    byObstacle[index][municipality, default: HelpTally()].resolvedOfKindByTitle.append(match.found)
                }
            }
        }
    }
}
