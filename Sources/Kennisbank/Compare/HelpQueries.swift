import GRDB

/// An obstacle of the municipality that asks for help, with its topics.
struct AskedObstacle {
    /// The obstacle.
    var summary: EntrySummary
    /// Its topics, by key.
    var topicIDs: [Topic.ID]
    /// Their labels, in the same order.
    var topicLabels: [String]
}

/// A tip or example of others linked to an asked obstacle.
struct LinkedEntry {
    /// The linked entry.
    var found: FoundEntry
    /// Whether it shares a topic with the obstacle.
    var onTopic: Bool
}

/// How many entries of a municipality (nil: the network) and class carry exactly this set of
/// the asked topics (and, for resolved obstacles, this many topics in all), and the newest and
/// oldest of them (to show).
struct TopicSignature {
    var municipalityID: Municipality.ID?
    var entryClass: EntryClass
    var topicIDs: [Topic.ID]
    /// For resolved obstacles, how many topics each carries in all (asked or not); 0 for
    /// other classes. With ``topicIDs`` it tells whether they are of the same kind (``SameKind``).
    var topicCount: Int
    var count: Int
    var newest: Entry.ID
    var oldest: Entry.ID
}

/// The SQL behind ``HelpFinder``: the asked obstacles, and what everyone else has on them.
struct HelpQueries {
    let db: Database
    let selection: ComparisonSelection
    /// The municipality that asks.
    let asking: Municipality.ID

    /// The condition (on `entry e`) for the entries of everyone but the asking municipality:
    /// other municipalities (of the province, when one limits them) and the network's tips.
    var others: SQL {
        var condition: SQL = "(e.municipality_id IS NULL OR e.municipality_id <> \(asking))"
        if selection.limitsOthersToProvince, let province = selection.province {
            condition +=
                " AND (e.municipality_id IS NULL OR e.municipality_id IN (SELECT id FROM municipality WHERE province = \(province)))"
        }
        return condition
    }

    /// The asking municipality's selected obstacles with their topics, in the order they were added.
    func askedObstacles() throws -> [AskedObstacle] {
        let scope = ComparisonSelection.Scope.only(asking)
        let selected: SQL =
            "SELECT e.id FROM entry e \(selection.municipalityJoin(scope)) WHERE \(selection.obstacles(scope))"
        let summaries = try EntrySummary.fetchAll(
            db,
            literal:
                "SELECT \(EntrySummary.columns) FROM \(EntrySummary.joins) WHERE e.id IN (\(selected)) ORDER BY e.id")
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
            return AskedObstacle(summary: summary, topicIDs: own.map(\.id), topicLabels: own.map(\.label))
        }
    }

    /// The entries of others that carry some of `topics`, counted per municipality, class and
    /// set of those topics: one GROUP BY, so each entry counts once however many it carries.
    func topicSignatures(_ topics: [Topic.ID]) throws -> [TopicSignature] {
        guard !topics.isEmpty else { return [] }
        // With many of the topics asked about, one pass over `entry_topic` in key order (its
        // rows then come grouped by entry) beats looking each topic up in its index.
        let inUse = try Int.fetchOne(db, sql: "SELECT count(*) FROM topic") ?? 0
        let topicColumn: SQL = topics.count * 3 >= inUse ? "+topic_id" : "topic_id"
        // An entry's set of asked topics: a bit mask when they fit in one, else their list.
        let set: SQL =
            topics.count <= 62
            ? "sum(CASE topic_id "
                + topics.enumerated().map { "WHEN \($1) THEN \(Int64(1) << $0)" as SQL }.joined(separator: " ")
                + " END)"
            : "group_concat(topic_id)"
        let rows = try Row.fetchAll(
            db,
            literal: """
                WITH carrying AS (
                    SELECT entry_id, \(set) AS topics FROM entry_topic
                    WHERE \(topicColumn) IN \(topics) GROUP BY entry_id)
                SELECT e.municipality_id AS mid, \(EntryClass.sql) AS class, c.topics,
                       CASE WHEN e.kind = 'obstacle' AND e.status = 'resolved'
                            THEN (SELECT count(*) FROM entry_topic x WHERE x.entry_id = c.entry_id) ELSE 0 END AS total,
                       count(*) AS n, max(e.id) AS newest, min(e.id) AS oldest
                FROM carrying c JOIN entry e ON e.id = c.entry_id
                WHERE \(others)
                GROUP BY mid, class, c.topics, total
                """)
        func topicSet(_ value: DatabaseValue) -> [Topic.ID] {
            if let mask = Int64.fromDatabaseValue(value), topics.count <= 62 {
                return topics.indices.filter { mask & (Int64(1) << $0) != 0 }.map { topics[$0] }.sorted()
            }
            let listed = (String.fromDatabaseValue(value) ?? "").split(separator: ",").compactMap { Int64($0) }
            return listed.map { Topic.ID($0) }.sorted()
        }
        // group_concat's order is not promised: sets are compared as sets, and equal ones merged.
        struct Key: Hashable {
            var municipalityID: Municipality.ID?
            var entryClass: Int
            var topicIDs: [Topic.ID]
            var topicCount: Int
        }
        var merged: [Key: Int] = [:]
        var signatures: [TopicSignature] = []
        for row in rows {
            let ids = topicSet(row["topics"])
            let signature = TopicSignature(
                municipalityID: row["mid"], entryClass: try EntryClass(row: row), topicIDs: ids,
                topicCount: row["total"], count: row["n"], newest: try row.decoded("newest", table: "entry"),
                oldest: try row.decoded("oldest", table: "entry"))
            let key = Key(
                municipalityID: signature.municipalityID, entryClass: signature.entryClass.rawValue, topicIDs: ids,
                topicCount: signature.topicCount)
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

    /// The tips and examples of others linked to each asked obstacle, newest first.
    func linkedEntries(_ asked: [AskedObstacle]) throws -> [Entry.ID: [LinkedEntry]] {
        var result: [Entry.ID: [LinkedEntry]] = [:]
        for start in stride(from: 0, to: asked.count, by: 500) {
            let ids = asked[start..<min(start + 500, asked.count)].map(\.summary.id)
            for row in try Row.fetchAll(
                db,
                literal: """
                    SELECT eo.obstacle_id, \(FoundEntry.columns),
                           EXISTS (SELECT 1 FROM entry_topic a JOIN entry_topic b ON b.topic_id = a.topic_id
                                   WHERE a.entry_id = eo.obstacle_id AND b.entry_id = e.id) AS on_topic
                    FROM entry_obstacle eo JOIN entry e ON e.id = eo.entry_id LEFT JOIN municipality m ON m.id = e.municipality_id
                    WHERE \(others) AND eo.obstacle_id IN \(ids)
                    ORDER BY eo.obstacle_id, e.id DESC
                    """)
            {
                result[try row.decoded("obstacle_id", table: "entry_obstacle"), default: []]
                    .append(LinkedEntry(found: try FoundEntry(row: row), onTopic: row["on_topic"]))
            }
        }
        return result
    }
}
