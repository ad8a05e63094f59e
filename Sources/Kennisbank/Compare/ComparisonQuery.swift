import GRDB

/// The SQL behind ``KnowledgeBase/compare(_:)``: two GROUP BY queries, never a row per obstacle.
enum ComparisonQuery {
    /// The matrix for `selection`; an error when it holds no obstacles.
    ///
    /// `GROUP BY +e.municipality_id` (the unary plus) keeps SQLite from walking the
    /// municipality index to save a sort: that reads the entries in random order, which costs
    /// more than a sequential scan and the sort.
    static func comparison(_ selection: ComparisonSelection, in db: Database) throws -> ObstacleComparison {
        let condition = selection.obstacles(.compared)
        let join = selection.municipalityJoin(.compared)
        let topicJoin: SQL = selection.topicIDs.isEmpty ? "" : "AND et.topic_id IN \(selection.topicIDs)"
        let cellRows = try Row.fetchAll(
            db,
            literal: """
                SELECT e.municipality_id AS mid, et.topic_id AS tid, count(*) AS n, sum(e.status = 'resolved') AS r
                FROM entry e \(join)
                LEFT JOIN entry_topic et ON et.entry_id = e.id \(topicJoin)
                WHERE \(condition)
                GROUP BY +e.municipality_id, et.topic_id
                """)
        let totalRows = try Row.fetchAll(
            db,
            literal: """
                SELECT e.municipality_id AS mid, count(*) AS n, sum(e.status = 'resolved') AS r
                FROM entry e \(join)
                WHERE \(condition)
                GROUP BY +e.municipality_id
                """)
        guard !totalRows.isEmpty else { throw noObstacles(selection) }

        var totals: [Municipality.ID: ComparisonCell] = [:]
        for row in totalRows { totals[row["mid"]] = ComparisonCell(obstacles: row["n"], resolved: row["r"]) }
        let columns: [Municipality] =
            selection.named.isEmpty
            ? try ComparisonRecords.municipalitiesByName(totals.keys, in: db)
            : selection.named
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.id, $0) })

        var cells: [Topic.ID?: [ComparisonCell]] = [:]
        for row in cellRows {
            guard let column = columnIndex[row["mid"]] else { continue }
            let topic: Topic.ID? = row["tid"]
            cells[topic, default: Array(repeating: ComparisonCell(), count: columns.count)][column] =
                ComparisonCell(obstacles: row["n"], resolved: row["r"])
        }
        let topics = try ComparisonRecords.topics(cells.keys.compactMap { $0 }, in: db)
        var rows = cells.compactMap { id, cells -> TopicRow? in
            guard let id, let topic = topics[id] else { return nil }
            return TopicRow(label: topic.label, key: topic.key, cells: cells)
        }
        rows.sort { ($1.total.obstacles, $0.key ?? "") < ($0.total.obstacles, $1.key ?? "") }

        let topical = rows.sorted { ($0.key ?? "") < ($1.key ?? "") }
        let shared = columns.isEmpty ? [] : topical.filter { $0.municipalityCount == columns.count }.compactMap(\.label)
        var unique: [String: [String]] = [:]
        for (column, municipality) in columns.enumerated() {
            unique[municipality.name] =
                topical
                .filter { $0.municipalityCount == 1 && $0.cells[column].obstacles > 0 }
                .compactMap(\.label)
        }
        if let untopical = cells[nil] {
            rows.append(TopicRow(label: nil, key: nil, cells: untopical))
        }
        let compared = columns.map { municipality in
            let total = totals[municipality.id] ?? ComparisonCell()
            return ComparedMunicipality(
                name: municipality.name, code: municipality.code, province: municipality.province,
                obstacles: total.obstacles, resolved: total.resolved)
        }
        return ObstacleComparison(municipalities: compared, rows: rows, shared: shared, unique: unique)
    }

    /// The error for a selection without obstacles: what was selected.
    static func noObstacles(_ selection: ComparisonSelection) -> KennisbankError {
        .noObstacles(
            municipalities: selection.named.map(\.name), province: selection.province,
            topics: selection.topicLabels, statuses: selection.statuses)
    }
}
