/// Obstacles per topic and municipality: the matrix that `kb compare` shows.
///
/// Rows are obstacle topics, columns municipalities; a cell counts a municipality's obstacles
/// under a topic and how many of them are resolved. An obstacle with several topics counts
/// once under each; one without a topic counts under ``noTopicLabel``.
public struct ObstacleComparison: Sendable, Hashable {
    /// The label of the row for obstacles without a topic.
    public static let noTopicLabel = "(geen onderwerp)"

    /// The compared municipalities: the matrix's columns, in order.
    public var municipalities: [ComparedMunicipality]
    /// The matrix's rows: most obstacles first, then by topic; the row without a topic last.
    public var rows: [TopicRow]
    /// Labels of the topics that every compared municipality has an obstacle under, by topic.
    public var shared: [String]
    /// For each compared municipality (by name), the labels of topics that only it has among
    /// the compared municipalities, by topic. Every municipality has a key, maybe with no topics.
    public var unique: [String: [String]]

    /// Creates a comparison value.
    public init(municipalities: [ComparedMunicipality], rows: [TopicRow], shared: [String], unique: [String: [String]]) {
        self.municipalities = municipalities
        self.rows = rows
        self.shared = shared
        self.unique = unique
    }

    /// The cell of the row labelled `topic` (matched by folded identity; ``noTopicLabel`` for
    /// the row without a topic) and the column of the municipality named `municipality`;
    /// an empty cell when either is not in the comparison.
    public func cell(topic: String, municipality: String) -> ComparisonCell {
        guard let column = municipalities.firstIndex(where: { $0.name == municipality }),
              let row = row(topic) else { return ComparisonCell() }
        return row.cells[column]
    }

    /// The row labelled `topic`, matched by folded identity; ``noTopicLabel`` finds the row without a topic.
    public func row(_ topic: String) -> TopicRow? {
        if topic == Self.noTopicLabel { return rows.first { $0.key == nil } }
        guard let key = Topic.key(for: topic) else { return nil }
        return rows.first { $0.key == key }
    }

    /// The largest obstacle count in any cell (0 for an empty matrix): the top of a heat-map scale.
    public var largestCount: Int {
        rows.flatMap(\.cells).map(\.obstacles).max() ?? 0
    }
}

/// A municipality in a comparison, with its totals over the selected obstacles.
public struct ComparedMunicipality: Sendable, Hashable {
    /// The name as CBS spells it.
    public var name: String
    /// The CBS code, if it has one.
    public var code: String?
    /// The province, if known.
    public var province: Province?
    /// Its number of selected obstacles (each counted once, whatever its topics).
    public var obstacles: Int
    /// How many of them are resolved.
    public var resolved: Int

    /// Creates a compared-municipality value.
    public init(name: String, code: String?, province: Province?, obstacles: Int, resolved: Int) {
        self.name = name
        self.code = code
        self.province = province
        self.obstacles = obstacles
        self.resolved = resolved
    }
}

/// One row of the matrix: a topic and its cells, one per compared municipality.
public struct TopicRow: Sendable, Hashable {
    /// The topic label, or ``ObstacleComparison/noTopicLabel`` for obstacles without a topic.
    public var label: String
    /// The topic's folded identity; nil for the row without a topic.
    public var key: String?
    /// The cells, in the order of ``ObstacleComparison/municipalities``.
    public var cells: [ComparisonCell]

    /// Creates a row value.
    public init(label: String, key: String?, cells: [ComparisonCell]) {
        self.label = label
        self.key = key
        self.cells = cells
    }

    /// The row's sum over all compared municipalities.
    public var total: ComparisonCell {
        cells.reduce(ComparisonCell()) { ComparisonCell(obstacles: $0.obstacles + $1.obstacles, resolved: $0.resolved + $1.resolved) }
    }

    /// How many compared municipalities have an obstacle under this topic.
    public var municipalityCount: Int {
        cells.filter { $0.obstacles > 0 }.count
    }
}

/// One cell of the matrix: a municipality's obstacles under a topic.
public struct ComparisonCell: Sendable, Hashable {
    /// The number of obstacles.
    public var obstacles: Int
    /// How many of them are resolved.
    public var resolved: Int

    /// Creates a cell; by default an empty one.
    public init(obstacles: Int = 0, resolved: Int = 0) {
        self.obstacles = obstacles
        self.resolved = resolved
    }
}
