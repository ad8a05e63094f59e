/// Obstacles per topic and municipality: the matrix that `kb compare` shows.
///
/// Rows are obstacle topics, columns municipalities; a cell counts a municipality's obstacles
/// under a topic and how many of them are resolved. An obstacle with several topics counts
/// once under each; those without a topic count in a row without a topic (``TopicRow/label`` nil).
public struct ObstacleComparison: Sendable, Hashable {
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
    public init(municipalities: [ComparedMunicipality], rows: [TopicRow], shared: [String], unique: [String: [String]])
    {
        self.municipalities = municipalities
        self.rows = rows
        self.shared = shared
        self.unique = unique
    }

    /// The cell of the row of `topic` (matched by folded identity; nil for the row without a
    /// topic) and the column of the municipality named `municipality`; an empty cell when
    /// either is not in the comparison.
    public func cell(topic: String?, municipality: String) -> ComparisonCell {
        guard let column = municipalities.firstIndex(where: { $0.name == municipality }),
            let row = row(topic)
        else { return ComparisonCell() }
        return row.cells[column]
    }

    /// The row of `topic`, matched by folded identity; nil finds the row without a topic.
    public func row(_ topic: String?) -> TopicRow? {
        guard let topic else { return rows.first { $0.key == nil } }
        guard let key = Topic.key(for: topic) else { return nil }
        return rows.first { $0.key == key }
    }

    /// The largest obstacle count in any cell (0 for an empty matrix): the top of a heat-map scale.
    public var largestCount: Int {
        rows.flatMap(\.cells).map(\.obstacles).max() ?? 0
    }
}
