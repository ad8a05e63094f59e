import ArgumentParser
import KennisbankFrontEnd

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

/// `--show matrix|help|similar` (the parts are KennisbankFrontEnd's, shared with the web API).
extension ComparisonPart: ExpressibleByArgument {}
