import ArgumentParser

/// How `kb compare` prints its result.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    /// Text for an 80-column terminal.
    case table
    /// One JSON object.
    case json
    /// RFC 4180 CSV: one part as one table.
    case csv
    /// One self-contained HTML page with a heat-map.
    case html
}

/// The parts of a comparison that `kb compare` can show.
enum ComparisonPart: String, ExpressibleByArgument, CaseIterable {
    /// The matrix of obstacle topics against municipalities, with shared and unique topics.
    case matrix
    /// Who can help, for one municipality.
    case help
    /// The most alike municipalities (needs `--similar N`).
    case similar
}
