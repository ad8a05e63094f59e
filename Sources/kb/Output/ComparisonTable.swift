import Kennisbank
import KennisbankFrontEnd

/// `kb compare` as text that fits the terminal: the matrix in panels of columns that fit
/// the width (headers abbreviated, with a key), then who can help and who is most alike. The
/// words come from the catalog (`compare.table.*`).
struct ComparisonTable {
    let report: ComparisonReport
    /// The width every line fits in.
    let width: Int
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog

    /// The text `key` of the catalog, filled with `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// The longest municipality name a column header shows in full.
    static let headerLimit = 10

    func render() -> String {
        var blocks: [String] = []
        if report.shows(.matrix) { blocks.append(matrix()) }
        if report.shows(.help), let help = report.help { blocks.append(self.help(help)) }
        if report.shows(.similar), let similar = report.similar { blocks.append(self.similar(similar)) }
        return blocks.joined(separator: "\n\n")
    }

    // MARK: Matrix

    /// A column of the matrix: its header and its cells, one per row, and the totals row.
    struct Column {
        var header: String
        var cells: [String]
        var isTotal = false
        var width: Int { ([header] + cells).map(Self.width).max() ?? 0 }
        static func width(_ text: String) -> Int { text.count }
    }

    func matrix() -> String {
        let comparison = report.comparison
        let totalObstacles = comparison.municipalities.reduce(0) { $0 + $1.obstacles }
        let totalResolved = comparison.municipalities.reduce(0) { $0 + $1.resolved }
        var lines = Self.wrap(text("compare.table.matrixTitle", ["selection": report.selection]), width: width)
        lines.append(text("compare.table.cells"))
        lines = lines.flatMap { Self.wrap($0, width: width) }

        let labels =
            comparison.rows.map { ComparisonWording.label($0, catalog) } + [text("compare.html.allObstacles")]
        let labelWidth = min(max(labels.map(\.count).max() ?? 0, 5), max(12, width * 3 / 10))
        var abbreviated: [(String, String)] = []
        var columns = comparison.municipalities.enumerated().map { index, municipality in
            let header = Self.abbreviate(municipality.name, to: Self.headerLimit)
            if header != municipality.name { abbreviated.append((header, municipality.name)) }
            return Column(
                header: header,
                cells: comparison.rows.map { ComparisonReport.cellText($0.cells[index]) }
                    + [
                        ComparisonReport.cellText(
                            ComparisonCell(obstacles: municipality.obstacles, resolved: municipality.resolved))
                    ])
        }
        if comparison.municipalities.count > 1 {
            columns.append(
                Column(
                    header: text("compare.table.total"),
                    cells: comparison.rows.map { ComparisonReport.cellText($0.total) }
                        + [
                            ComparisonReport.cellText(
                                ComparisonCell(obstacles: totalObstacles, resolved: totalResolved))
                        ],
                    isTotal: true))
        }

        // Pack the columns into panels that fit the width; each panel repeats the topic column.
        var panels: [[Column]] = [[]]
        var used = labelWidth
        for column in columns {
            let need = 2 + min(column.width, width - labelWidth - 2)
            if used + need > width, !panels[panels.count - 1].isEmpty {
                panels.append([])
                used = labelWidth
            }
            panels[panels.count - 1].append(column)
            used += need
        }
        var shown = 0
        for panel in panels {
            lines.append("")
            if panels.count > 1 {
                let municipalities = panel.filter { !$0.isTotal }.count
                if municipalities > 0 {
                    lines.append(
                        text(
                            "compare.table.panel",
                            [
                                "first": "\(shown + 1)", "last": "\(shown + municipalities)",
                                "count": "\(comparison.municipalities.count)",
                            ]))
                } else {
                    lines.append(text("compare.table.totals"))
                }
                shown += municipalities
            }
            let widths = panel.map { min($0.width, width - labelWidth - 2) }
            func line(_ label: String, _ cells: [String]) -> String {
                Self.pad(Self.fit(label, labelWidth), labelWidth)
                    + zip(cells, widths).map { "  " + Self.padLeft(Self.fit($0, $1), $1) }.joined()
            }
            lines.append(line(text("compare.table.topic"), panel.map(\.header)))
            for (index, label) in labels.enumerated() {
                lines.append(line(label, panel.map { $0.cells[index] }))
            }
        }
        if !abbreviated.isEmpty {
            lines.append("")
            lines += Self.wrap(
                text(
                    "compare.table.abbreviated",
                    ["list": abbreviated.map { "\($0.0) = \($0.1)" }.joined(separator: "; ")]), width: width,
                hanging: "  ")
        }
        if comparison.municipalities.count > 1 {
            lines.append("")
            let shared = [
                "count": "\(comparison.municipalities.count)", "list": list(comparison.shared),
            ]
            lines += Self.wrap(
                text(
                    comparison.municipalities.count == 2 ? "compare.table.sharedByBoth" : "compare.table.sharedByAll",
                    shared),
                width: width, hanging: "  ")
            let unique = comparison.municipalities.filter { !(comparison.unique[$0.name] ?? []).isEmpty }
            if unique.isEmpty {
                lines.append(text("compare.table.uniqueNone"))
            } else {
                lines.append(text("compare.table.unique"))
                for municipality in unique {
                    lines += Self.wrap(
                        "\(municipality.name): " + list(comparison.unique[municipality.name] ?? []),
                        width: width, indent: "  ", hanging: "    ")
                }
            }
        }
        return lines.map { Self.trimEnd($0) }.joined(separator: "\n")
    }

