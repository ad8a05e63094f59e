import GRDB

extension FacetOption {
    /// Reads a row of `value`, `name` and `count` (a facet's GROUP BY).
    init(row: Row) {
        self.init(value: row["value"], name: row["name"], count: row["count"])
    }
}
