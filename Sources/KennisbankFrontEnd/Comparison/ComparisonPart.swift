import Kennisbank

/// The parts of a comparison a front end can show (`kb compare --show`, `?show=`).
public enum ComparisonPart: String, CaseIterable, Sendable {
    /// The matrix of obstacle topics against municipalities, with shared and unique topics.
    case matrix
    /// Who can help, for one municipality.
    case help
    /// The most alike municipalities (needs a number of them: `--similar N`).
    case similar
}

extension KnowledgeBase {
    /// The comparison of `filter` with what `parts` ask for: who can help (the `helpLimit`
    /// municipalities that help most) when one municipality is compared, and the `similar`
    /// most alike municipalities.
    public func compare(_ filter: EntryFilter, parts: [ComparisonPart], similar: Int?, helpLimit: Int) throws
        -> ComparisonResults
    {
        let single = Set(filter.municipalities).count == 1
        return try compare(
            filter, help: single && parts.contains(.help) ? HelpLimits(municipalities: helpLimit) : nil,
            similar: parts.contains(.similar) ? similar : nil)
    }
}

extension EntrySelection {
    /// The selection of a comparison in words, for titles and the JSON's `selection`:
    /// `Deventer, Zwolle · topic Vertrouwen`.
    public func comparisonTitle(_ comparison: ObstacleComparison, _ catalog: Catalog) -> String {
        let or = catalog.text("command.compare.or")
        var parts: [String] = []
        let count = comparison.municipalities.count
        if !municipalities.isEmpty {
            parts.append(comparison.municipalities.map(\.name).joined(separator: ", "))
            if let province { parts.append(catalog.text("command.compare.othersIn", ["province": province])) }
        } else if let province {
            parts.append(catalog.text("command.compare.municipalitiesIn", count: count, ["province": province]))
        } else {
            parts.append(catalog.text("command.compare.municipalities", count: count))
        }
        if !topics.isEmpty {
            parts.append(catalog.text("command.compare.topic", ["topics": topics.joined(separator: or)]))
        }
        if !statuses.isEmpty {
            let statuses = statuses.map { catalog.name(of: $0) }
            parts.append(catalog.text("command.compare.status", ["statuses": statuses.joined(separator: or)]))
        }
        return parts.joined(separator: " · ")
    }
}