    // MARK: Who can help

    func help(_ help: HelpReport) -> String {
        var lines = Self.wrap(
            catalog.text("compare.table.helpTitle", count: help.obstacles.count, ["municipality": help.municipality]),
            width: width)
        lines += Self.wrap(ComparisonWording.order(catalog), width: width)
        for obstacle in help.obstacles {
            lines.append("")
            lines += Self.wrap("#\(obstacle.obstacle.id) \(obstacle.obstacle.title)", width: width, hanging: "   ")
            let status = text("output.status.\((obstacle.obstacle.status ?? .open).rawValue)")
            let topics =
                obstacle.topics.isEmpty ? text("compare.html.help.noTopic") : obstacle.topics.joined(separator: ", ")
            lines += Self.wrap(
                status + " · " + topics,
                width: width, indent: "   ", hanging: "     ")
            let facing = obstacle.facing.map {
                "\($0.name) (\(ComparisonReport.countText($0.obstacles, resolved: $0.resolved, catalog)))"
            }
            let moreFacing =
                obstacle.facingCount > obstacle.facing.count
                ? [more(obstacle.facingCount - obstacle.facing.count)] : []
            let facingList =
                facing.isEmpty ? text("compare.table.nobodyElse") : (facing + moreFacing).joined(separator: ", ")
            lines += Self.wrap(
                text("compare.table.facing", ["list": facingList]),
                width: width, indent: "   ", hanging: "     ")
            if obstacle.helpers.isEmpty {
                lines.append("   " + text("compare.table.canHelpNobody"))
            } else {
                lines.append("   " + text("compare.table.canHelp"))
                for (rank, helper) in obstacle.helpers.enumerated() {
                    var line = text(
                        "compare.table.helper",
                        [
                            "rank": "\(rank + 1)", "name": helper.name,
                            "counts": ComparisonReport.countsText(helper.counts, catalog),
                            "evidence": helper.evidence.map(evidenceText).joined(separator: "; "),
                        ])
                    if helper.evidenceCount > helper.evidence.count {
                        line += "; " + more(helper.evidenceCount - helper.evidence.count)
                    }
                    lines += Self.wrap(line, width: width, indent: "   ", hanging: "      ")
                }
                if obstacle.helperCount > obstacle.helpers.count {
                    lines.append("   … " + more(obstacle.helperCount - obstacle.helpers.count))
                }
            }
            if !obstacle.network.isEmpty {
                var line = text(
                    "compare.table.networkTips", ["list": obstacle.network.map(evidenceText).joined(separator: "; ")])
                if obstacle.networkCount > obstacle.network.count {
                    line += "; " + more(obstacle.networkCount - obstacle.network.count)
                }
                lines += Self.wrap(line, width: width, indent: "   ", hanging: "     ")
            }
        }
        lines.append("")
        let visits = help.bestVisits.map {
            catalog.text(
                "compare.table.visit", count: $0.obstacles,
                ["name": $0.name, "counts": ComparisonReport.countsText($0.counts, catalog)])
        }
        let visitList = visits.isEmpty ? text("compare.table.nobodyYet") : visits.joined(separator: ", ")
        lines += Self.wrap(text("compare.table.worthAVisit", ["list": visitList]), width: width, hanging: "  ")
        return lines.map { Self.trimEnd($0) }.joined(separator: "\n")
    }

