import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/voorwaarden`: the conditions for success and the matrix municipalities × conditions with
/// each municipality's latest state (the data of `kb conditions`); `/voorwaarden/{gemeente}`: one
/// municipality's assessments with their history (`kb conditions history`).
struct ConditionPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/voorwaarden") { _, context -> Response in
            try pages.page("conditions", try overview(context), context: context)
        }
        router.get("/voorwaarden/:gemeente") { _, context -> Response in
            guard let reference = context.parameters.get("gemeente").flatMap(PagePaths.decoded) else {
                throw HTTPError(.notFound)
            }
            let municipality = try knowledgeBase.matchMunicipality(reference).municipality
            guard reference == municipality.code ?? municipality.name else {
                return .redirect(to: PagePaths.conditions(name: municipality.name, code: municipality.code))
            }
            return try pages.page("municipality-conditions", try history(municipality, context), context: context)
        }
    }

    /// The page of every condition and the matrix.
    func overview(_ context: WebContext) throws -> [String: Any] {
        let catalog = context.catalog
        let conditions = try knowledgeBase.successConditions()
        let matrix = try knowledgeBase.conditionMatrix()
        let codes = try Self.codes(knowledgeBase)
        var values: [String: Any] = [
            "conditions": conditions.map { condition -> [String: Any] in
                var values: [String: Any] = ["number": condition.number, "title": condition.title]
                if !condition.description.isEmpty { values["description"] = condition.description }
                return values
            },
            "legend": Self.states.map { Self.stateView($0, catalog) },
            "canAssess": context.account?.may(.add) == true,
        ]
        guard !matrix.municipalities.isEmpty else {
            values["empty"] = catalog.text("web.networkPages.conditions.empty")
            return values
        }
        values["matrix"] = [
            "headers": matrix.conditions.map { ["number": $0.number, "title": $0.title] },
            "rows": matrix.municipalities.map { row -> [String: Any] in
                [
                    "name": row.name, "path": PagePaths.conditions(name: row.name, code: codes[row.name] ?? nil),
                    "cells": zip(matrix.conditions, row.states).map { column, cell -> [String: Any] in
                        var values = Self.stateView(cell.state, catalog)
                        var label = "\(row.name) · \(column.number). \(column.title): \(values["word"] ?? "")"
                        if let date = cell.date { label += " (\(HumanTime.text(date)))" }
                        if let note = cell.note { label += " — \(note)" }
                        values["label"] = label
                        return values
                    },
                ]
            },
            "totals": Self.states.map { state -> [String: Any] in
                var values = Self.stateView(state, catalog)
                values["counts"] = matrix.totals.map { total -> Int in
                    switch state {
                    case .present: total.present
                    case .partly: total.partly
                    case .absent: total.absent
                    case nil: total.unknown
                    }
                }
                return values
            },
            "count": catalog.text("web.networkPages.conditions.count", count: matrix.municipalities.count),
        ]
        return values
    }

    /// The page of one municipality's assessments: per condition its current state and history,
    /// newest first.
    func history(_ municipality: Municipality, _ context: WebContext) throws -> [String: Any] {
        let catalog = context.catalog
        let history = try knowledgeBase.conditionHistory(municipality: municipality.id)
        let byCondition = Dictionary(grouping: history, by: \.condition)
        let reference = municipality.code ?? municipality.name
        let mayAssess = context.account?.may(.add, municipality: municipality.name) == true
        var values: [String: Any] = [
            "name": municipality.name,
            "municipalityPath": PagePaths.municipality(name: municipality.name, code: municipality.code),
            "suggestPath": "/bezoeken/voorstel?gemeente=" + PagePaths.query(reference),
            "conditions": try knowledgeBase.successConditions().map { condition -> [String: Any] in
                let assessments = byCondition[condition.number] ?? []
                var values = Self.stateView(assessments.last?.state, catalog)
                values["number"] = condition.number
                values["title"] = condition.title
                values["assessments"] = assessments.reversed().map { assessment -> [String: Any] in
                    var values = Self.stateView(assessment.state, catalog)
                    values["date"] = HumanTime.text(assessment.date)
                    values["note"] = assessment.note ?? ""
                    values["by"] = assessment.recordedBy ?? ""
                    return values
                }
                values["hasHistory"] = !assessments.isEmpty
                if mayAssess {
                    values["assessPath"] =
                        "/voorwaarden/beoordelen"
                        + PagePaths.queryString([("gemeente", reference), ("voorwaarde", "\(condition.number)")])
                }
                return values
            },
            "legend": Self.states.map { Self.stateView($0, catalog) },
        ]
        if history.isEmpty {
            values["empty"] = catalog.text("web.networkPages.history.empty", ["municipality": municipality.name])
        }
        if mayAssess {
            values["assessPath"] = "/voorwaarden/beoordelen?gemeente=" + PagePaths.query(reference)
        }
        return values
    }

    /// The states in the order of the key, with nil for "not assessed".
    static let states: [ConditionState?] = ConditionState.allCases + [nil]

    /// A state as the pages show it: its symbol, its word and the class that colours it.
    static func stateView(_ state: ConditionState?, _ catalog: Catalog) -> [String: Any] {
        let name = state?.rawValue ?? "unknown"
        return [
            "symbol": catalog.text("conditions.symbol." + name), "word": catalog.text("conditions.state." + name),
            "class": "state-" + name,
        ]
    }

    /// Every municipality's CBS code by name, for the links of the matrix.
    static func codes(_ knowledgeBase: KnowledgeBase) throws -> [String: String?] {
        Dictionary(try knowledgeBase.municipalities().map { ($0.name, $0.code) }, uniquingKeysWith: { a, _ in a })
    }
}

extension PagePaths {
    /// `/voorwaarden/{code}`, or the name for a municipality without a CBS code.
    static func conditions(name: String, code: String?) -> String {
        "/voorwaarden/" + segment(code ?? name)
    }

    /// `/bezoeken/{id}`.
    static func visit(_ id: Visit.ID) -> String { "/bezoeken/" + id.description }
}
