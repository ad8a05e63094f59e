import Kennisbank
import KennisbankFrontEnd

/// `kb compare --format html`: one self-contained page (inline CSS, no scripts, no external
/// files) with the matrix as a heat-map, shared and unique topics, who can help and who is
/// most alike. Every text is escaped; the markup is well-formed XML as well as HTML. The words
/// come from the catalog (`compare.*`); `kb report` embeds the same sections.
struct ComparisonHTML {
    let report: ComparisonReport
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog

    /// The text `key` of the catalog, filled with `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// The text `key` escaped for HTML, filled with `values` (escaped too).
    func html(_ key: String, _ values: [String: String] = [:]) -> String {
        var result = Self.escape(catalog.text(key))
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: Self.escape(value))
        }
        return result
    }

    /// The sections of the comparison (matrix, who can help, most alike), for a page of its own or
    /// for `kb report`.
    func sections() -> [String] {
        var body: [String] = []
        if report.shows(.matrix) { body.append(matrix()) }
        if report.shows(.help), let help = report.help { body.append(self.help(help)) }
        if report.shows(.similar), let similar = report.similar { body.append(self.similar(similar)) }
        return body
    }

    func render() -> String {
        var body: [String] = []
        body.append(
            "<header><p class=\"kicker\">\(html("compare.html.kicker"))</p><h1>\(html("compare.html.title"))</h1>")
        body.append("<p class=\"selection\">\(Self.escape(report.selection))</p></header>")
        body += sections()
        body.append("<footer>\(html("compare.html.footer"))</footer>")
        return """
            <!DOCTYPE html>
            <html lang="\(catalog.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(html("compare.html.title")) · \(Self.escape(report.selection))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>
            """
    }

    // MARK: Matrix

    func matrix() -> String {
        let comparison = report.comparison
        let largest = max(1, comparison.largestCount)
        let many = comparison.municipalities.count > 6
        let showTotal = comparison.municipalities.count > 1
        var html = ["<section id=\"matrix\"><h2>\(self.html("compare.html.matrix.title"))</h2>"]
        html.append(
            "<p class=\"legend\">"
                + self.html("compare.html.matrix.legend", ["tick": "\u{E000}", "scale": "\u{E001}"])
                .replacingOccurrences(of: "\u{E000}", with: "<span class=\"tick\">✓</span>")
                .replacingOccurrences(of: "\u{E001}", with: Self.scale(largest)) + "</p>")
        html.append("<div class=\"scroll\"><table class=\"heat\(many ? " many" : "")\">")
        html.append(
            "<thead><tr><th scope=\"col\" class=\"topic\">\(self.html("compare.html.topic"))</th>"
                + comparison.municipalities.map {
                    "<th scope=\"col\" class=\"m\" title=\"\(Self.escape($0.name))\"><span>\(Self.escape($0.name))</span></th>"
                }.joined()
                + (showTotal
                    ? "<th scope=\"col\" class=\"m total\"><span>\(self.html("compare.html.total"))</span></th>" : "")
                + "</tr></thead>")
        html.append("<tbody>")
        for row in comparison.rows {
            let label = ComparisonWording.label(row, catalog)
            var cells =
                "<tr><th scope=\"row\" class=\"topic\(row.key == nil ? " none" : "")\">\(Self.escape(label))</th>"
            for (index, municipality) in comparison.municipalities.enumerated() {
                cells += cell(
                    row.cells[index], level: Self.level(row.cells[index].obstacles, largest),
                    title: "\(municipality.name) · \(label)")
            }
            if showTotal { cells += cell(row.total, level: nil, title: "\(label) · \(text("compare.html.all"))") }
            html.append(cells + "</tr>")
        }
        html.append(
            "</tbody><tfoot><tr><th scope=\"row\" class=\"topic\">\(self.html("compare.html.allObstacles"))</th>"
                + comparison.municipalities.map {
                    cell(
                        ComparisonCell(obstacles: $0.obstacles, resolved: $0.resolved), level: nil,
                        title: "\($0.name) · \(text("compare.html.all"))")
                }.joined()
                + (showTotal
                    ? cell(
                        ComparisonCell(
                            obstacles: comparison.municipalities.reduce(0) { $0 + $1.obstacles },
                            resolved: comparison.municipalities.reduce(0) { $0 + $1.resolved }), level: nil,
                        title: text("compare.html.all")) : "")
                + "</tr></tfoot></table></div>")
        if comparison.municipalities.count > 1 {
            html.append(
                "<div class=\"sets\"><div><h3>\(self.html("compare.html.sharedBy", ["count": "\(comparison.municipalities.count)"]))</h3>"
            )
            html.append(
                comparison.shared.isEmpty
                    ? "<p class=\"empty\">\(self.html("compare.html.noneShared"))</p>"
                    : "<ul class=\"chips\">" + comparison.shared.map { "<li>\(Self.escape($0))</li>" }.joined()
                        + "</ul>")
            html.append("</div><div><h3>\(self.html("compare.html.unique"))</h3>")
            let unique = comparison.municipalities.filter { !(comparison.unique[$0.name] ?? []).isEmpty }
            if unique.isEmpty {
                html.append("<p class=\"empty\">\(self.html("compare.html.noneUnique"))</p>")
            } else {
                html.append(
                    "<dl>"
                        + unique.map { municipality in
                            "<dt>\(Self.escape(municipality.name))</dt><dd><ul class=\"chips\">"
                                + (comparison.unique[municipality.name] ?? []).map { "<li>\(Self.escape($0))</li>" }
                                .joined() + "</ul></dd>"
                        }.joined() + "</dl>")
            }
            html.append("</div></div>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    func cell(_ cell: ComparisonCell, level: Int?, title: String) -> String {
        let summary = "\(title): \(ComparisonReport.countText(cell.obstacles, resolved: cell.resolved, catalog))"
        let classes = level.map { "l\($0)" } ?? "sum"
        guard cell.obstacles > 0 else {
            return "<td class=\"\(classes)\" title=\"\(Self.escape(summary))\"><span class=\"zero\">·</span></td>"
        }
        let resolved = cell.resolved > 0 ? "<span class=\"res\">✓\(cell.resolved)</span>" : ""
        return
            "<td class=\"\(classes)\" title=\"\(Self.escape(summary))\"><span class=\"n\">\(cell.obstacles)</span>\(resolved)</td>"
    }

    /// The heat level 0…5 of a count: the count itself up to 5 when no cell holds more,
    /// else its share of the largest in fifths (so one obstacle is never the darkest shade
    /// just because no cell holds more).
    static func level(_ count: Int, _ largest: Int) -> Int {
        if count <= 0 { return 0 }
        if largest <= 5 { return count }
        return min(5, max(1, Int((5.0 * Double(count) / Double(largest)).rounded(.up))))
    }

    /// The legend: a swatch per level in use, labelled with the counts it stands for.
    static func scale(_ largest: Int) -> String {
        var swatches = ["<span class=\"swatch l0\">0</span>"]
        for level in 1...5 {
            let counts = (1...max(1, largest)).filter { Self.level($0, largest) == level }
            guard let low = counts.first, let high = counts.last else { continue }
            swatches.append("<span class=\"swatch l\(level)\">\(low == high ? "\(low)" : "\(low)–\(high)")</span>")
        }
        return swatches.joined(separator: " ")
    }

    // MARK: Who can help

    func help(_ help: HelpReport) -> String {
        var html = [
            "<section id=\"help\"><h2>\(self.html("compare.html.help.title", ["municipality": help.municipality]))</h2>"
        ]
        html.append(
            "<p class=\"legend\">" + self.html("compare.html.help.legend", ["order": ComparisonWording.order(catalog)])
                + "</p>")
        if !help.bestVisits.isEmpty {
            html.append(
                "<div class=\"visits\"><h3>\(self.html("compare.html.help.visits"))</h3><ol>"
                    + help.bestVisits.map {
                        "<li><strong>\(Self.escape($0.name))</strong> <span class=\"counts\">\(Self.escape(ComparisonWording.countsText($0.counts, catalog)))</span> <span class=\"muted\">\(Self.escape(catalog.text("compare.html.help.helpsWith", count: $0.obstacles)))</span></li>"
                    }.joined()
                    + "</ol></div>")
        }
        for obstacle in help.obstacles {
            let status = obstacle.obstacle.status ?? .open
            html.append("<article class=\"obstacle \(status.rawValue)\">")
            html.append(
                "<h3><span class=\"ref\">#\(obstacle.obstacle.id)</span> \(Self.escape(obstacle.obstacle.title)) <span class=\"status \(status.rawValue)\">\(self.html("output.status.\(status.rawValue)"))</span></h3>"
            )
            html.append(
                "<p class=\"topics\">"
                    + (obstacle.topics.isEmpty
                        ? "<span class=\"muted\">\(self.html("compare.html.help.noTopic"))</span>"
                        : obstacle.topics.map { "<span class=\"chip\">\(Self.escape($0))</span>" }.joined(
                            separator: " ")) + "</p>")
            html.append(
                "<div class=\"columns\"><div class=\"facing\"><h4>\(self.html("compare.html.help.facing"))</h4>")
            if obstacle.facing.isEmpty {
                html.append("<p class=\"empty\">\(self.html("compare.html.help.nobodyElse"))</p>")
            } else {
                html.append(
                    "<ul>"
                        + obstacle.facing.map { facing in
                            "<li><strong>\(Self.escape(facing.name))</strong> <span class=\"muted\">\(Self.escape(ComparisonReport.countText(facing.obstacles, resolved: facing.resolved, catalog)))</span><ul class=\"evidence\">"
                                + facing.examples.map {
                                    "<li>\(entry($0.entry)) <span class=\"reason \($0.match.rawValue)\">\(self.html($0.match == .sameTopic ? "compare.reasonShort.same_topic" : "compare.reasonShort.similar_text"))</span></li>"
                                }.joined()
                                + "</ul></li>"
                        }.joined() + "</ul>")
                if obstacle.facingCount > obstacle.facing.count {
                    html.append("<p class=\"muted\">\(more(obstacle.facingCount - obstacle.facing.count))</p>")
                }
            }
            html.append("</div><div class=\"helpers\"><h4>\(self.html("compare.html.help.canHelp"))</h4>")
            if obstacle.helpers.isEmpty {
                html.append("<p class=\"empty\">\(self.html("compare.html.help.nobodyYet"))</p>")
            } else {
                html.append(
                    "<ol>"
                        + obstacle.helpers.map { helper in
                            var item =
                                "<li><strong>\(Self.escape(helper.name))</strong> <span class=\"counts\">\(Self.escape(ComparisonWording.countsText(helper.counts, catalog)))</span><ul class=\"evidence\">"
                                + helper.evidence.map { "<li>\(self.evidence($0))</li>" }.joined()
                            if helper.evidenceCount > helper.evidence.count {
                                item +=
                                    "<li class=\"muted\">\(more(helper.evidenceCount - helper.evidence.count))</li>"
                            }
                            return item + "</ul></li>"
                        }.joined() + "</ol>")
                if obstacle.helperCount > obstacle.helpers.count {
                    html.append("<p class=\"muted\">\(more(obstacle.helperCount - obstacle.helpers.count))</p>")
                }
            }
            html.append("</div></div>")
            if !obstacle.network.isEmpty {
                html.append(
                    "<div class=\"network\"><h4>\(self.html("compare.html.help.networkTips")) <span class=\"muted\">\(self.html("output.wholeNetwork"))</span></h4><ul class=\"evidence\">"
                        + obstacle.network.map { "<li>\(evidence($0))</li>" }.joined()
                        + (obstacle.networkCount > obstacle.network.count
                            ? "<li class=\"muted\">\(more(obstacle.networkCount - obstacle.network.count))</li>"
                            : "")
                        + "</ul></div>")
            }
            html.append("</article>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    func evidence(_ evidence: HelpEvidence) -> String {
        let reason = Self.escape(ComparisonWording.shortReason(evidence.reason, catalog))
        return
            "\(entry(evidence.entry)) <span class=\"reason \(evidence.reason.rawValue)\">\(reason) +\(evidence.weight)</span>"
    }

    func entry(_ entry: EntrySummary) -> String {
        let kind = Self.escape(ComparisonReport.kindText(entry, catalog))
        return "<span class=\"ref\">#\(entry.id)</span> \(Self.escape(entry.title)) <span class=\"kind\">\(kind)</span>"
    }

    // MARK: Similar

    func similar(_ similar: [MunicipalitySimilarity]) -> String {
        var html = [
            "<section id=\"similar\"><h2>"
                + (report.similarToOne && !similar.isEmpty
                    ? self.html("compare.html.similar.titleTo", ["municipality": similar[0].first])
                    : self.html("compare.html.similar.title")) + "</h2>"
        ]
        html.append("<p class=\"legend\">\(Self.escape(ComparisonWording.similarityDefinition(catalog)))</p>")
        if similar.isEmpty {
            html.append("<p class=\"empty\">\(self.html("compare.html.similar.none"))</p>")
        } else {
            html.append(
                "<table class=\"plain\"><thead><tr><th scope=\"col\">\(self.html(report.similarToOne ? "compare.html.similar.municipality" : "compare.html.similar.pair"))</th><th scope=\"col\">\(self.html("compare.html.similar.similarity"))</th><th scope=\"col\">\(self.html("compare.html.similar.shared"))</th></tr></thead><tbody>"
            )
            for pair in similar {
                let name =
                    report.similarToOne
                    ? Self.escape(pair.second) : "\(Self.escape(pair.first)) – \(Self.escape(pair.second))"
                let percent = Int((pair.score * 100).rounded())
                html.append(
                    "<tr><td>\(name)</td><td class=\"num\"><span class=\"bar\"><span style=\"width:\(percent)%\"></span></span> \(catalog.decimal(pair.score))</td><td>\(Self.escape(pair.sharedTopics.joined(separator: ", ")))</td></tr>"
                )
            }
            html.append("</tbody></table>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    // MARK: Text

    /// "and N more", escaped.
    func more(_ count: Int) -> String {
        Self.escape(catalog.text("compare.html.more", ["count": "\(count)"]))
    }

    /// `text` safe in HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters and noncharacters are not allowed in XML; the library refuses
                // them, but an older file may hold some.
                if PrintableText.isUnprintable(scalar), scalar != "\n", scalar != "\t" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
