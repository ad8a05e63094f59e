import Foundation
import GRDB
import KennisbankText

/// The SQL and arithmetic behind ``KnowledgeBase/whoCanHelp(_:topics:statuses:province:limits:)``.
///
/// Counts come from one GROUP BY over the entries that share a topic with the asking
/// municipality's obstacles — grouped by municipality, kind of entry and the set of those
/// topics they carry, with the newest and oldest entry of each group — so each entry counts once per
/// obstacle however many topics it shares. Links come from `entry_obstacle`, similar titles
/// from the full-text index (``SimilarTitles``). Entries are loaded only to be shown.
struct HelpFinder {
    let db: Database
    let selection: ComparisonSelection
    let limits: HelpLimits

    /// What an entry elsewhere is, for the ranking.
    enum EntryClass: Int, CaseIterable {
        /// An obstacle not (yet) resolved: its municipality faces the same.
        case unresolvedObstacle
        /// A resolved obstacle: its municipality faces the same and can help.
        case resolvedObstacle
        /// A tip or practice example: its municipality can help.
        case advice

        /// The SQL expression that classifies `e`.
        static let sql: SQL = "CASE WHEN e.kind <> 'obstacle' THEN 2 WHEN e.status = 'resolved' THEN 1 ELSE 0 END"
    }

    /// An obstacle of the asking municipality.
    struct Asked {
        var summary: EntrySummary
        var topicIDs: [Topic.ID]
        var topicLabels: [String]
    }

    /// An entry elsewhere, with what the ranking needs.
    struct Found {
        var summary: EntrySummary
        var municipalityID: Municipality.ID?
        var entryClass: EntryClass
    }

    /// What one municipality (or the network) has for one obstacle.
    struct Tally {
        /// Entries sharing a topic with the obstacle, per ``EntryClass``.
        var unresolvedByTopic = 0, resolvedByTopic = 0, adviceByTopic = 0
        /// Tips and examples linked to the obstacle, and how many of them share a topic with it.
        var linked: [Found] = []
        var linkedOnTopic = 0
        /// Entries with a clearly similar title that share no topic with the obstacle, per class.
        var unresolvedByText: [Found] = [], resolvedByText: [Found] = [], adviceByText: [Found] = []

        mutating func addTopical(_ entryClass: EntryClass, _ count: Int) {
            switch entryClass {
            case .unresolvedObstacle: unresolvedByTopic += count
            case .resolvedObstacle: resolvedByTopic += count
            case .advice: adviceByTopic += count
            }
        }

        mutating func addText(_ found: Found) {
            switch found.entryClass {
            case .unresolvedObstacle: unresolvedByText.append(found)
            case .resolvedObstacle: resolvedByText.append(found)
            case .advice: adviceByText.append(found)
            }
        }

        var resolvedCount: Int { resolvedByTopic + resolvedByText.count }
        var facingCount: Int { resolvedCount + unresolvedByTopic + unresolvedByText.count }
        var sameTopicCount: Int { adviceByTopic - linkedOnTopic }
        var counts: [HelpReason: Int] {
            [.linked: linked.count, .resolvedObstacle: resolvedCount, .sameTopic: sameTopicCount, .similarText: adviceByText.count]
                .filter { $0.value > 0 }
        }
        var score: Int {
            HelpReason.linked.weight * linked.count + HelpReason.resolvedObstacle.weight * resolvedCount
                + HelpReason.sameTopic.weight * sameTopicCount + HelpReason.similarText.weight * adviceByText.count
        }
        var strongestWeight: Int {
            !linked.isEmpty ? HelpReason.linked.weight : resolvedCount > 0 ? HelpReason.resolvedObstacle.weight
                : sameTopicCount > 0 ? HelpReason.sameTopic.weight : adviceByText.isEmpty ? 0 : HelpReason.similarText.weight
        }
    }

    /// The newest entries on an obstacle's topics shown for one municipality, per class, newest first.
    struct Shown {
        var byClass: [[Found]] = [[], [], []]
    }

