/// One row of the matrix: a topic, or none, and its cells, one per compared municipality.
///
/// In JSON a row is part of its ``ObstacleComparison`` (its `topics`), with the counts by
/// municipality name.
public struct TopicRow: Sendable, Hashable {
    /// The topic label; nil for the row of obstacles without a topic.
    public var label: String?
    /// The topic's folded identity; nil for the row without a topic.
    public var key: String?
    /// The cells, in the order of ``ObstacleComparison/municipalities``.
    public var cells: [ComparisonCell]

    /// Creates a row value; `label` and `key` nil for the row without a topic.
    public init(label: String?, key: String?, cells: [ComparisonCell]) {
        self.label = label
        self.key = key
        self.cells = cells
    }

    /// The row's sum over all compared municipalities.
    public var total: ComparisonCell {
        cells.reduce(ComparisonCell()) {
            ComparisonCell(obstacles: $0.obstacles + $1.obstacles, resolved: $0.resolved + $1.resolved)
        }
    }

    /// How many compared municipalities have an obstacle under this topic.
    public var municipalityCount: Int {
        cells.filter { $0.obstacles > 0 }.count
    }
}

/// One cell of the matrix: a municipality's obstacles under a topic.
public struct ComparisonCell: Codable, Sendable, Hashable {
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