    /// `#7 Begin met een pilot (tip; linked)`.
    func evidenceText(_ evidence: HelpEvidence) -> String {
        let reason = ComparisonWording.shortReason(evidence.reason, catalog)
        let kind = text("output.kind.\(evidence.entry.kind.rawValue)")
        return "#\(evidence.entry.id) \(evidence.entry.title) (\(kind); \(reason))"
    }

    // MARK: Similar

    func similar(_ similar: [MunicipalitySimilarity]) -> String {
        var lines = Self.wrap(
            text("compare.table.similarTitle", ["definition": ComparisonWording.similarityDefinition(catalog)]),
            width: width)
        lines.append("")
        if similar.isEmpty {
            lines.append(text("compare.html.similar.none"))
            return lines.joined(separator: "\n")
        }
        let first =
            report.similarToOne
            ? text("compare.table.nearestTo", ["municipality": similar[0].first.uppercased()])
            : text("compare.table.pair")
        let table = TextTable(
            headers: [first, text("compare.table.similarity"), text("compare.table.sharedTopics")],
            rows: similar.map { pair in
                [
                    report.similarToOne ? pair.second : "\(pair.first) – \(pair.second)",
                    catalog.decimal(pair.score), pair.sharedTopics.joined(separator: ", "),
                ]
            })
        lines.append(table.render(width: width))
        return lines.map { Self.trimEnd($0) }.joined(separator: "\n")
    }

    // MARK: Text

    /// `text` cut to `limit` characters with an ellipsis.
    static func abbreviate(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func fit(_ text: String, _ width: Int) -> String {
        abbreviate(TextTable.oneLine(text), to: max(1, width))
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func trimEnd(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `labels` joined, or the catalog's "none".
    func list(_ labels: [String]) -> String {
        labels.isEmpty ? text("compare.table.none") : labels.joined(separator: ", ")
    }

    /// "and N more".
    func more(_ count: Int) -> String {
        text("compare.html.more", ["count": "\(count)"])
    }

    /// `text` broken at spaces into lines of at most `width` characters: the first starts with
    /// `indent`, the others with `hanging` (default: `indent`); a word too long is cut.
    static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
        let hanging = hanging ?? indent
        var lines: [String] = []
        var current = indent
        var currentHasWord = false
        for word in TextTable.oneLine(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let prefix = currentHasWord ? " " : ""
            if current.count + prefix.count + word.count <= width {
                current += prefix + word
                currentHasWord = true
                continue
            }
            if currentHasWord {
                lines.append(current)
                current = hanging
                currentHasWord = false
            }
            while current.count + word.count > width {
                let room = max(1, width - current.count)
                lines.append(current + word.prefix(room))
                word = String(word.dropFirst(room))
                current = hanging
            }
            if !word.isEmpty {
                current += word
                currentHasWord = true
            }
        }
        if currentHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }
}