    func report() throws -> HelpReport {
        let me = selection.named[0]
        let asked = try askedObstacles(of: me)
        guard !asked.isEmpty else { throw ComparisonQuery.noObstacles(selection) }
        let others = others(excluding: me.id)

        // The asked topics, numbered, and which asked obstacles carry each.
        var topicIndex: [Topic.ID: Int] = [:]
        for obstacle in asked { for topic in obstacle.topicIDs where topicIndex[topic] == nil { topicIndex[topic] = topicIndex.count } }
        var obstaclesWithTopic = Array(repeating: [Int](), count: topicIndex.count)
        for (index, obstacle) in asked.enumerated() {
            for topic in obstacle.topicIDs { obstaclesWithTopic[topicIndex[topic]!].append(index) }
        }

        // Municipalities (nil: the network) get a dense number; tallies[obstacle][number].
        var municipalityNumber: [Municipality.ID?: Int] = [:]
        var municipalityIDs: [Municipality.ID?] = []
        func number(_ id: Municipality.ID?) -> Int {
            if let known = municipalityNumber[id] { return known }
            municipalityNumber[id] = municipalityIDs.count
            municipalityIDs.append(id)
            return municipalityIDs.count - 1
        }
        var tallies = Array(repeating: [Int: Tally](), count: asked.count)

        // Topics: each (municipality, class, topic set) adds its count to every asked obstacle
        // that shares a topic with the set, once.
        let signatures = try topicSignatures(Array(topicIndex.keys), others: others)
        var signaturesOf: [Int: [Int]] = [:]
        var stamp = Array(repeating: -1, count: asked.count)
        for (row, signature) in signatures.enumerated() {
            let municipality = number(signature.municipalityID)
            signaturesOf[municipality, default: []].append(row)
            for topic in signature.topicIDs {
                for obstacle in obstaclesWithTopic[topicIndex[topic]!] where stamp[obstacle] != row {
                    stamp[obstacle] = row
                    tallies[obstacle][municipality, default: Tally()].addTopical(signature.entryClass, signature.count)
                }
            }
        }
        // Links.
        let linked = try linkedEntries(asked, others: others)
        for (index, obstacle) in asked.enumerated() {
            for link in linked[obstacle.summary.id] ?? [] {
                let municipality = number(link.found.municipalityID)
                tallies[index][municipality, default: Tally()].linked.append(link.found)
                if link.onTopic { tallies[index][municipality]!.linkedOnTopic += 1 }
            }
        }
        // Clearly similar titles that share no topic (those count by topic already) and are not linked.
        let similar = try SimilarTitles.matches(for: asked.map { ($0.summary.id, $0.summary.title, $0.topicIDs) }, others: others, in: db)
        for (index, obstacle) in asked.enumerated() {
            let linkedIDs = Set((linked[obstacle.summary.id] ?? []).map(\.found.summary.id))
            for match in similar[obstacle.summary.id] ?? [] where !linkedIDs.contains(match.found.summary.id) {
                tallies[index][number(match.found.municipalityID), default: Tally()].addText(match.found)
            }
        }

        let names = try municipalityNames(Set(municipalityIDs.compactMap { $0 }))
        let sortKeys = municipalityIDs.map { id in id.flatMap { names[$0] }.map { (TextFolding.lookupKey($0), $0) } ?? ("", "") }
        let network = municipalityNumber[nil]

        // Rank, per obstacle: helpers by score, then strongest reason, then name; facing by count, resolved, name.
        var chosen: [(helpers: [Int], facing: [Int])] = []
        var visits: [Int: (score: Int, obstacles: Int)] = [:]
        for tally in tallies {
            var helpers: [(number: Int, score: Int, strongest: Int)] = []
            var facing: [(number: Int, count: Int, resolved: Int)] = []
            for (municipality, t) in tally where municipality != network {
                let score = t.score
                if score > 0 {
                    helpers.append((municipality, score, t.strongestWeight))
                    visits[municipality, default: (0, 0)].score += score
                    visits[municipality, default: (0, 0)].obstacles += 1
                }
                if t.facingCount > 0 { facing.append((municipality, t.facingCount, t.resolvedCount)) }
            }
            helpers.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.strongest != b.strongest { return a.strongest > b.strongest }
                return sortKeys[a.number] < sortKeys[b.number]
            }
            facing.sort { a, b in
                if a.count != b.count { return a.count > b.count }
                if a.resolved != b.resolved { return a.resolved > b.resolved }
                return sortKeys[a.number] < sortKeys[b.number]
            }
            chosen.append((helpers.map(\.number), facing.map(\.number)))
        }

