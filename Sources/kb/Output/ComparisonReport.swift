import Kennisbank
import KennisbankFrontEnd

/// Everything `kb compare` shows: the library's results, and how to show them.
struct ComparisonReport {
    /// The matrix, who can help and who is most alike, as the library returned them.
    var results: ComparisonResults
    /// Whether `similar` holds one municipality's nearest (rather than pairs).
    var similarToOne: Bool
    /// The parts to show, in order.
    var parts: [ComparisonPart]
    /// What was selected, in words (`Deventer, Zwolle · topic Vertrouwen`), for titles.
    var selection: String

    /// The matrix.
    var comparison: ObstacleComparison { results.comparison }
    /// Who can help, when one municipality is compared.
    var help: HelpReport? { results.help }
    /// The most alike municipalities, when asked for.
    var similar: [MunicipalitySimilarity]? { results.similar }

    /// Whether `part` is shown and has something to show.
    func shows(_ part: ComparisonPart) -> Bool {
        guard parts.contains(part) else { return false }
        switch part {
        case .matrix: return true
        case .help: return help != nil
        case .similar: return similar != nil
        }
    }

    /// A cell as people read it: `·` when empty, else `obstacles/resolved`.
    static func cellText(_ cell: ComparisonCell) -> String {
        cell.obstacles == 0 ? "·" : "\(cell.obstacles)/\(cell.resolved)"
    }

    /// An obstacle count with its resolved ones: `2 obstacles, 1 resolved`.
    static func countText(_ obstacles: Int, resolved: Int, _ catalog: Catalog = Interface.catalog) -> String {
        let count = catalog.text("compare.obstacleCount", count: obstacles)
        return resolved > 0 ? catalog.text("compare.withResolved", ["count": count, "resolved": "\(resolved)"]) : count
    }

    /// An entry as a short line: `#5 Title (resolved obstacle)`.
    static func entryText(_ entry: EntrySummary, _ catalog: Catalog = Interface.catalog) -> String {
        "#\(entry.id) \(entry.title) (\(kindText(entry, catalog)))"
    }

    /// An entry's kind in words, with an obstacle's status: `resolved obstacle`, `tip`.
    static func kindText(_ entry: EntrySummary, _ catalog: Catalog = Interface.catalog) -> String {
        guard let status = entry.status else { return catalog.text("output.kind.\(entry.kind.rawValue)") }
        return catalog.text("compare.obstacleWithStatus.\(status.rawValue)")
    }

    /// How many entries count per reason, strongest first: `1 linked, 2 same topic`.
    static func countsText(_ counts: [HelpReason: Int], _ catalog: Catalog = Interface.catalog) -> String {
        ComparisonWording.countsText(counts, catalog)
    }

    /// A similarity score with two decimals and a point, for machines (CSV); people read
    /// ``Catalog/decimal(_:places:)``.
    static func scoreText(_ score: Double) -> String {
        Catalog.decimal(score, separator: ".")
    }
}
