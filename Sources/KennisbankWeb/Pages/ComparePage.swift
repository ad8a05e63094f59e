import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/vergelijken?gemeente=…&gemeente=…`: the heat-map of obstacles per topic and municipality,
/// who can help (for one municipality) and who is most alike — the data of `kb compare`
/// (``KnowledgeBase/compare(_:help:similar:)``) — with a form to choose the municipalities.
struct ComparePage {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    /// How many municipality fields the form offers.
    static let fields = 4
    /// How many most alike municipalities the page lists.
    static let similar = 5

    func register(on router: Router<WebContext>) {
        router.get("/vergelijken") { request, context -> Response in
            let names = request.uri.formParameters.getAll("gemeente").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            return try pages.page("compare", try values(names, context.catalog), context: context)
        }
    }

    func values(_ names: [String], _ catalog: Catalog) throws -> [String: Any] {
        var values: [String: Any] = [
            "fields": (0..<max(Self.fields, names.count)).map { index -> [String: Any] in
                [
                    "id": "gemeente-\(index + 1)", "value": index < names.count ? names[index] : "",
                    "label": catalog.text("web.compare.field", ["number": "\(index + 1)"]),
                ]
            },
            "options": try knowledgeBase.municipalityCounts(EntryFilter(kinds: [.obstacle])).map(\.municipality.name),
        ]
        guard !names.isEmpty else { return values }
        let filter = try EntrySelection(municipalities: names).resolve(in: knowledgeBase)
        let single = Set(filter.municipalities).count == 1
        let results: ComparisonResults
        do {
            results = try knowledgeBase.compare(filter, help: single ? HelpLimits() : nil, similar: Self.similar)
        } catch let error as KennisbankError {
            guard case .noObstacles = error else { throw error }
            values["problem"] = error.message(catalog)
            return values
        }
        values["matrix"] = matrix(results.comparison, catalog)
        if let help = results.help { values["help"] = HelpView(help, catalog: catalog).values }
        let similar = results.similar ?? []
        values["similar"] = similar.map { pair -> [String: Any] in
            [
                "first": pair.first, "firstPath": PagePaths.municipality(name: pair.first, code: nil),
                "second": pair.second, "secondPath": PagePaths.municipality(name: pair.second, code: nil),
                "score": catalog.decimal(pair.score), "shared": pair.sharedTopics.joined(separator: ", "),
            ]
        }
        values["hasSimilar"] = !similar.isEmpty
        return values
    }

    /// The heat-map: a row per topic, a column per municipality (and a total for more than one);
    /// each cell's text says its count and the resolved ones, its class `heat-0`…`heat-5` its shade.
    func matrix(_ comparison: ObstacleComparison, _ catalog: Catalog) -> [String: Any] {
        let largest = max(1, comparison.largestCount)
        let showTotal = comparison.municipalities.count > 1
        func cell(_ cell: ComparisonCell, level: Int?) -> [String: Any] {
            var values: [String: Any] = [
                "text": cell.obstacles == 0 ? "·" : "\(cell.obstacles)",
                "label": Self.countText(cell, catalog),
                "class": level.map { "heat-\($0)" } ?? "heat-sum",
            ]
            if cell.resolved > 0 { values["resolved"] = "✓\(cell.resolved)" }
            return values
        }
        let rows = comparison.rows.map { row -> [String: Any] in
            var cells = row.cells.map { cell($0, level: Self.level($0.obstacles, largest)) }
            if showTotal { cells.append(cell(row.total, level: nil)) }
            var values: [String: Any] = ["label": row.label ?? catalog.text("compare.noTopic"), "cells": cells]
            if let label = row.label { values["path"] = PagePaths.topic(label) }
            return values
        }
        var totals = comparison.municipalities.map {
            cell(ComparisonCell(obstacles: $0.obstacles, resolved: $0.resolved), level: nil)
        }
        if showTotal {
            totals.append(
                cell(
                    ComparisonCell(
                        obstacles: comparison.municipalities.reduce(0) { $0 + $1.obstacles },
                        resolved: comparison.municipalities.reduce(0) { $0 + $1.resolved }), level: nil))
        }
        var headers = comparison.municipalities.map { municipality -> [String: Any] in
            [
                "name": municipality.name,
                "path": PagePaths.municipality(name: municipality.name, code: municipality.code),
            ]
        }
        if showTotal { headers.append(["name": catalog.text("compare.html.total")]) }
        let scale = (0...5).compactMap { level -> [String: Any]? in
            let counts = level == 0 ? [0] : (1...largest).filter { Self.level($0, largest) == level }
            guard let low = counts.first, let high = counts.last else { return nil }
            return ["class": "heat-\(level)", "text": low == high ? "\(low)" : "\(low)–\(high)"]
        }
        var values: [String: Any] = [
            "headers": headers, "rows": rows, "totals": totals, "scale": scale, "showShared": showTotal,
        ]
        if !comparison.shared.isEmpty { values["shared"] = comparison.shared.joined(separator: ", ") }
        return values
    }

    /// A cell in words: `2 obstacles, 1 resolved`.
    static func countText(_ cell: ComparisonCell, _ catalog: Catalog) -> String {
        let count = catalog.text("compare.obstacleCount", count: cell.obstacles)
        return cell.resolved > 0
            ? catalog.text("compare.withResolved", ["count": count, "resolved": "\(cell.resolved)"]) : count
    }

    /// The heat level 0…5 of a count, as `kb compare --format html` shades it: the count itself
    /// up to 5 when no cell holds more, else its share of the largest in fifths.
    static func level(_ count: Int, _ largest: Int) -> Int {
        if count <= 0 { return 0 }
        if largest <= 5 { return count }
        return min(5, max(1, Int((5.0 * Double(count) / Double(largest)).rounded(.up))))
    }
}