        // The entries on the topics to show: for each listed municipality, the newest and the
        // oldest entry of each of its topic sets that meets the obstacle's topics, newest first.
        let keep = limits.evidence + (linked.values.map(\.count).max() ?? 0)
        var newest: [[Int: [[Entry.ID]]]] = Array(repeating: [:], count: asked.count)
        var shownIDs: Set<Entry.ID> = []
        for (index, choice) in chosen.enumerated() {
            let topics = Set(asked[index].topicIDs)
            guard !topics.isEmpty else { continue }
            for municipality in Set(choice.helpers.prefix(limits.municipalities) + choice.facing.prefix(limits.municipalities) + (network.map { [$0] } ?? [])) {
                var lists: [[Entry.ID]] = [[], [], []]
                for row in signaturesOf[municipality] ?? [] where !topics.isDisjoint(with: signatures[row].topicIDs) {
                    let signature = signatures[row]
                    lists[signature.entryClass.rawValue].append(signature.newest)
                    if signature.oldest != signature.newest { lists[signature.entryClass.rawValue].append(signature.oldest) }
                }
                lists = lists.map { Array(Set($0).sorted(by: >).prefix(keep)) }
                for list in lists { shownIDs.formUnion(list) }
                newest[index][municipality] = lists
            }
        }
        let loaded = try foundEntries(shownIDs)
        func shown(_ index: Int, _ municipality: Int) -> Shown {
            Shown(byClass: (newest[index][municipality] ?? [[], [], []]).map { $0.compactMap { loaded[$0] } })
        }

