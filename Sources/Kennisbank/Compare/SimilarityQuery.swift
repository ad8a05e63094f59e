import Foundation
import GRDB
import KennisbankText

/// The SQL and arithmetic behind ``KnowledgeBase/similarMunicipalities(_:limit:)``.
enum SimilarityQuery {
    /// Topic-count vectors: municipality id → topic id → obstacles.
    typealias Vectors = [Municipality.ID: [Topic.ID: Int]]

    /// For one named municipality its `limit` nearest among the others; else the `limit` most alike pairs among the compared.
    static func similar(_ selection: ComparisonSelection, limit: Int, in db: Database) throws
        -> [MunicipalitySimilarity]
    {
        guard limit > 0 else { return [] }
        if selection.named.count == 1 {
            let me = selection.named[0]
            let mine = try vectors(.only(me.id), selection, in: db)
            guard let vector = mine[me.id] else { return [] }
            var others = try vectors(.network, selection, in: db)
            others[me.id] = nil
            let names = try ComparisonRecords.municipalities(others.keys, in: db).mapValues(\.name)
            let topics = try ComparisonRecords.topics(Set(others.values.flatMap(\.keys)).union(vector.keys), in: db)
            return others.compactMap { id, other in
                pair(me.name, vector, names[id] ?? "", other, topics)
            }
            .sorted(by: order)
            .prefix(limit).map { $0 }
        }
        let all = try vectors(.compared, selection, in: db)
        let names = try ComparisonRecords.municipalities(all.keys, in: db).mapValues(\.name)
        let topics = try ComparisonRecords.topics(Set(all.values.flatMap(\.keys)), in: db)
        let ids = all.keys.sorted {
            (TextFolding.lookupKey(names[$0] ?? ""), names[$0] ?? "") < (
                TextFolding.lookupKey(names[$1] ?? ""), names[$1] ?? ""
            )
        }
        // Dense vectors over the topics in play, with their norms, for the n² pass.
        let topicIndex = Dictionary(uniqueKeysWithValues: topics.keys.sorted().enumerated().map { ($1, $0) })
        let dense: [[Double]] = ids.map { id in
            var vector = [Double](repeating: 0, count: topicIndex.count)
            for (topic, count) in all[id]! { vector[topicIndex[topic]!] = Double(count) }
            return vector
        }
        let norms = dense.map { sqrt($0.reduce(0) { $0 + $1 * $1 }) }
        var best: [(Int, Int, Double)] = []
        for i in ids.indices where norms[i] > 0 {
            for j in ids.indices where j > i && norms[j] > 0 {
                var dot = 0.0
                for k in dense[i].indices { dot += dense[i][k] * dense[j][k] }
                if dot > 0 { best.append((i, j, dot / (norms[i] * norms[j]))) }
            }
        }
        best.sort { ($1.2, $0.0, $0.1) < ($0.2, $1.0, $1.1) }
        return best.prefix(limit).map { i, j, score in
            MunicipalitySimilarity(
                first: names[ids[i]] ?? "", second: names[ids[j]] ?? "", score: min(1, score),
                sharedTopics: sharedLabels(all[ids[i]]!, all[ids[j]]!, topics))
        }
    }

    /// Nearest first: by score, then by the other municipality's name.
    static func order(_ a: MunicipalitySimilarity, _ b: MunicipalitySimilarity) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return (TextFolding.lookupKey(a.second), a.second) < (TextFolding.lookupKey(b.second), b.second)
    }

    /// The similarity of two topic-count vectors; nil when they share no topic.
    static func pair(
        _ aName: String, _ a: [Topic.ID: Int], _ bName: String, _ b: [Topic.ID: Int], _ topics: [Topic.ID: Topic]
    ) -> MunicipalitySimilarity? {
        var dot = 0.0
        for (topic, count) in a { dot += Double(count * (b[topic] ?? 0)) }
        guard dot > 0 else { return nil }
        let norm = { (v: [Topic.ID: Int]) in sqrt(v.values.reduce(0.0) { $0 + Double($1 * $1) }) }
        return MunicipalitySimilarity(
            first: aName, second: bName, score: min(1, dot / (norm(a) * norm(b))),
            sharedTopics: sharedLabels(a, b, topics))
    }

    /// The labels of the topics both vectors count, by topic.
    static func sharedLabels(_ a: [Topic.ID: Int], _ b: [Topic.ID: Int], _ topics: [Topic.ID: Topic]) -> [String] {
        a.keys.filter { b[$0] != nil }.compactMap { topics[$0] }.sorted { $0.key < $1.key }.map(\.label)
    }

    /// Obstacle counts per municipality and topic for the obstacles of `scope` (only the selected topics, when some are).
    static func vectors(_ scope: ComparisonSelection.Scope, _ selection: ComparisonSelection, in db: Database) throws
        -> Vectors
    {
        let topicJoin: SQL = selection.topicIDs.isEmpty ? "" : "AND et.topic_id IN \(selection.topicIDs)"
        var vectors: Vectors = [:]
        for row in try Row.fetchAll(
            db,
            literal: """
                SELECT e.municipality_id AS mid, et.topic_id AS tid, count(*) AS n
                FROM entry e \(selection.municipalityJoin(scope)) JOIN entry_topic et ON et.entry_id = e.id \(topicJoin)
                WHERE \(selection.obstacles(scope))
                GROUP BY +e.municipality_id, et.topic_id
                """)
        {
            vectors[try row.decoded("mid", table: "entry"), default: [:]][
                try row.decoded("tid", table: "entry_topic")] = row["n"]
        }
        return vectors
    }
}
