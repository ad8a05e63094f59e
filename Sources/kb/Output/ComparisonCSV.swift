import Kennisbank

/// `kb compare --format csv`: one part as one RFC 4180 table, written by ``CSVWriter`` (CRLF
/// line ends, quoted where needed, formulas neutralised).
///
/// - matrix: `topic`, then per municipality `<name>` and `<name> resolved`, then `total` and
///   `total resolved`; a last row `(all obstacles)` holds each municipality's obstacles.
/// - help: one row per obstacle and municipality that can help (network tips as `(netwerk)`).
/// - similar: one row per pair.
struct ComparisonCSV {
    let report: ComparisonReport

    func render() -> String {
        let part = report.parts.first { report.shows($0) } ?? .matrix
        let rows: [[String]] =
            switch part {
            case .matrix: matrix()
            case .help: help()
            case .similar: similar()
            }
        return CSVWriter(lineBreak: .crlf).records(rows)
    }

    func matrix() -> [[String]] {
        let comparison = report.comparison
        var header = ["topic"]
        for municipality in comparison.municipalities {
            header += [municipality.name, "\(municipality.name) resolved"]
        }
        header += ["total", "total resolved"]
        var rows = [header]
        for row in comparison.rows {
            rows.append(
                [ComparisonWording.label(row)] + row.cells.flatMap { [String($0.obstacles), String($0.resolved)] }
                    + [String(row.total.obstacles), String(row.total.resolved)])
        }
        let obstacles = comparison.municipalities.reduce(0) { $0 + $1.obstacles }
        let resolved = comparison.municipalities.reduce(0) { $0 + $1.resolved }
        rows.append(
            ["(all obstacles)"] + comparison.municipalities.flatMap { [String($0.obstacles), String($0.resolved)] }
                + [String(obstacles), String(resolved)])
        return rows
    }

    func help() -> [[String]] {
        var rows = [
            [
                "obstacle_id", "obstacle", "status", "topics", "rank", "municipality", "score",
                "linked", "resolved_obstacle", "same_topic", "similar_text", "entries",
            ]
        ]
        guard let help = report.help else { return rows }
        for obstacle in help.obstacles {
            let head = [
                obstacle.obstacle.id.description, obstacle.obstacle.title, obstacle.obstacle.status?.rawValue ?? "",
                obstacle.topics.joined(separator: "; "),
            ]
            for (rank, helper) in obstacle.helpers.enumerated() {
                rows.append(
                    head + [String(rank + 1), helper.name, String(helper.score)]
                        + HelpReason.allCases.map { String(helper.counts[$0] ?? 0) }
                        + [helper.evidence.map { "#\($0.entry.id) \($0.entry.title)" }.joined(separator: "; ")])
            }
            if !obstacle.network.isEmpty {
                let counts = HelpReason.allCases.map { String(obstacle.networkCounts[$0] ?? 0) }
                rows.append(
                    head + ["", "(netwerk)", String(obstacle.networkScore)] + counts
                        + [obstacle.network.map { "#\($0.entry.id) \($0.entry.title)" }.joined(separator: "; ")])
            }
            if obstacle.helpers.isEmpty, obstacle.network.isEmpty {
                rows.append(head + ["", "", "", "", "", "", "", ""])
            }
        }
        return rows
    }

    func similar() -> [[String]] {
        var rows = [["municipality", "other_municipality", "similarity", "shared_topics"]]
        for pair in report.similar ?? [] {
            rows.append([
                pair.first, pair.second, ComparisonReport.scoreText(pair.score),
                pair.sharedTopics.joined(separator: "; "),
            ])
        }
        return rows
    }
}