        var results: [ObstacleHelp] = []
        for (index, obstacle) in asked.enumerated() {
            let tally = tallies[index]
            let (helperNumbers, facingNumbers) = chosen[index]
            let helpers = helperNumbers.prefix(limits.municipalities).map { municipality in
                let t = tally[municipality]!
                return HelpingMunicipality(
                    name: sortKeys[municipality].1, score: t.score, counts: t.counts, evidence: evidence(t, shown(index, municipality)))
            }
            let facing = facingNumbers.prefix(limits.municipalities).map { municipality in
                let t = tally[municipality]!
                return FacingMunicipality(
                    name: sortKeys[municipality].1, obstacles: t.facingCount, resolved: t.resolvedCount,
                    examples: facingExamples(t, shown(index, municipality)))
            }
            let networkTally = network.flatMap { tally[$0] } ?? Tally()
            results.append(ObstacleHelp(
                obstacle: obstacle.summary, topics: obstacle.topicLabels,
                facing: Array(facing), facingCount: facingNumbers.count,
                helpers: Array(helpers), helperCount: helperNumbers.count,
                network: network.map { evidence(networkTally, shown(index, $0)) } ?? [], networkCounts: networkTally.counts))
        }
        let best = visits.map { (summary: HelpSummary(name: sortKeys[$0.key].1, score: $0.value.score, obstacles: $0.value.obstacles), key: sortKeys[$0.key]) }
            .sorted { a, b in
                if a.summary.score != b.summary.score { return a.summary.score > b.summary.score }
                if a.summary.obstacles != b.summary.obstacles { return a.summary.obstacles > b.summary.obstacles }
                return a.key < b.key
            }
        return HelpReport(municipality: me, obstacles: results, bestVisits: best.prefix(limits.municipalities).map(\.summary))
    }

    /// The strongest entries of a tally, at most `limits.evidence`: linked, resolved obstacles,
    /// tips and examples on the topic, then those with a similar title; newest first within each.
    func evidence(_ tally: Tally, _ shown: Shown) -> [HelpEvidence] {
        let linkedIDs = Set(tally.linked.map(\.summary.id))
        var list = tally.linked.map { HelpEvidence(entry: $0.summary, reason: .linked) }
        list += shown.byClass[EntryClass.resolvedObstacle.rawValue].map { HelpEvidence(entry: $0.summary, reason: .resolvedObstacle) }
        list += tally.resolvedByText.map { HelpEvidence(entry: $0.summary, reason: .resolvedObstacle) }
        list += shown.byClass[EntryClass.advice.rawValue].filter { !linkedIDs.contains($0.summary.id) }
            .map { HelpEvidence(entry: $0.summary, reason: .sameTopic) }
        list += tally.adviceByText.map { HelpEvidence(entry: $0.summary, reason: .similarText) }
        return Array(list.prefix(limits.evidence))
    }

    /// Some obstacles of the same kind, resolved first, at most `limits.evidence`.
    func facingExamples(_ tally: Tally, _ shown: Shown) -> [FacingObstacle] {
        var list = shown.byClass[EntryClass.resolvedObstacle.rawValue].map { FacingObstacle(entry: $0.summary, match: .sameTopic) }
        list += tally.resolvedByText.map { FacingObstacle(entry: $0.summary, match: .similarText) }
        list += shown.byClass[EntryClass.unresolvedObstacle.rawValue].map { FacingObstacle(entry: $0.summary, match: .sameTopic) }
        list += tally.unresolvedByText.map { FacingObstacle(entry: $0.summary, match: .similarText) }
        return Array(list.prefix(limits.evidence))
    }

    // MARK: Queries

    /// The asking municipality's selected obstacles with their topics.
    func askedObstacles(of municipality: Municipality) throws -> [Asked] {
        let scope = ComparisonSelection.Scope.only(municipality.id)
        let selected: SQL = "SELECT e.id FROM entry e \(selection.municipalityJoin(scope)) WHERE \(selection.obstacles(scope))"
        let summaries = try EntrySummary.fetchAll(
            db, literal: "SELECT \(EntrySummary.columns) FROM \(EntrySummary.joins) WHERE e.id IN (\(selected)) ORDER BY e.id")
        guard !summaries.isEmpty else { return [] }
        var topics: [Entry.ID: [Topic]] = [:]
        for row in try Row.fetchAll(
            db,
            literal: """
                SELECT et.entry_id, t.id, t.label, t.key FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                WHERE et.entry_id IN (\(selected))
                ORDER BY t.key
                """)
        {
            topics[try row.decoded("entry_id", table: "entry_topic"), default: []].append(try Topic(row: row))
        }
        return summaries.map { summary in
            let own = topics[summary.id] ?? []
            return Asked(summary: summary, topicIDs: own.map(\.id), topicLabels: own.map(\.label))
        }
    }

    /// The condition (on `entry e`) for the entries of everyone but the asking municipality:
    /// other municipalities (of the province, when one limits them) and the network's tips.
    func others(excluding id: Municipality.ID) -> SQL {
        var condition: SQL = "(e.municipality_id IS NULL OR e.municipality_id <> \(id))"
        if selection.limitsOthersToProvince, let province = selection.province {
            condition += " AND (e.municipality_id IS NULL OR e.municipality_id IN (SELECT id FROM municipality WHERE province = \(province)))"
        }
        return condition
    }

    /// How many entries of a municipality (nil: the network) and class carry exactly this set
    /// of the asked topics, and the newest and oldest of them (to show).
    struct Signature {
        var municipalityID: Municipality.ID?
        var entryClass: EntryClass
        var topicIDs: [Topic.ID]
        var count: Int
        var newest: Entry.ID
        var oldest: Entry.ID
    }

    struct SignatureKey: Hashable {
        var municipalityID: Municipality.ID?
        var entryClass: Int
        var topicIDs: [Topic.ID]
    }

    func topicSignatures(_ topics: [Topic.ID], others: SQL) throws -> [Signature] {
        guard !topics.isEmpty else { return [] }
        // With many of the topics asked about, one pass over `entry_topic` in key order (its
        // rows then come grouped by entry) beats looking each topic up in its index.
        let inUse = try Int.fetchOne(db, sql: "SELECT count(*) FROM topic") ?? 0
        let topicColumn: SQL = topics.count * 3 >= inUse ? "+topic_id" : "topic_id"
        // An entry's set of asked topics: a bit mask when they fit in one, else their list.
        let set: SQL =
            topics.count <= 62
            ? "sum(CASE topic_id " + topics.enumerated().map { "WHEN \($1) THEN \(Int64(1) << $0)" as SQL }.joined(separator: " ") + " END)"
            : "group_concat(topic_id)"
        let rows = try Row.fetchAll(
            db,
            literal: """
                WITH carrying AS (
                    SELECT entry_id, \(set) AS topics FROM entry_topic
                    WHERE \(topicColumn) IN \(topics) GROUP BY entry_id)
                SELECT e.municipality_id AS mid, \(EntryClass.sql) AS class, c.topics, count(*) AS n,
                       max(e.id) AS newest, min(e.id) AS oldest
                FROM carrying c JOIN entry e ON e.id = c.entry_id
                WHERE \(others)
                GROUP BY mid, class, c.topics
                """)
        func topicSet(_ value: DatabaseValue) -> [Topic.ID] {
            if let mask = Int64.fromDatabaseValue(value), topics.count <= 62 {
                return topics.indices.filter { mask & (Int64(1) << $0) != 0 }.map { topics[$0] }.sorted()
            }
            let listed = (String.fromDatabaseValue(value) ?? "").split(separator: ",").compactMap { Int64($0) }
            return listed.map { Topic.ID($0) }.sorted()
        }
        // group_concat's order is not promised: sets are compared as sets, and equal ones merged.
        var merged: [SignatureKey: Int] = [:]
        var signatures: [Signature] = []
        for row in rows {
            let ids = topicSet(row["topics"])
            let signature = Signature(
                municipalityID: row["mid"], entryClass: try EntryClass(row: row), topicIDs: ids,
                count: row["n"], newest: try row.decoded("newest", table: "entry"), oldest: try row.decoded("oldest", table: "entry"))
            let key = SignatureKey(municipalityID: signature.municipalityID, entryClass: signature.entryClass.rawValue, topicIDs: ids)
            if let index = merged[key] {
                signatures[index].count += signature.count
                signatures[index].newest = max(signatures[index].newest, signature.newest)
                signatures[index].oldest = min(signatures[index].oldest, signature.oldest)
            } else {
                merged[key] = signatures.count
                signatures.append(signature)
            }
        }
        return signatures
    }

    /// The tips and examples of others linked to each asked obstacle, and whether each shares a topic with it.
    func linkedEntries(_ asked: [Asked], others: SQL) throws -> [Entry.ID: [(found: Found, onTopic: Bool)]] {
        var result: [Entry.ID: [(found: Found, onTopic: Bool)]] = [:]
        for start in stride(from: 0, to: asked.count, by: 500) {
            let ids = asked[start..<min(start + 500, asked.count)].map(\.summary.id)
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT eo.obstacle_id, \(Found.columns),
                           EXISTS (SELECT 1 FROM entry_topic a JOIN entry_topic b ON b.topic_id = a.topic_id
                                   WHERE a.entry_id = eo.obstacle_id AND b.entry_id = e.id) AS on_topic
                    FROM entry_obstacle eo JOIN entry e ON e.id = eo.entry_id LEFT JOIN municipality m ON m.id = e.municipality_id
                    WHERE \(others) AND eo.obstacle_id IN \(ids)
                    ORDER BY eo.obstacle_id, e.id DESC
                    """)
            {
                result[try row.decoded("obstacle_id", table: "entry_obstacle"), default: []].append((try Found(row: row), row["on_topic"]))
            }
        }
        return result
    }

    /// Entries by id, in batches.
    func foundEntries(_ ids: Set<Entry.ID>) throws -> [Entry.ID: Found] {
        let sorted = ids.sorted()
        var result: [Entry.ID: Found] = [:]
        for start in stride(from: 0, to: sorted.count, by: 500) {
            for found in try Found.fetchAll(
                db,
                literal: "SELECT \(Found.columns) FROM \(EntrySummary.joins) WHERE e.id IN \(sorted[start..<min(start + 500, sorted.count)])")
            {
                result[found.summary.id] = found
            }
        }
        return result
    }

    /// Names by municipality id.
    func municipalityNames(_ ids: Set<Municipality.ID>) throws -> [Municipality.ID: String] {
        try SimilarityQuery.municipalityNames(ids, in: db)
    }
}

extension HelpFinder.EntryClass {
    /// Reads the `class` column that ``sql`` computes.
    init(row: Row) throws {
        guard let value = Self(rawValue: try row.decoded("class", table: "entry")) else { throw KennisbankError.damagedRow(table: "entry", id: row["id"]) }
        self = value
    }
}

extension HelpFinder.Found: FetchableRecord {
    /// The columns a found entry is read from: ``EntrySummary/columns`` with its municipality's id and class.
    static let columns: SQL = "\(EntrySummary.columns), e.municipality_id AS mid, \(HelpFinder.EntryClass.sql) AS class"

    /// Reads a row of ``columns``.
    init(row: Row) throws {
        self.init(summary: try EntrySummary(row: row), municipalityID: row["mid"], entryClass: try HelpFinder.EntryClass(row: row))
    }
}

extension EntrySummary: FetchableRecord {
    /// The columns a summary is read from, on ``joins``.
    static let columns: SQL = "e.id, e.uuid, e.kind, e.title, e.status, e.date, m.name AS municipality"

    /// `entry e` left-joined to `municipality m`.
    static let joins: SQL = "entry e LEFT JOIN municipality m ON m.id = e.municipality_id"

    /// Reads a row of ``columns``.
    public init(row: Row) throws {
        guard let uuid = UUID(uuidString: try row.decoded("uuid", table: "entry") as String) else {
            throw KennisbankError.damagedRow(table: "entry", id: row["id"])
        }
        self.init(
            id: try row.decoded("id", table: "entry"), uuid: uuid, kind: try row.decoded("kind", table: "entry"),
            title: try row.decoded("title", table: "entry"), municipality: row["municipality"],
            status: try row.decodedIfPresent("status", table: "entry"), date: try row.decodedIfPresent("date", table: "entry"))
    }
}
