import Kennisbank
import KennisbankFrontEnd

/// `kb conditions` as text that fits the terminal, the way `kb compare` lays out its matrix:
/// one row per municipality, one narrow column per condition headed by its number, the states
/// as symbols, the counts per state below, and a key of the numbers and the symbols. The words
/// and the symbols come from the catalog (`conditions.*`).
struct ConditionsTable {
    let matrix: ConditionMatrix
    /// The width every line fits in.
    let width: Int
    /// Whether municipalities or a province were selected (an empty matrix then says so).
    var selected = false
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog

    /// The text `key` of the catalog, filled with `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// The symbol of a state (`●`), or of no assessment.
    func symbol(_ state: ConditionState?) -> String {
        text("conditions.symbol." + (state?.rawValue ?? "unknown"))
    }

    /// The word of a state (`aanwezig`), or of no assessment.
    func word(_ state: ConditionState?) -> String {
        text("conditions.state." + (state?.rawValue ?? "unknown"))
    }

    func render() -> String {
        var lines = ComparisonTable.wrap(text("conditions.matrix.title"), width: width)
        guard !matrix.municipalities.isEmpty else {
            lines += ComparisonTable.wrap(
                text(selected ? "conditions.matrix.noneSelected" : "conditions.matrix.empty"), width: width)
            return lines.joined(separator: "\n")
        }
        let states: [ConditionState?] = ConditionState.allCases + [nil]
        let totals = matrix.totals
        let countLabels = states.map { "\(symbol($0)) \(word($0))" }
        let labels = matrix.municipalities.map(\.name) + countLabels
        let columnWidth = max(2, matrix.conditions.map { String($0.number).count }.max() ?? 1)
        let labelWidth = min(max(labels.map(\.count).max() ?? 0, 8), max(12, width * 4 / 10))
        let perPanel = max(1, (width - labelWidth) / (columnWidth + 2))
        let panels = stride(from: 0, to: matrix.conditions.count, by: perPanel).map {
            Array($0..<min($0 + perPanel, matrix.conditions.count))
        }
        for panel in panels {
            lines.append("")
            if panels.count > 1 {
                lines.append(
                    text(
                        "conditions.matrix.panel",
                        [
                            "first": String(matrix.conditions[panel[0]].number),
                            "last": String(matrix.conditions[panel[panel.count - 1]].number),
                            "count": String(matrix.conditions.count),
                        ]))
            }
            func line(_ label: String, _ cells: [String]) -> String {
                ComparisonTable.trimEnd(
                    ComparisonTable.pad(ComparisonTable.fit(label, labelWidth), labelWidth)
                        + cells.map { "  " + ComparisonTable.padLeft($0, columnWidth) }.joined())
            }
            lines.append(
                line(text("conditions.matrix.municipality"), panel.map { String(matrix.conditions[$0].number) }))
            for row in matrix.municipalities {
                lines.append(line(row.name, panel.map { symbol(row.states[$0].state) }))
            }
            lines.append(String(repeating: "─", count: min(width, labelWidth + panel.count * (columnWidth + 2))))
            for (index, state) in states.enumerated() {
                lines.append(
                    line(
                        countLabels[index],
                        panel.map { column in
                            let total = totals[column]
                            let count =
                                switch state {
                                case .present: total.present
                                case .partly: total.partly
                                case .absent: total.absent
                                case nil: total.unknown
                                }
                            return String(count)
                        }))
            }
        }
        lines.append("")
        lines += ComparisonTable.wrap(
            text(
                "conditions.matrix.legend",
                ["list": states.map { "\(symbol($0)) = \(word($0))" }.joined(separator: ", ")]),
            width: width, hanging: "  ")
        lines.append(text("conditions.matrix.conditions"))
        let numberWidth = matrix.conditions.map { String($0.number).count }.max() ?? 1
        for condition in matrix.conditions {
            lines += ComparisonTable.wrap(
                ComparisonTable.padLeft(String(condition.number), numberWidth) + "  " + condition.title, width: width,
                indent: "  ", hanging: "  " + String(repeating: " ", count: numberWidth + 2))
        }
        return lines.map(ComparisonTable.trimEnd).joined(separator: "\n")
    }

    // MARK: CSV

    /// `kb conditions --format csv`: one row per municipality: `municipality`, `province`, then one
    /// column per condition headed by its number, holding `present`, `partly`, `absent` or nothing.
    static func csv(_ matrix: ConditionMatrix) -> String {
        var rows = [["municipality", "province"] + matrix.conditions.map { String($0.number) }]
        for row in matrix.municipalities {
            rows.append([row.name, row.province?.rawValue ?? ""] + row.states.map { $0.state?.rawValue ?? "" })
        }
        return CSVWriter(lineBreak: .crlf).records(rows)
    }

    // MARK: List and history

    /// `kb conditions list`: number, title and description, who added it.
    static func list(_ conditions: [SuccessCondition], width: Int, catalog: Catalog = Interface.catalog) -> String {
        var lines: [String] = []
        for condition in conditions {
            let by =
                condition.author.map { catalog.text("conditions.list.addedBy", ["author": $0]) }
                ?? catalog.text("conditions.list.builtIn")
            var head = "\(condition.number). \(condition.title) (\(by)"
            if !condition.earlierWordings.isEmpty {
                head += "; " + catalog.text("conditions.list.reworded", count: condition.earlierWordings.count)
            }
            lines += ComparisonTable.wrap(head + ")", width: width, hanging: "   ")
            if !condition.description.isEmpty {
                lines += ComparisonTable.wrap(condition.description, width: width, indent: "   ")
            }
        }
        return lines.map(ComparisonTable.trimEnd).joined(separator: "\n")
    }

    /// `kb conditions history`: one line per assessment, oldest first per condition; the current
    /// one of each condition marked.
    static func history(_ history: [ConditionAssessment], width: Int, catalog: Catalog = Interface.catalog) -> String {
        let current = Set(
            Dictionary(grouping: history, by: \.condition).values.compactMap { list in
                list.max { $1.isLater(than: $0) }?.id
            })
        let table = TextTable(
            headers: ["number", "date", "state", "current", "by", "note"].map {
                catalog.text("conditions.history." + $0)
            },
            rows: history.map { assessment in
                [
                    String(assessment.condition), HumanTime.text(assessment.date),
                    catalog.text("conditions.state." + assessment.state.rawValue),
                    current.contains(assessment.id) ? catalog.text("conditions.history.isCurrent") : "",
                    assessment.recordedBy ?? "-", assessment.note ?? "",
                ]
            })
        return table.render(width: width)
    }
}
