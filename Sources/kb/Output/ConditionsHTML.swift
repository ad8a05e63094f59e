import Kennisbank
import KennisbankFrontEnd

/// `kb conditions --format html`: one self-contained page (inline CSS, no scripts) with the
/// matrix as a coloured table in the style of `kb compare --format html`: a row per
/// municipality, a column per condition (its number, the title as a tooltip and in the key),
/// each cell coloured by state with its symbol and the assessment's date and note as a tooltip.
/// Every text is escaped; the words come from the catalog (`conditions.*`).
struct ConditionsHTML {
    let matrix: ConditionMatrix
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog

    /// The text `key`, escaped, filled with `values` (escaped too).
    func html(_ key: String, _ values: [String: String] = [:]) -> String {
        ComparisonHTML.escape(catalog.text(key, values))
    }

    /// The style sheet: the comparison's, with a colour per state.
    static let css =
        ComparisonHTML.css + """
            td.present { background: #c7ead9; color: #0b6e4f; } td.partly { background: #fdebd3; color: #8a4b08; }
            td.absent { background: #f8d3d0; color: #9b1c1c; } td.unknown { background: #f7f8fa; color: #9aa5b1; }
            table.heat td { min-width: 2.4rem; font-weight: 600; }
            ol.conditions li { margin: .15rem 0; }
            """

    func render() -> String {
        let states: [ConditionState?] = ConditionState.allCases + [nil]
        var body: [String] = []
        body.append(
            "<header><p class=\"kicker\">\(html("conditions.html.kicker"))</p><h1>\(html("conditions.html.title"))</h1></header>"
        )
        body.append("<section id=\"matrix\"><h2>\(html("conditions.matrix.title"))</h2>")
        if matrix.municipalities.isEmpty {
            body.append("<p class=\"empty\">\(html("conditions.matrix.empty"))</p></section>")
        } else {
            body.append(
                "<p class=\"legend\">"
                    + states.map {
                        "<span class=\"swatch \(Self.cssClass($0))\">\(html(symbolKey($0)))</span> \(html(wordKey($0)))"
                    }.joined(separator: " &#160; ") + "</p>")
            body.append("<div class=\"scroll\"><table class=\"heat\">")
            body.append(
                "<thead><tr><th scope=\"col\" class=\"topic\">\(html("conditions.html.municipality"))</th>"
                    + matrix.conditions.map {
                        "<th scope=\"col\" class=\"m\" title=\"\(ComparisonHTML.escape($0.title))\">\($0.number)</th>"
                    }.joined() + "</tr></thead><tbody>")
            for row in matrix.municipalities {
                var cells = "<tr><th scope=\"row\" class=\"topic\">\(ComparisonHTML.escape(row.name))</th>"
                for (index, cell) in row.states.enumerated() {
                    var title = "\(row.name) · \(matrix.conditions[index].title): \(catalog.text(wordKey(cell.state)))"
                    if let date = cell.date { title += " (\(date))" }
                    if let note = cell.note { title += " — \(note)" }
                    cells +=
                        "<td class=\"\(Self.cssClass(cell.state))\" title=\"\(ComparisonHTML.escape(title))\">"
                        + "\(html(symbolKey(cell.state)))</td>"
                }
                body.append(cells + "</tr>")
            }
            body.append("</tbody><tfoot>")
            let totals = matrix.totals
            for state in states {
                body.append(
                    "<tr><th scope=\"row\" class=\"topic\">\(html(symbolKey(state))) \(html(wordKey(state)))</th>"
                        + totals.map { total in
                            let count =
                                switch state {
                                case .present: total.present
                                case .partly: total.partly
                                case .absent: total.absent
                                case nil: total.unknown
                                }
                            return "<td class=\"sum\">\(count)</td>"
                        }.joined() + "</tr>")
            }
            body.append("</tfoot></table></div></section>")
        }
        body.append(
            "<section id=\"conditions\"><h2>\(html("conditions.matrix.conditions"))</h2><ol class=\"conditions\">")
        for condition in matrix.conditions {
            body.append("<li value=\"\(condition.number)\">\(ComparisonHTML.escape(condition.title))</li>")
        }
        body.append("</ol></section>")
        return """
            <!DOCTYPE html>
            <html lang="\(catalog.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(html("conditions.html.title"))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>
            """
    }

    func symbolKey(_ state: ConditionState?) -> String { "conditions.symbol." + (state?.rawValue ?? "unknown") }

    func wordKey(_ state: ConditionState?) -> String { "conditions.state." + (state?.rawValue ?? "unknown") }

    /// The class that colours a cell of this state.
    static func cssClass(_ state: ConditionState?) -> String { state?.rawValue ?? "unknown" }
}
